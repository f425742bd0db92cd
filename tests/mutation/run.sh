#!/usr/bin/env bash
# Mutation testing of the engine with Stryker.NET (issue 18). Slow: not part of the default test command.
#
# Usage: tests/mutation/run.sh [--since [REF]] [--tests FILTER] [--one-run] [FOLDER...]
#   FOLDER     folders of src/Nabla to mutate, one Stryker run each (default: Autograd Losses Optimizers Modules Training)
#   --since    mutate only code changed since REF (default main), as Stryker's --since
#   --tests F  run only the tests matching the VSTest filter F (e.g. FullyQualifiedName~Nabla.Tests.Losses): much
#              faster, but a mutant that only other tests kill then counts as survived, so the score is a lower bound
#   --one-run  one Stryker run for all the folders (report in artifacts/mutation/all/), saving the two full
#              test-suite passes (initial run and coverage) that every run starts with; the table is still per folder
# Environment: STRYKER_CONCURRENCY (default 1: the machine is shared).
# Reports: artifacts/mutation/<Folder>/ (html and json); a summary table is printed at the end.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
concurrency="${STRYKER_CONCURRENCY:-1}"
since=""
tests=""
one_run=0
folders=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --since)
      if [[ $# -gt 1 && "$2" != -* && ! -d "src/Nabla/$2" ]]; then since="$2"; shift; else since="main"; fi ;;
    --since=*) since="${1#--since=}" ;;
    --one-run) one_run=1 ;;
    --tests) tests="$2"; shift ;;
    --tests=*) tests="${1#--tests=}" ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) folders+=("$1") ;;
  esac
  shift
done
[[ ${#folders[@]} -eq 0 ]] && folders=(Autograd Losses Optimizers Modules Training)

for f in "${folders[@]}"; do
  [[ -d "src/Nabla/$f" ]] || { echo "run.sh expects a folder of src/Nabla, found '$f' (no src/Nabla/$f)" >&2; exit 2; }
done

# The pinned tool (.config/dotnet-tools.json); restore installs it when missing.
if ! dotnet tool run dotnet-stryker --version >/dev/null 2>&1; then
  dotnet tool restore >/dev/null || dotnet tool install dotnet-stryker --version 5.1.0
fi

# One Stryker run: mutate the given folders, write artifacts/mutation/<name>/.
stryker() {
  local name="$1"; shift
  local out="$root/artifacts/mutation/$name"
  rm -rf "$out"; mkdir -p "$out"
  local mutate="" f
  for f in "$@"; do mutate+="${mutate:+, }\"**/src/Nabla/$f/**/*.cs\""; done
  local since_json=""
  [[ -n "$since" ]] && since_json=", \"since\": { \"enabled\": true, \"target\": \"$since\" }"
  [[ -n "$tests" ]] && since_json+=", \"test-case-filter\": \"$tests\""
  cat > "$out/stryker-config.json" <<JSON
{ "stryker-config": {
    "project": "Nabla.csproj",
    "test-projects": [ "$root/tests/Nabla.Tests/Nabla.Tests.csproj" ],
    "mutate": [ $mutate ],
    "coverage-analysis": "perTest",
    "concurrency": $concurrency,
    "configuration": "Debug",
    "reporters": [ "json", "html", "dots", "cleartext" ],
    "thresholds": { "high": 90, "low": 80, "break": 0 }$since_json
} }
JSON
  echo "== Stryker on src/Nabla/{$*} (concurrency $concurrency) =="
  local start; start=$(date +%s)
  ( cd tests/Nabla.Tests && dotnet tool run dotnet-stryker --config-file "$out/stryker-config.json" --output "$out" ) > "$out/stryker.log" 2>&1 \
    || echo "Stryker failed on $name: see artifacts/mutation/$name/stryker.log" >&2
  seconds=$(( $(date +%s) - start ))
  report="$out/reports/mutation-report.json"
}

summary=()
row() {   # row FOLDER: the summary line of one folder from the last run's report
  if [[ -f "$report" ]]; then
    summary+=("$(/usr/bin/python3 "$root/tests/mutation/summarize.py" "$1" "$report" "$seconds")")
  else
    summary+=("$(printf '%-11s no report (see the stryker.log)' "$1")")
  fi
}

if [[ $one_run -eq 1 ]]; then
  stryker all "${folders[@]}"
  for f in "${folders[@]}"; do row "$f"; done
else
  for f in "${folders[@]}"; do stryker "$f" "$f"; row "$f"; done
fi

echo
printf '%-11s %7s %6s %8s %7s %11s %14s %6s %6s\n' folder mutants killed survived timeout "no coverage" "compile errors" score "time"
printf '%s\n' "${summary[@]}"
