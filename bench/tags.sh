#!/usr/bin/env bash
# Tag benchmark: add_tags mapping throughput and autocomplete latency on a large synthetic vocabulary, each with a
# same-run SQLite baseline. Usage: bench/tags.sh [tags=1000000] [files=200000]
set -euo pipefail
exec "$(dirname "${BASH_SOURCE[0]}")/run-benchmark.sh" 4g TagBenchmark "$@"
