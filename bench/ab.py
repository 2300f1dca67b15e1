#!/usr/bin/env python3
"""Compare two Kaa builds on the benchmark programs, alternating their runs (A/B in one sitting).

    python3 bench/ab.py --a /tmp/kaa-base/kaa --b artifacts/kaa/kaa [--rounds 5] [names...]

Why: this machine's speed drifts by 5-10% within minutes, so two builds timed minutes apart (or a
build against a recorded table) cannot show a change of a few percent. Each round runs every
program once on A, then once on B; the table shows each side's min and median wall time and the
ratio of the minimums (B/A, lower is better for B). Build A from an older commit in a git worktree,
e.g. `git worktree add /tmp/base <commit> && (cd /tmp/base && dotnet publish src/Kaa.Cli -c Release
-o /tmp/kaa-base)`. names select programs (bm_fib or fib); default: every bench/bm_*.py.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent


def run_once(exe: str, program: Path, env: dict[str, str]) -> tuple[float, bytes]:
    start = time.perf_counter()
    proc = subprocess.run([exe, program.name], cwd=BENCH, env=env, capture_output=True, timeout=600)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"{exe} {program.name} failed (exit {proc.returncode}):\n{proc.stderr.decode(errors='replace')[-2000:]}")
    return elapsed, proc.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--a", required=True, help="the baseline kaa executable")
    parser.add_argument("--b", required=True, help="the kaa executable under test")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("names", nargs="*")
    args = parser.parse_args()
    programs = sorted(BENCH.glob("bm_*.py"))
    if args.names:
        wanted = {n if n.startswith("bm_") else "bm_" + n for n in args.names}
        programs = [p for p in programs if p.stem in wanted]
    env = dict(os.environ, PYTHONHASHSEED="0")
    print(f"{'benchmark':16} {'A min / median':>17} {'B min / median':>17} {'B/A':>6}")
    for program in programs:
        times_a: list[float] = []
        times_b: list[float] = []
        for _ in range(args.rounds):
            ta, out_a = run_once(args.a, program, env)
            tb, out_b = run_once(args.b, program, env)
            if out_a != out_b:
                sys.exit(f"{program.name}: the two builds print different results")
            times_a.append(ta)
            times_b.append(tb)
        print(f"{program.stem[3:]:16} {min(times_a):7.3f} / {statistics.median(times_a):7.3f} "
              f"{min(times_b):7.3f} / {statistics.median(times_b):7.3f} {min(times_b) / min(times_a):6.3f}", flush=True)


if __name__ == "__main__":
    main()
