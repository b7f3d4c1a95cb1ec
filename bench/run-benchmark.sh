#!/usr/bin/env bash
# Shared by the bench/*.sh commands: builds the project, compiles bench/src against it, and runs one benchmark class.
# Usage: bench/run-benchmark.sh HEAP CLASS [args...]   e.g. bench/run-benchmark.sh 10g SearchBenchmark 1000000
set -euo pipefail
heap="$1"
class="$2"
shift 2
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/../.ci/find-jdk.sh"
cd "$here/.."
mvn -q -B -ntp -pl hydrant-app -am package -DskipTests
cp="hydrant-app/target/classes:hydrant-app/target/lib/*"
mkdir -p bench/target
javac --release 21 -cp "$cp" -d bench/target bench/src/dev/hydrant/bench/*.java
exec java --enable-native-access=ALL-UNNAMED "-Xmx$heap" -cp "bench/target:$cp" "dev.hydrant.bench.$class" "$@"
