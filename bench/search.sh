#!/usr/bin/env bash
# Search benchmark: a synthetic library written straight into a data folder, the start-up index build timed, then a
# fixed mix of search shapes through the FileSearch use case, each against the same query in SQLite (same run,
# same database). Usage: bench/search.sh [files=1000000] [tags=100000] [mean tags per file=20]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/../.ci/find-jdk.sh"
cd "$here/.."
mvn -q -B -ntp -pl hydrant-app -am package -DskipTests
cp="hydrant-app/target/classes:hydrant-app/target/lib/*"
mkdir -p bench/target
javac --release 21 -cp "$cp" -d bench/target bench/src/dev/hydrant/bench/*.java
exec java --enable-native-access=ALL-UNNAMED -Xmx10g -cp "bench/target:$cp" dev.hydrant.bench.SearchBenchmark "$@"
