"""One summary row from a Stryker mutation-report.json: python3 summarize.py FOLDER REPORT SECONDS.

Counts only the mutants in files under src/Nabla/FOLDER/ (a report may cover several folders)."""
import json
import sys

folder, path, seconds = sys.argv[1], sys.argv[2], int(sys.argv[3])
with open(path, encoding="utf-8") as f:
    report = json.load(f)
counts = {}
for name, file in report["files"].items():
    if f"src/Nabla/{folder}/" not in name.replace("\\", "/") and not name.replace("\\", "/").startswith(f"{folder}/"):
        continue
    for mutant in file["mutants"]:
        counts[mutant["status"]] = counts.get(mutant["status"], 0) + 1
killed, survived = counts.get("Killed", 0), counts.get("Survived", 0)
timeout, nocov = counts.get("Timeout", 0), counts.get("NoCoverage", 0)
compile_errors = counts.get("CompileError", 0)
total = sum(counts.values()) - counts.get("Ignored", 0)
detected = killed + timeout
valid = detected + survived + nocov
score = f"{100 * detected / valid:.1f}%" if valid else "n/a"
print(f"{folder:<11} {total:7d} {killed:6d} {survived:8d} {timeout:7d} {nocov:11d} {compile_errors:14d} {score:>6} {seconds // 60:3d}m{seconds % 60:02d}")
