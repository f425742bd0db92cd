#!/usr/bin/env bash
# Nabla vs numpy vs PyTorch on the same MLP workload and on n x n matrix products, one after the other in
# one run; prints Markdown tables with samples/s, bytes allocated per step, GFLOP/s, peak memory and the
# ratios (README, "Performance").
#
#   tests/Nabla.Benchmarks/compare.sh [--repeats 3] [--warmup 20] [--epochs 3] [--sizes 128,256,512,1024]
#                                     [--only mlp|gemm] [--avx2] [--notebooks] [--kernel-packages DIR]
#
# The MLP table measures Nabla where learners run it: (1) the kit's host, this benchmark program with its
# runtime settings; (2) a console app with .NET's defaults (Console/); (3) that app with Server GC; (4) a
# notebook cell in the real .NET Interactive kernel, installed under artifacts/compare-kernel and driven by
# Jupyter's client. Place 4 loads the Nabla.Interactive 0.9.0 package from ~/.nuget/packages (building
# src/Nabla.Interactive in Release installs it); --kernel-packages DIR takes it from another NuGet
# global-packages folder. Peers run at their best: Debian's numpy and PyTorch on OpenBLAS's AVX-512 kernels
# (numpy alone would use the reference BLAS), OPENBLAS_CORETYPE unset, each with 1 and 2 threads.
# --avx2 adds the GEMM tables without AVX-512 on both sides (most laptops); --notebooks also times
# every lesson, one at a time, in the runner and in the real kernel. Quiet machine wanted: check `uptime`
# first (1-minute load below ~0.8).
set -euo pipefail
cd "$(dirname "$0")/../.."

missing=()
/usr/bin/python3 -c 'import numpy' 2>/dev/null || missing+=(python3-numpy)
/usr/bin/python3 -c 'import torch' 2>/dev/null || missing+=(python3-torch)
dpkg -s libopenblas0-pthread >/dev/null 2>&1 || missing+=(libopenblas0-pthread)
/usr/bin/python3 -c 'import nbclient, nbformat' 2>/dev/null || missing+=(python3-nbclient python3-nbformat)
if [ ${#missing[@]} -gt 0 ]; then
  echo "compare.sh: installing ${missing[*]} (Debian packages; needs root)" >&2
  apt-get install -y -qq "${missing[@]}" >&2
fi

dotnet build tests/Nabla.Benchmarks -c Release -v quiet -nologo >&2    # also builds the console app (Console/)
if [[ " $* " == *" --notebooks "* ]]; then
  dotnet build src/Nabla.Cli -c Release -v quiet -nologo >&2
fi
exec dotnet artifacts/bin/Nabla.Benchmarks/release/Nabla.Benchmarks.dll compare "$@"
