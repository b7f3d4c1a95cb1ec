#!/usr/bin/env bash
# Similar-files benchmark: system:similar to over N perceptual hashes — the index's search (4x16-bit band index,
# popcount scan for wide distances), its plain popcount scan, and a boxed per-file loop as the same-run baseline,
# all checked to agree first. Usage: bench/similar.sh [hashes...] (default 1000000 10000000)
set -euo pipefail
exec "$(dirname "${BASH_SOURCE[0]}")/run-benchmark.sh" 10g SimilarBenchmark "$@"
