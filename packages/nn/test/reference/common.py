"""What every reference script shares: float32-rounded inputs, the JSON encoding, and the fixed
upstream gradient. Imported by the make_*.py scripts beside it (Python puts a script's own folder
on its import path)."""
import torch

torch.set_default_dtype(torch.float64)


def f32(values):
    """A float64 tensor holding float32-representable values (from a list or a tensor)."""
    t = values if isinstance(values, torch.Tensor) else torch.tensor(values, dtype=torch.float64)
    return t.to(torch.float32).to(torch.float64)


def enc(t):
    """A tensor as {shape, data}: flat row-major data, like the engine's."""
    if t is None:
        return None
    t = t.detach()
    return {"shape": list(t.shape), "data": t.reshape(-1).tolist()}


def upstream(shape):
    """A fixed, non-zero upstream gradient: u_i = ((37 i) mod 11 - 5.5) / 4."""
    n = 1
    for d in shape:
        n *= d
    return f32([((37 * i) % 11 - 5.5) / 4 for i in range(n)]).reshape(shape)
