#!/usr/bin/env bash
# Tag benchmark: add_tags mapping throughput and autocomplete latency on a large synthetic vocabulary, each with a
# same-run SQLite baseline. Usage: bench/tags.sh [tags=1000000] [files=200000]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/../.ci/find-jdk.sh"
cd "$here/.."
mvn -q -B -ntp -pl hydrant-app -am package -DskipTests
cp="hydrant-app/target/classes:hydrant-app/target/lib/*"
mkdir -p bench/target
javac --release 21 -cp "$cp" -d bench/target bench/src/dev/hydrant/bench/*.java
exec java --enable-native-access=ALL-UNNAMED -Xmx4g -cp "bench/target:$cp" dev.hydrant.bench.TagBenchmark "$@"
