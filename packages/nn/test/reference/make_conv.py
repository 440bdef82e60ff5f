#!/usr/bin/python3
"""Reference values from PyTorch for nn.Conv2d and nn.MaxPool2d (@nnbook/nn's conv tests).

Run with Debian's PyTorch:  /usr/bin/python3 packages/nn/test/reference/make_conv.py
It writes conv.json beside this file. Inputs and weights are written out here by formula (no
random numbers), rounded to float32 so the engine and PyTorch start from identical values;
PyTorch computes in float64. Each output is backpropagated from a fixed upstream gradient.
"""
import json
import math
import os

import torch
import torch.nn.functional as F

torch.set_default_dtype(torch.float64)

from common import enc, f32, upstream  # noqa: E402  (shared helpers beside this file)


def pattern(shape, a, b):
    """A fixed, irregular fill: v_i = sin(a·i + b) · (1 + (i mod 3) / 4), float32-rounded."""
    n = math.prod(shape)
    v = torch.tensor([math.sin(a * i + b) * (1 + (i % 3) / 4) for i in range(n)])
    return f32(v.reshape(shape))


# (name, input shape [N, C, H, W], outChannels, kernelSize, stride, padding, bias)
CONV = [
    ("Conv2d(1, 1, 3) on a 5×5 image", [1, 1, 5, 5], 1, 3, 1, 0, True),
    ("Conv2d(2, 3, 3, { padding: 1 }) on a batch of 2", [2, 2, 5, 4], 3, 3, 1, 1, True),
    ("Conv2d(3, 2, 3, { stride: 2 }) on a non-square 7×6 image", [1, 3, 7, 6], 2, 3, 2, 0, True),
    ("Conv2d(2, 4, 2, { stride: 2, padding: 1 }) without bias", [2, 2, 5, 6], 4, 2, 2, 1, False),
    ("Conv2d(1, 8, 3, { padding: 1 }) with 8 filters", [3, 1, 6, 6], 8, 3, 1, 1, True),
    ("Conv2d(4, 2, 1) a 1×1 convolution", [2, 4, 3, 5], 2, 1, 1, 0, True),
    ("Conv2d(2, 3, 5, { stride: 2, padding: 2 }) on 9×8", [1, 2, 9, 8], 3, 5, 2, 2, True),
]

# (name, input shape, kernelSize, stride)
POOL = [
    ("MaxPool2d(2) on a 4×6 image", [2, 3, 4, 6], 2, 2),
    ("MaxPool2d(2) drops the odd last row and column of 5×7", [1, 2, 5, 7], 2, 2),
    ("MaxPool2d(3, { stride: 2 }) with overlapping windows on 7×7", [2, 2, 7, 7], 3, 2),
    ("MaxPool2d(3, { stride: 2 }) on non-square 9×6", [1, 1, 9, 6], 3, 2),
]

conv_cases = []
for i, (name, shape, out_ch, k, stride, padding, bias) in enumerate(CONV):
    c = shape[1]
    x = pattern(shape, 0.7 + 0.1 * i, 0.3 * i).requires_grad_()
    bound = 1 / math.sqrt(c * k * k)
    w = (pattern([out_ch, c, k, k], 1.3 + 0.05 * i, 1.0 + i) * bound).requires_grad_()
    b = (pattern([out_ch], 2.1, 0.5 + i) * bound).requires_grad_() if bias else None
    y = F.conv2d(x, w, b, stride=stride, padding=padding)
    u = upstream(list(y.shape))
    y.backward(u)
    conv_cases.append({
        "name": name, "inChannels": c, "outChannels": out_ch, "kernelSize": k, "stride": stride, "padding": padding,
        "input": enc(x), "weight": enc(w), "bias": enc(b), "output": enc(y), "upstream": enc(u),
        "grads": {"input": enc(x.grad), "weight": enc(w.grad), "bias": enc(b.grad) if b is not None else None},
    })

pool_cases = []
for i, (name, shape, k, stride) in enumerate(POOL):
    # distinct values, so the winner of every window is unique (no tie-breaking ambiguity)
    x = pattern(shape, 0.9 + 0.17 * i, 0.2 * i).requires_grad_()
    assert len(set(x.reshape(-1).tolist())) == x.numel()
    y = F.max_pool2d(x, k, stride=stride)
    u = upstream(list(y.shape))
    y.backward(u)
    pool_cases.append({"name": name, "kernelSize": k, "stride": stride,
                       "input": enc(x), "output": enc(y), "upstream": enc(u), "grads": {"input": enc(x.grad)}})

out = {"torch": torch.__version__, "conv2d": conv_cases, "maxPool2d": pool_cases}
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "conv.json")
with open(path, "w") as f:
    json.dump(out, f)
print(f"wrote {len(conv_cases)} conv2d and {len(pool_cases)} maxPool2d cases to {path}")
