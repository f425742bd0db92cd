#!/usr/bin/python3
"""The numpy and PyTorch side of Nabla's performance comparison (run by `Nabla.Benchmarks compare`).

Each call does one measurement and prints one JSON line per result, so that the C# driver can run every
peer in a fresh process with its own thread settings (OPENBLAS_NUM_THREADS must be set before numpy loads).

  compare.py mlp --impl numpy|torch --dtype float64|float32 --threads T --data DIR --weights FILE --warmup 20 --epochs 3
  compare.py gemm --dtype float64|float32 --sizes 128,256,512,1024
  compare.py versions
"""
import argparse
import gzip
import json
import os
import time

import numpy as np

BATCH, LR = 64, 0.05


def peak_kb():
    """Peak resident set size of this process (VmHWM), in KiB."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def blas_library():
    """The BLAS shared library numpy actually loaded, from the process's memory map."""
    with open("/proc/self/maps") as maps:
        names = {line.split()[-1] for line in maps if "blas" in line.lower()}
    return ", ".join(sorted(names)) or "unknown"


def openblas_version():
    """OpenBLAS's own description of itself (version, build), from the library numpy loaded; None if it is not OpenBLAS."""
    import ctypes
    with open("/proc/self/maps") as maps:
        paths = sorted({line.split()[-1] for line in maps if "blas" in line.lower() and line.split()[-1].startswith("/")})
    for path in paths:
        try:
            config = ctypes.CDLL(path).openblas_get_config
        except (OSError, AttributeError):
            continue
        config.restype = ctypes.c_char_p
        return config().decode().strip()
    return None


def load_fashion(data):
    """The bundled Fashion-MNIST subset: x (10000, 784) = pixels / 255 in float64, labels (10000,)."""
    folder = os.path.join(data, "fashion-mnist-subset")
    with gzip.open(os.path.join(folder, "train-images-idx3-ubyte.gz")) as f:
        pixels = np.frombuffer(f.read(), dtype=np.uint8, offset=16)
    with gzip.open(os.path.join(folder, "train-labels-idx1-ubyte.gz")) as f:
        labels = np.frombuffer(f.read(), dtype=np.uint8, offset=8).astype(np.int64)
    return (pixels.reshape(-1, 784) / 255.0), labels


def load_weights(path):
    """W1 (784, 128), b1 (128,), W2 (128, 10), b2 (10,): the initial weights Nabla drew, row-major float64."""
    flat = np.fromfile(path, dtype="<f8")
    sizes = [(784, 128), (1, 128), (128, 10), (1, 10)]
    out, start = [], 0
    for rows, cols in sizes:
        out.append(flat[start:start + rows * cols].reshape(rows, cols).copy())
        start += rows * cols
    return out[0], out[1][0], out[2], out[3][0]


def mlp_numpy(x, labels, weights, warmup, epochs):
    """Manual backprop, written the way a numpy expert would: in-place where it helps, no copies of the batch."""
    W1, b1, W2, b2 = weights
    onehot = np.eye(10, dtype=x.dtype)[labels]
    n, seconds, mean_loss = len(x), 0.0, 0.0
    for epoch in range(warmup + epochs):
        start, loss_sum = time.perf_counter(), 0.0
        for s in range(0, n, BATCH):
            xb, yb = x[s:s + BATCH], onehot[s:s + BATCH]
            m = len(xb)
            h = xb @ W1
            h += b1
            np.maximum(h, 0, out=h)                          # (m, 128)
            z = h @ W2
            z += b2                                          # (m, 10) logits
            z -= z.max(axis=1, keepdims=True)
            e = np.exp(z)
            se = e.sum(axis=1, keepdims=True)
            loss_sum += -((z - np.log(se)) * yb).sum()       # sum of -log softmax(z)_y
            d = e / se
            d -= yb
            d /= m                                           # dL/dz
            dW2, db2 = h.T @ d, d.sum(axis=0)
            dh = d @ W2.T
            dh *= h > 0                                      # through the ReLU
            dW1, db1 = xb.T @ dh, dh.sum(axis=0)
            W1 -= LR * dW1
            b1 -= LR * db1
            W2 -= LR * dW2
            b2 -= LR * db2
        mean_loss = loss_sum / n
        if epoch >= warmup:
            seconds += time.perf_counter() - start
    return epochs * n / seconds, mean_loss


def mlp_torch(x, labels, weights, warmup, epochs, threads):
    """nn.Sequential + F.cross_entropy + optim.SGD: the usual PyTorch training loop."""
    import torch
    torch.set_num_threads(threads)
    dtype = torch.float64 if x.dtype == np.float64 else torch.float32
    model = torch.nn.Sequential(torch.nn.Linear(784, 128), torch.nn.ReLU(), torch.nn.Linear(128, 10)).to(dtype)
    with torch.no_grad():
        for layer, W, b in ((model[0], weights[0], weights[1]), (model[2], weights[2], weights[3])):
            layer.weight.copy_(torch.from_numpy(W.T.copy()))  # torch stores (out, in)
            layer.bias.copy_(torch.from_numpy(b))
    opt = torch.optim.SGD(model.parameters(), lr=LR)
    xt, yt = torch.from_numpy(x), torch.from_numpy(labels)
    n, seconds, mean_loss = len(x), 0.0, 0.0
    for epoch in range(warmup + epochs):
        start, loss_sum = time.perf_counter(), 0.0
        for s in range(0, n, BATCH):
            xb, yb = xt[s:s + BATCH], yt[s:s + BATCH]
            opt.zero_grad(set_to_none=True)
            loss = torch.nn.functional.cross_entropy(model(xb), yb)
            loss.backward()
            opt.step()
            loss_sum += loss.item() * len(xb)
        mean_loss = loss_sum / n
        if epoch >= warmup:
            seconds += time.perf_counter() - start
    return epochs * n / seconds, mean_loss


def gemm(dtype, sizes):
    """GFLOP/s (2 n^3 per product) of numpy's n x n matmul into a preallocated result, best of 5 rounds of >= 0.2 s."""
    rng = np.random.default_rng(1)
    for n in sizes:
        a = (rng.random((n, n)) - 0.5).astype(dtype)
        b = (rng.random((n, n)) - 0.5).astype(dtype)
        c = np.empty((n, n), dtype=dtype)
        np.matmul(a, b, out=c)
        best = float("inf")
        for _ in range(5):
            count, start = 0, time.perf_counter()
            while True:
                np.matmul(a, b, out=c)
                count += 1
                elapsed = time.perf_counter() - start
                if elapsed >= 0.2:
                    break
            best = min(best, elapsed / count)
        print(json.dumps({"n": n, "gflops": 2.0 * n ** 3 / best / 1e9}), flush=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["mlp", "gemm", "versions"])
    parser.add_argument("--impl", choices=["numpy", "torch"], default="numpy")
    parser.add_argument("--dtype", choices=["float64", "float32"], default="float64")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--data")
    parser.add_argument("--weights")
    parser.add_argument("--warmup", type=int, default=20)
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--sizes", default="128,256,512,1024")
    args = parser.parse_args()
    if args.mode == "versions":
        np.ones((64, 64)) @ np.ones((64, 64))
        try:
            import torch
            torch_version = torch.__version__
        except ImportError:
            torch_version = None
        print(json.dumps({"numpy": np.__version__, "torch": torch_version, "blas": blas_library(), "openblas": openblas_version()}))
    elif args.mode == "gemm":
        gemm(np.dtype(args.dtype), [int(s) for s in args.sizes.split(",")])
    else:
        x, labels = load_fashion(args.data)
        weights = [w.astype(args.dtype) for w in load_weights(args.weights)]
        x = x.astype(args.dtype, copy=False)
        if args.impl == "numpy":
            rate, loss = mlp_numpy(x, labels, weights, args.warmup, args.epochs)
        else:
            rate, loss = mlp_torch(x, labels, weights, args.warmup, args.epochs, args.threads)
        print(json.dumps({"samples_per_s": rate, "loss": loss, "peak_kb": peak_kb()}))


if __name__ == "__main__":
    main()
