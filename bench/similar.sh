#!/usr/bin/env bash
# Similar-files benchmark: system:similar to over N perceptual hashes — the index's search (4x16-bit band index,
# popcount scan for wide distances), its plain popcount scan, and a boxed per-file loop as the same-run baseline,
# all checked to agree first. Usage: bench/similar.sh [hashes...] (default 1000000 10000000)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/../.ci/find-jdk.sh"
cd "$here/.."
mvn -q -B -ntp -pl hydrant-app -am package -DskipTests
cp="hydrant-app/target/classes:hydrant-app/target/lib/*"
mkdir -p bench/target
javac --release 21 -cp "$cp" -d bench/target bench/src/dev/hydrant/bench/*.java
exec java --enable-native-access=ALL-UNNAMED -Xmx10g -cp "bench/target:$cp" dev.hydrant.bench.SimilarBenchmark "$@"
