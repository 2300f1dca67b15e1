#!/usr/bin/env python3
"""Run the cross-interpreter benchmarks (interp_bench.py) on Kaa and on CPython 3.13 in one go.

Usage (any Python 3.9+):

    python3 bench/interp/run.py [--kaa CMD] [--cpython PATH] [--scale F] [--no-build] [--write-docs]

--kaa CMD      command that runs Kaa (split on whitespace, script appended); default the
               native artifacts/kaa/kaa, published first unless --no-build (bench/kaa_build.py).
--cpython PATH reference interpreter; default $KAA_CPYTHON, then $(pyenv root)/versions/3.13.0/bin/python3.
--scale F      work multiplier passed to the benchmark (default 1.0; 0.2 for a quick look).
--write-docs   replace the section between <!-- bench:interp:start --> and <!-- bench:interp:end -->
               in docs/performance.md (appended if absent).
"""
from __future__ import annotations

import argparse
import os
import platform
import shlex
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import kaa_build  # noqa: E402

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SCRIPT = HERE / "interp_bench.py"
START, END = "<!-- bench:interp:start -->", "<!-- bench:interp:end -->"

LABELS = {
    "create_destroy": "interpreter create + destroy",
    "idle_interp_memory": "memory per idle interpreter (RSS delta)",
    "exec_pass": "`exec('pass')` round trip",
    "call_noargs": "`call(f)` round trip (no args)",
    "queue_small_put_get": "queue put+get, small tuple",
    "queue_1mb_put_get": "queue put+get, 1 MB bytes (same interpreter)",
    "queue_1mb_cross_interp": "1 MB bytes put in one interpreter, got in another",
    "ping_pong_spin": "ping-pong between two interpreters (spinning get)",
    "ping_pong_blocking": "ping-pong, Kaa's blocking `_get_wait`",
    "cpu_1_interp": "CPU-bound loop, 1 interpreter",
    "cpu_2_interps": "same loop in 2 interpreters at once",
    "speedup_2_interps": "parallel speedup, 2 interpreters",
    "cpu_4_interps": "same loop in 4 interpreters at once",
    "speedup_4_interps": "parallel speedup, 4 interpreters",
}


def find_cpython(explicit):
    if explicit:
        return explicit if os.path.exists(explicit) else None
    env = os.environ.get("KAA_CPYTHON")
    if env and os.path.exists(env):
        return env
    try:
        root = subprocess.run(["pyenv", "root"], capture_output=True, text=True, timeout=10).stdout.strip()
        cand = os.path.join(root, "versions", "3.13.0", "bin", "python3")
        return cand if os.path.exists(cand) else None
    except (OSError, subprocess.SubprocessError):
        return None


def run(cmd, scale, timeout):
    t0 = time.time()
    p = subprocess.run(cmd + [str(SCRIPT), str(scale)], cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    if p.returncode != 0:
        print(p.stdout, p.stderr, file=sys.stderr)
        raise SystemExit(f"{cmd[0]} failed ({p.returncode})")
    results, header = {}, ""
    for line in p.stdout.splitlines():
        if line.startswith("#"):
            header = line[1:].strip()
            continue
        name, value, unit = line.split("\t")
        results[name] = (float(value), unit)
    return header, results, time.time() - t0


def fmt(v):
    return "—" if v is None else (f"{v:.3g}" if abs(v) < 1000 else f"{v:,.0f}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kaa", default=None)
    ap.add_argument("--cpython")
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--no-build", action="store_true")
    ap.add_argument("--timeout", type=int, default=900)
    ap.add_argument("--write-docs", action="store_true")
    args = ap.parse_args()

    kaa_cmd = shlex.split(args.kaa) if args.kaa else kaa_build.default_kaa(build=not args.no_build)
    kaa_header, kaa, _ = run(kaa_cmd, args.scale, args.timeout)
    cpy = find_cpython(args.cpython)
    cpy_header, cpython = ("", {})
    if cpy:
        cpy_header, cpython, _ = run([cpy], args.scale, args.timeout)

    rows = ["| measurement | unit | Kaa | CPython 3.13 | CPython / Kaa |", "|---|---|---:|---:|---:|"]
    for name, label in LABELS.items():
        k = kaa.get(name)
        c = cpython.get(name)
        if k is None and c is None:
            continue
        unit = (k or c)[1]
        ratio = ""
        if k and c and k[0] > 0 and unit != "x":
            ratio = f"{c[0] / k[0]:.1f}×"
        rows.append(f"| {label} | {unit} | {fmt(k and k[0])} | {fmt(c and c[0])} | {ratio} |")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    info = (f"{platform.machine()}, {os.cpu_count()} cores, load average {load:.1f} at the start; "
            f"Kaa: {kaa_header}; CPython: {cpy_header or 'not found'}; scale {args.scale}")
    table = "\n".join(rows)
    print(info)
    print(table)

    if args.write_docs:
        doc = ROOT / "docs" / "performance.md"
        cmd = "python3 bench/interp/run.py" + (f" --scale {args.scale}" if args.scale != 1.0 else "") + " --write-docs"
        caveat = ""
        if load > (os.cpu_count() or 1):
            caveat = ("\n**The machine was overloaded (load average above its core count) when these figures were "
                      "taken: treat them as rough, especially the parallel speedups and the sub-10 µs timings, and "
                      "re-run on an idle machine.**\n")
        section = (f"{START}\n## Between interpreters\n\nMeasured with `{cmd}` ({info}).\n"
                   "Lower is better except for speedups; the last column is how many times faster Kaa is. "
                   "Each figure is the best of several chunks. Kaa's memory figure is an RSS delta, a lower bound "
                   "for a garbage-collected heap (the managed heap grows by about 40 KB per idle interpreter).\n"
                   f"{caveat}\n{table}\n{END}")
        text = doc.read_text() if doc.exists() else "# Performance\n"
        if START in text and END in text:
            text = text[: text.index(START)] + section + text[text.index(END) + len(END):]
        else:
            text = text.rstrip("\n") + "\n\n" + section + "\n"
        doc.write_text(text)
        print(f"wrote {doc}")


if __name__ == "__main__":
    main()
