#!/usr/bin/python3
"""Reference values from PyTorch for `data.shiftImages`: an image moved by whole pixels with zeros
shifted in, computed the way torchvision's integer `translate` does it, by zero-padding
(F.pad) and cropping back to the original size. Nothing wraps around (that would be torch.roll).

Run with Debian's PyTorch:  /usr/bin/python3 packages/nn/test/reference/make_shift.py
It writes shift.json beside this file.
"""
import json
import os

import torch
import torch.nn.functional as F

from common import enc, f32  # noqa: E402  (shared helpers beside this file)


def shift(x, dx, dy):
    """x [..., H, W] moved dx right and dy down: pad by |d| on the side it moves away from, crop."""
    h, w = x.shape[-2], x.shape[-1]
    p = max(abs(dx), abs(dy))
    padded = F.pad(x, (p, p, p, p))
    return padded[..., p - dy : p - dy + h, p - dx : p - dx + w]


IMAGE = f32([[[[0.1 * ((i * 5 + j * 3) % 11) for j in range(5)] for i in range(4)]] * 1] * 2)
IMAGE[1] = f32(IMAGE[1] * -2 + 0.5)
CASES = [(1, 0), (-1, 0), (0, 1), (0, -2), (2, -1), (-3, 3), (0, 0), (5, 0), (0, -4)]

out = {"torch": torch.__version__.split("+")[0], "image": enc(IMAGE), "cases": [{"dx": dx, "dy": dy, "out": enc(shift(IMAGE, dx, dy))} for dx, dy in CASES]}
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "shift.json")
with open(path, "w") as f:
    json.dump(out, f)
    f.write("\n")
print("wrote", path)
