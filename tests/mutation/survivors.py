"""Lists the surviving and uncovered mutants of a Stryker report, one line each, as file:line | mutator | replacement | source.

Usage: python3 tests/mutation/survivors.py artifacts/mutation/<Folder>/reports/mutation-report.json [FOLDER]
"""
import json
import sys

report = json.load(open(sys.argv[1], encoding="utf-8"))
folder = sys.argv[2] if len(sys.argv) > 2 else None
for name, file in sorted(report["files"].items()):
    path = name.replace("\\", "/")
    if folder and f"src/Nabla/{folder}/" not in path and not path.startswith(f"{folder}/"):
        continue
    lines = file["source"].split("\n")
    for m in sorted(file["mutants"], key=lambda m: m["location"]["start"]["line"]):
        if m["status"] in ("Survived", "NoCoverage"):
            line = m["location"]["start"]["line"]
            print(f"{m['status']:<10} {path.split('src/Nabla/')[-1]}:{line} | {m['mutatorName']} | "
                  f"{m.get('replacement', '')[:70]!r} | {lines[line - 1].strip()[:100]}")
