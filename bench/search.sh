#!/usr/bin/env bash
# Search benchmark: a synthetic library written straight into a data folder, the start-up index build timed, then a
# fixed mix of search shapes through the FileSearch use case, each against the same query in SQLite (same run,
# same database). Usage: bench/search.sh [files=1000000] [tags=100000] [mean tags per file=20]
set -euo pipefail
exec "$(dirname "${BASH_SOURCE[0]}")/run-benchmark.sh" 10g SearchBenchmark "$@"
