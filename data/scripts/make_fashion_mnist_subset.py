#!/usr/bin/python3
"""Makes the bundled, class-balanced Fashion-MNIST subset in data/fashion-mnist-subset/.

Regenerate (from the repository root, with Debian's dataset-fashion-mnist installed):

    /usr/bin/python3 data/scripts/make_fashion_mnist_subset.py [SOURCE_DIR]

SOURCE_DIR defaults to /usr/share/datasets/fashion-mnist and must hold the four official files
(train-images-idx3-ubyte.gz, train-labels-idx1-ubyte.gz, t10k-images-idx3-ubyte.gz, t10k-labels-idx1-ubyte.gz).

Rule (no randomness): the first 1,000 images of each class in the training file, in file order, and the first
200 of each class in the test file, in file order. The selected images keep their original relative order, so
the classes stay interleaved as in the original files. Result: 10,000 training and 2,000 test images.

Output: the same IDX format as the originals (big-endian header: magic 0x00000803 for images with the
dimensions N, 28, 28; magic 0x00000801 for labels with N), gzip-compressed at level 9 with mtime 0 and no file
name in the gzip header, so re-running the script gives byte-identical files (with the same zlib version; the
decompressed IDX bytes are identical in any case). The source files are checked against the SHA-256 of their
decompressed content first. Standard library only (gzip, hashlib, struct).
"""
import gzip
import hashlib
import os
import struct
import sys

DEFAULT_SOURCE = "/usr/share/datasets/fashion-mnist"
TARGET = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fashion-mnist-subset")
CLASSES = 10
PER_CLASS = {"train": 1000, "t10k": 200}

# SHA-256 of the DECOMPRESSED official files. Debian recompresses the .gz files (their bytes and MD5s differ
# from the ones upstream lists) but the IDX content is identical to the upstream release.
CONTENT_SHA256 = {
    "train-images-idx3-ubyte": "c59f468a2f672dc815687fe0f83887768d799fd8a3f3276145d20f83aa44d888",
    "train-labels-idx1-ubyte": "bad3541b69d912435c50bb6ba87bec294ff4f6a2e1246121d8633921760443d9",
    "t10k-images-idx3-ubyte": "5b4141f0afbad91edebe8549f8fcffe087ea10ca49f1dbef5c9a5cd8815ce37b",
    "t10k-labels-idx1-ubyte": "0402a96d92fd2663957122ceb108a494c5af83dab82d92729df917d7dec38c34",
}


def read_checked(source, name):
    path = os.path.join(source, name + ".gz")
    with gzip.open(path, "rb") as f:
        content = f.read()
    actual = hashlib.sha256(content).hexdigest()
    if actual != CONTENT_SHA256[name]:
        sys.exit(f"{path}: expected decompressed SHA-256 {CONTENT_SHA256[name]}, found {actual}")
    return content


def parse_labels(content):
    magic, n = struct.unpack(">II", content[:8])
    assert magic == 0x00000801, f"label magic {magic:#010x}"
    return content[8:8 + n]


def parse_images(content):
    magic, n, rows, cols = struct.unpack(">IIII", content[:16])
    assert magic == 0x00000803, f"image magic {magic:#010x}"
    return n, rows, cols, content[16:]


def select(labels, per_class):
    taken = [0] * CLASSES
    chosen = []
    for i, label in enumerate(labels):
        if taken[label] < per_class:
            taken[label] += 1
            chosen.append(i)
    assert taken == [per_class] * CLASSES, f"class counts {taken}"
    return chosen


def write_gzip(name, content):
    path = os.path.join(TARGET, name + ".gz")
    with open(path, "wb") as f:
        f.write(gzip.compress(content, compresslevel=9, mtime=0))
    with open(path, "rb") as f:
        file_hash = hashlib.sha256(f.read()).hexdigest()
    print(f"{file_hash}  fashion-mnist-subset/{name}.gz  ({os.path.getsize(path)} bytes, "
          f"content {hashlib.sha256(content).hexdigest()})")


def main():
    source = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_SOURCE
    os.makedirs(TARGET, exist_ok=True)
    for part, per_class in PER_CLASS.items():
        labels = parse_labels(read_checked(source, f"{part}-labels-idx1-ubyte"))
        n, rows, cols, pixels = parse_images(read_checked(source, f"{part}-images-idx3-ubyte"))
        assert n == len(labels), f"{n} images but {len(labels)} labels"
        size = rows * cols
        chosen = select(labels, per_class)
        subset_labels = bytes(labels[i] for i in chosen)
        subset_pixels = b"".join(pixels[i * size:(i + 1) * size] for i in chosen)
        write_gzip(f"{part}-labels-idx1-ubyte", struct.pack(">II", 0x00000801, len(chosen)) + subset_labels)
        write_gzip(f"{part}-images-idx3-ubyte",
                   struct.pack(">IIII", 0x00000803, len(chosen), rows, cols) + subset_pixels)


if __name__ == "__main__":
    main()
