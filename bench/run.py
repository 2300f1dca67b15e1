#!/usr/bin/env python3
"""Run the benchmark programs on Kaa and on CPython 3.13 and compare.

Usage (run it with any Python 3.9+; CPython 3.13 is the usual choice):

    python3 bench/run.py [--kaa CMD] [--cpython PATH] [--runs N] [--no-build]
                         [--timeout S] [--write-docs] [names...]

names select benchmarks by name (bm_fib or fib); default: every bench/bm_*.py.
Each program runs --runs times (default 3) on each implementation with cwd = bench/ and
PYTHONHASHSEED=0; the best wall time counts. The outputs of Kaa and CPython must be
identical (else MISMATCH); a nonzero exit or timeout of Kaa is FAIL. The table shows the
seconds for each, the Kaa/CPython ratio (lower is better for Kaa) and the geometric mean
of the ratios of the programs that ran correctly.

--kaa CMD      the command that runs Kaa (split on whitespace; the program path is
               appended). Default: the native executable artifacts/kaa/kaa, published
               first with `dotnet publish src/Kaa.Cli -c Release -o artifacts/kaa` unless
               --no-build (bench/kaa_build.py; falls back to the JIT build's kaa.dll).
--cpython PATH the reference interpreter; default $KAA_CPYTHON, then
               $(pyenv root)/versions/3.13.0/bin/python3. If absent, only Kaa is timed.
--write-docs   replace the table between <!-- bench:core:start --> and
               <!-- bench:core:end --> in docs/performance.md (created if absent).
"""
from __future__ import annotations

import argparse
import math
import os
import platform
import shlex
import subprocess
import sys
import time
from pathlib import Path

import kaa_build

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
START, END = "<!-- bench:core:start -->", "<!-- bench:core:end -->"


def find_cpython(explicit: str | None) -> str | None:
    if explicit:
        return explicit if os.path.exists(explicit) else None
    env = os.environ.get("KAA_CPYTHON")
    if env:
        return env if os.path.exists(env) else None
    try:
        root = subprocess.run(["pyenv", "root"], capture_output=True, text=True, timeout=10).stdout.strip()
        cand = os.path.join(root, "versions", "3.13.0", "bin", "python3")
        if root and os.path.exists(cand):
            return cand
    except (OSError, subprocess.SubprocessError):
        pass
    cand = os.path.expanduser("~/.pyenv/versions/3.13.0/bin/python3")
    return cand if os.path.exists(cand) else None


def select(names: list[str]) -> list[Path]:
    progs = sorted(BENCH.glob("bm_*.py"))
    if not names:
        return progs
    out = []
    for n in names:
        stem = n[:-3] if n.endswith(".py") else n
        stem = stem if stem.startswith("bm_") else "bm_" + stem
        p = BENCH / (stem + ".py")
        if not p.exists():
            sys.exit(f"run.py: no benchmark named {n!r} (have: {', '.join(q.stem for q in progs)})")
        out.append(p)
    return out


class Result:
    def __init__(self) -> None:
        self.best: float | None = None
        self.stdout = b""
        self.error: str | None = None


def run_one(cmd: list[str], prog: Path, runs: int, timeout: float) -> Result:
    res = Result()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    for _ in range(runs):
        t0 = time.perf_counter()
        try:
            p = subprocess.run(cmd + [prog.name], cwd=BENCH, env=env, capture_output=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            res.error = f"timeout after {timeout:.0f} s"
            return res
        except OSError as e:
            res.error = f"cannot run: {e}"
            return res
        dt = time.perf_counter() - t0
        if p.returncode != 0:
            tail = p.stderr.decode("utf-8", "replace").strip().splitlines()[-3:]
            res.error = f"exit code {p.returncode}: " + " | ".join(tail)
            return res
        if res.stdout and p.stdout != res.stdout:
            res.error = "output differs between runs"
            return res
        res.stdout = p.stdout
        res.best = dt if res.best is None else min(res.best, dt)
    return res


def fmt(x: float | None) -> str:
    return "-" if x is None else f"{x:.2f}"


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description="Compare Kaa with CPython on bench/bm_*.py")
    ap.add_argument("--kaa", default=None, help=f"command that runs Kaa (default: {kaa_build.DESCRIPTION})")
    ap.add_argument("--cpython", default=None, help="reference CPython (default: $KAA_CPYTHON or pyenv 3.13.0)")
    ap.add_argument("--runs", type=int, default=3, help="runs per program and implementation; best counts")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds allowed per run")
    ap.add_argument("--no-build", action="store_true", help="do not build Kaa first")
    ap.add_argument("--write-docs", action="store_true", help="update docs/performance.md")
    ap.add_argument("names", nargs="*", help="benchmarks to run (default: all)")
    args = ap.parse_args(argv)

    progs = select(args.names)
    kaa_cmd = shlex.split(args.kaa) if args.kaa else kaa_build.default_kaa(build=not args.no_build)
    # Programs run with cwd = bench/, so make relative paths in the command absolute: the default
    # command's against the repository root, a user-given one's against the current folder.
    base = ROOT if args.kaa is None else Path.cwd()
    kaa_cmd = [str(base / c) if not os.path.isabs(c) and os.sep in c else c for c in kaa_cmd]
    cpython = find_cpython(args.cpython)
    if cpython is None:
        print("run.py: reference CPython not found; timing Kaa only", file=sys.stderr)

    rows = []
    ratios = []
    failures = 0
    for prog in progs:
        name = prog.stem[3:]
        print(f"  {name} ...", end="", flush=True, file=sys.stderr)
        cp = run_one([cpython], prog, args.runs, args.timeout) if cpython else None
        kr = run_one(kaa_cmd, prog, args.runs, args.timeout)
        ratio = None
        if kr.error:
            status = "FAIL"
            failures += 1
        elif cp is None:
            status = "ok (no CPython)"
        elif cp.error:
            status = "CPython error"
        elif cp.stdout != kr.stdout:
            status = "MISMATCH"
            failures += 1
        else:
            status = "ok"
            ratio = kr.best / cp.best if cp.best else None
            if ratio:
                ratios.append(ratio)
        rows.append((name, cp.best if cp else None, kr.best, ratio, status, kr.error or (cp.error if cp else None)))
        print(f" {status}", file=sys.stderr)

    geo = math.exp(sum(math.log(r) for r in ratios) / len(ratios)) if ratios else None
    header = ("benchmark", "CPython 3.13 (s)", "Kaa (s)", "Kaa/CPython", "status")
    table = [header] + [(n, fmt(c), fmt(k), "-" if r is None else f"{r:.2f}", s) for n, c, k, r, s, _ in rows]
    table.append(("geometric mean", "", "", "-" if geo is None else f"{geo:.2f}", f"{len(ratios)} of {len(rows)} ok"))
    widths = [max(len(r[i]) for r in table) for i in range(len(header))]
    for i, r in enumerate(table):
        print("  ".join(c.ljust(w) if j == 0 or j == 4 else c.rjust(w) for j, (c, w) in enumerate(zip(r, widths))))
        if i == 0 or i == len(table) - 2:
            print("  ".join("-" * w for w in widths))
    for n, _, _, _, s, err in rows:
        if err:
            print(f"{n}: {s}: {err}")

    if args.write_docs:
        write_docs(table, argv, cpython, args.runs, kaa_cmd)
    return 1 if failures else 0


def write_docs(table: list[tuple], argv: list[str], cpython: str | None, runs: int, kaa_cmd: list[str]) -> None:
    doc = ROOT / "docs" / "performance.md"
    cmdline = "python3 bench/run.py " + " ".join(shlex.quote(a) for a in argv)
    md = [f"| {' | '.join(table[0])} |", "|" + "|".join(["---"] + ["---:"] * 3 + ["---"]) + "|"]
    for r in table[1:]:
        md.append(f"| {' | '.join(r)} |")
    block = "\n".join([
        START,
        "",
        f"Measured with `{cmdline.strip()}` (best of {runs} runs, wall time) on "
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs; reference "
        f"{'CPython 3.13' if cpython else 'none'}; Kaa {kaa_build.describe(kaa_cmd)}. Lower Kaa/CPython is better.",
        "",
        *md,
        "",
        END,
    ])
    if doc.exists():
        text = doc.read_text(encoding="utf-8")
        if START in text and END in text:
            before = text[: text.index(START)]
            after = text[text.index(END) + len(END):]
            text = before + block + after
        else:
            text = text.rstrip("\n") + "\n\n## Core benchmarks\n\n" + block + "\n"
    else:
        doc.parent.mkdir(parents=True, exist_ok=True)
        text = (
            "# Performance\n\n"
            "Kaa is compared with CPython 3.13 on the CPU-bound programs in `bench/` (core language and\n"
            "builtins only). Each program prints a checksum; both interpreters must print the same output.\n"
            "See `bench/README.md` for how to run them. The table below is rewritten by\n\n"
            f"    {cmdline.strip()}\n\n"
            "## Core benchmarks\n\n" + block + "\n"
        )
    doc.write_text(text, encoding="utf-8")
    print(f"updated {doc.relative_to(ROOT)}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
