#!/usr/bin/python3
"""Reference values from PyTorch for @nnbook/nn's optimizers, schedules, clipGradNorm, BatchNorm1d
and Dropout.

Run with Debian's PyTorch:  /usr/bin/python3 packages/nn/test/reference/make_optim_layers.py
It writes optim_layers.json beside this file. As in make_reference.py, every input is written out
here (no random numbers), rounded to float32, and PyTorch computes in float64. The optimizers run
on the same least-squares problem as make_reference.py's SGD cases.
"""
import json
import math
import os

import torch
import torch.nn.functional as F

torch.set_default_dtype(torch.float64)

from common import enc, f32, upstream  # noqa: E402  (shared helpers beside this file)


# The SGD problem of make_reference.py: 6 points, 3 features, mean squared error of a linear model.
X = f32([[1.0, 0.5, -1.0], [0.0, 1.0, 2.0], [2.0, -1.0, 0.5], [-1.5, 0.25, 1.0], [0.5, 2.0, -0.5], [1.0, 1.0, 1.0]])
Y = f32([1.0, -2.0, 3.5, 0.0, -1.0, 2.0])
W0, B0 = [0.2, -0.4, 0.1], [0.05]

OPTIMIZERS = [
    ("Adam", "Adam", {"lr": 0.05}),
    ("Adam with weight decay", "Adam", {"lr": 0.05, "weightDecay": 0.1}),
    ("Adam with betas [0.8, 0.95] and eps 1e-3", "Adam", {"lr": 0.1, "betas": [0.8, 0.95], "eps": 1e-3}),
    ("Adam with amsgrad", "Adam", {"lr": 0.05, "amsgrad": True}),
    ("AdamW", "AdamW", {"lr": 0.05}),
    ("AdamW with weight decay 0.5", "AdamW", {"lr": 0.05, "weightDecay": 0.5}),
    ("RMSprop", "RMSprop", {"lr": 0.01}),
    ("RMSprop with momentum", "RMSprop", {"lr": 0.005, "momentum": 0.9}),
    ("RMSprop centered", "RMSprop", {"lr": 0.01, "centered": True}),
    ("RMSprop centered with momentum, weight decay and alpha 0.9", "RMSprop",
     {"lr": 0.005, "alpha": 0.9, "momentum": 0.5, "centered": True, "weightDecay": 0.1}),
    ("Adagrad", "Adagrad", {"lr": 0.1}),
    ("Adagrad with lrDecay, weight decay and an initial accumulator", "Adagrad",
     {"lr": 0.2, "lrDecay": 0.05, "weightDecay": 0.1, "initialAccumulatorValue": 0.5, "eps": 1e-6}),
]
TORCH_NAMES = {"lr": "lr", "betas": "betas", "eps": "eps", "weightDecay": "weight_decay", "amsgrad": "amsgrad",
               "alpha": "alpha", "momentum": "momentum", "centered": "centered",
               "lrDecay": "lr_decay", "initialAccumulatorValue": "initial_accumulator_value"}


def optimizer_cases(steps=25):
    cases = []
    for name, cls, options in OPTIMIZERS:
        w = f32(W0).requires_grad_()
        b = f32(B0).requires_grad_()
        kwargs = {TORCH_NAMES[k]: (tuple(v) if k == "betas" else v) for k, v in options.items()}
        opt = getattr(torch.optim, cls)([w, b], **kwargs)
        losses = []
        for _ in range(steps):
            opt.zero_grad()
            loss = F.mse_loss(X @ w + b, Y)
            loss.backward()
            opt.step()
            losses.append(loss.item())
        cases.append({"name": name, "optimizer": cls, "options": options, "steps": steps, "X": enc(X), "y": enc(Y),
                      "w0": enc(f32(W0)), "b0": enc(f32(B0)), "losses": losses, "w": enc(w), "b": enc(b)})
    return cases


SCHEDULES = [
    ("StepLR(opt, { stepSize: 7, gamma: 0.5 })", "StepLR", 0.1, {"stepSize": 7, "gamma": 0.5}),
    ("StepLR(opt, { stepSize: 3 })", "StepLR", 0.2, {"stepSize": 3}),
    ("ExponentialLR(opt, { gamma: 0.9 })", "ExponentialLR", 0.1, {"gamma": 0.9}),
    ("CosineAnnealingLR(opt, { tMax: 10 })", "CosineAnnealingLR", 0.1, {"tMax": 10}),
    ("CosineAnnealingLR(opt, { tMax: 7, etaMin: 0.01 })", "CosineAnnealingLR", 0.1, {"tMax": 7, "etaMin": 0.01}),
    ("LinearLR(opt)", "LinearLR", 0.1, {}),
    ("LinearLR(opt, { startFactor: 0.01, totalIters: 10 })", "LinearLR", 0.5, {"startFactor": 0.01, "totalIters": 10}),
    ("LinearLR(opt, { startFactor: 1, endFactor: 0.1, totalIters: 20 })", "LinearLR", 0.2,
     {"startFactor": 1.0, "endFactor": 0.1, "totalIters": 20}),
]
SCHEDULE_NAMES = {"stepSize": "step_size", "gamma": "gamma", "tMax": "T_max", "etaMin": "eta_min",
                  "startFactor": "start_factor", "endFactor": "end_factor", "totalIters": "total_iters"}


def schedule_cases(epochs=30):
    """lrs[k] is the learning rate in epoch k: lrs[0] before any scheduler.step(), then one per step."""
    cases = []
    for name, cls, lr, options in SCHEDULES:
        opt = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=lr)
        sched = getattr(torch.optim.lr_scheduler, cls)(opt, **{SCHEDULE_NAMES[k]: v for k, v in options.items()})
        lrs = [opt.param_groups[0]["lr"]]
        closed_form = cls in ("CosineAnnealingLR", "LinearLR")
        closed = [sched._get_closed_form_lr()[0]] if closed_form else []
        for _ in range(epochs):
            opt.step()
            sched.step()
            lrs.append(opt.param_groups[0]["lr"])
            assert sched.get_last_lr()[0] == lrs[-1]
            if closed_form:
                closed.append(sched._get_closed_form_lr()[0])
        case = {"name": name, "schedule": cls, "lr": lr, "options": options, "epochs": epochs, "lrs": lrs}
        if closed_form:
            case["closedForm"] = closed
        cases.append(case)
    return cases


def clip_cases():
    grads = [[[0.5, -1.25, 2.0], [-0.75, 1.5, 3.25]], [1.0, -2.0, 0.5]]
    cases = []
    for name, max_norm, norm_type in [("clipGradNorm(params, 1) scales the gradients down", 1.0, 2.0),
                                      ("clipGradNorm(params, 100) leaves small gradients alone", 100.0, 2.0),
                                      ("clipGradNorm(params, 2, { normType: Infinity })", 2.0, math.inf)]:
        params = []
        for g in grads:
            p = torch.zeros(f32(g).shape, requires_grad=True)
            p.grad = f32(g).clone()
            params.append(p)
        total = torch.nn.utils.clip_grad_norm_(params, max_norm, norm_type=norm_type)
        cases.append({"name": name, "maxNorm": max_norm, "normType": "Infinity" if norm_type == math.inf else norm_type,
                      "grads": [enc(f32(g)) for g in grads], "totalNorm": total.item(),
                      "clipped": [enc(p.grad) for p in params]})
    return cases


BN_INPUTS = [
    [[1.0, -2.0, 0.5], [0.5, 1.5, -1.0], [-1.25, 0.25, 2.0], [2.0, -0.5, 0.75]],
    [[0.25, 1.0, -0.5], [1.5, -1.0, 0.0], [-0.5, 2.5, 1.25], [0.75, 0.5, -2.0], [3.0, -1.5, 0.5]],
    [[-1.0, 0.0, 1.0], [2.0, 1.0, -1.5], [0.5, -0.75, 0.25]],
]
BN_EVAL = [[0.5, 0.5, 0.5], [-1.0, 2.0, 0.0]]
BN_WEIGHT, BN_BIAS = [1.5, -0.5, 0.75], [0.1, 0.2, -0.3]


def batchnorm_cases():
    cases = []
    for name, options in [("BatchNorm1d(3)", {}),
                          ("BatchNorm1d(3, { eps: 0.001, momentum: 0.3 })", {"eps": 1e-3, "momentum": 0.3}),
                          ("BatchNorm1d(3, { affine: false })", {"affine": False})]:
        bn = torch.nn.BatchNorm1d(3, eps=options.get("eps", 1e-5), momentum=options.get("momentum", 0.1),
                                  affine=options.get("affine", True))
        if bn.affine:
            with torch.no_grad():
                bn.weight.copy_(f32(BN_WEIGHT))
                bn.bias.copy_(f32(BN_BIAS))
        steps = []
        for xs in BN_INPUTS + [BN_EVAL]:
            if xs is BN_EVAL:
                bn.eval()
            bn.zero_grad(set_to_none=True)
            x = f32(xs).requires_grad_()
            out = bn(x)
            up = upstream(out.shape)
            out.backward(up)
            steps.append({"training": bn.training, "input": enc(x), "output": enc(out), "upstream": enc(up),
                          "grads": {"input": enc(x.grad), "weight": enc(bn.weight.grad) if bn.affine else None,
                                    "bias": enc(bn.bias.grad) if bn.affine else None},
                          "runningMean": enc(bn.running_mean), "runningVar": enc(bn.running_var)})
        cases.append({"name": name, "options": options,
                      "weight": enc(f32(BN_WEIGHT)) if bn.affine else None,
                      "bias": enc(f32(BN_BIAS)) if bn.affine else None, "steps": steps})
    return cases


def dropout_cases():
    x = f32([[0.5, -1.25, 2.0], [-0.75, 1.5, 3.25]])
    drop = torch.nn.Dropout(0.5).eval()
    return [{"name": "Dropout(0.5) in eval mode", "p": 0.5, "input": enc(x), "output": enc(drop(x))}]


def main():
    reference = {
        "about": "Written by make_optim_layers.py with PyTorch in float64 from float32-rounded inputs. Do not edit.",
        "torch": torch.__version__,
        "optimizers": optimizer_cases(),
        "schedules": schedule_cases(),
        "clipGradNorm": clip_cases(),
        "batchNorm1d": batchnorm_cases(),
        "dropout": dropout_cases(),
    }
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "optim_layers.json")
    with open(path, "w") as f:
        json.dump(reference, f, indent=1)
        f.write("\n")
    print(f"wrote {path}: {len(reference['optimizers'])} optimizer runs, {len(reference['schedules'])} schedules, "
          f"{len(reference['clipGradNorm'])} clip cases, {len(reference['batchNorm1d'])} batch-norm runs")


if __name__ == "__main__":
    main()
