#!/usr/bin/python3
"""Copies the four UCI data sets that Debian's python3-sklearn ships into data/uci/, byte for byte.

Regenerate (from the repository root, with python3-sklearn installed):

    /usr/bin/python3 data/scripts/copy_uci_sets.py

The files are copied unchanged (scikit-learn's CSV layout: a header line "N,D,class names..." then N rows of
D features and the class index; digits.csv.gz has no header and 64 pixels + the digit per row), so the
SHA-256 of each copy equals the SHA-256 of the file in the Debian package. The script checks that and fails
if the source files differ from the ones this kit was built from. Standard library only.
"""
import hashlib
import os
import shutil
import sys

SOURCE = "/usr/lib/python3/dist-packages/sklearn/datasets/data"
TARGET = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "uci")

# SHA-256 of the files in python3-sklearn 1.2.1+dfsg-1 (Debian 12), the same numbers as in data/README.md.
FILES = {
    "iris.csv": "f13ffa8fdd56fd8e6c8d16d4081a3fbd3114bcd0aae4256c43205169cd9d1449",
    "wine_data.csv": "10e8a802908b34f86e5da8ce962f3c806694bc98450a18f61851af59f324bede",
    "breast_cancer.csv": "fed3eb72d0575ef6192293f5093c6e801b1476b577d0386bf4455504522172ed",
    "digits.csv.gz": "46abec6b12486ad9e51943373abcf22bbea1b5a51a1619b361570d8893f1464a",
}


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def main():
    os.makedirs(TARGET, exist_ok=True)
    for name, expected in FILES.items():
        source = os.path.join(SOURCE, name)
        actual = sha256(source)
        if actual != expected:
            sys.exit(f"{source}: expected SHA-256 {expected}, found {actual}")
        shutil.copyfile(source, os.path.join(TARGET, name))
        print(f"{expected}  uci/{name}")


if __name__ == "__main__":
    main()
