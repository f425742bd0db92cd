#!/usr/bin/env bash
# Nabla vs numpy vs PyTorch on the same MLP workload and on n x n matrix products, one after the other in
# one run; prints Markdown tables with samples/s, GFLOP/s, peak memory and the ratios (README, "Performance").
#
#   tests/Nabla.Benchmarks/compare.sh [--repeats 3] [--epochs 3] [--sizes 128,256,512,1024] [--only mlp|gemm] [--avx2] [--notebooks]
#
# Peers run at their best: Debian's numpy and PyTorch on OpenBLAS's AVX-512 kernels (numpy alone would use
# the reference BLAS), OPENBLAS_CORETYPE unset, each with 1 and 2 threads. --avx2 adds the GEMM tables
# without AVX-512 on both sides (most laptops); --notebooks also times the headless run of every lesson.
# Quiet machine wanted: check `uptime` first (1-minute load below ~0.8).
set -euo pipefail
cd "$(dirname "$0")/../.."

missing=()
/usr/bin/python3 -c 'import numpy' 2>/dev/null || missing+=(python3-numpy)
/usr/bin/python3 -c 'import torch' 2>/dev/null || missing+=(python3-torch)
dpkg -s libopenblas0-pthread >/dev/null 2>&1 || missing+=(libopenblas0-pthread)
if [ ${#missing[@]} -gt 0 ]; then
  echo "compare.sh: installing ${missing[*]} (Debian packages; needs root)" >&2
  apt-get install -y -qq "${missing[@]}" >&2
fi

dotnet build tests/Nabla.Benchmarks -c Release -v quiet -nologo >&2
if [[ " $* " == *" --notebooks "* ]]; then
  dotnet build src/Nabla.Cli -c Release -v quiet -nologo >&2
fi
exec dotnet artifacts/bin/Nabla.Benchmarks/release/Nabla.Benchmarks.dll compare "$@"
