#!/usr/bin/env python3
"""Regenerate the expected results of the conformance programs with CPython.

Usage (run it with the reference CPython 3.13):

    $KAA_CPYTHON tests/conformance/regen.py [--check] [paths...]

A *program* is a file tests/conformance/<topic>/<name>.py whose name does not start
with "_" (files starting with "_" and everything in deeper folders are helper modules
and packages that programs import).  For each program this writes, next to it:

    <name>.out   exact stdout (always)
    <name>.exit  the exit code, only when it is nonzero
    <name>.err   stderr, only when it is non-empty, with the absolute path of the
                 program's folder replaced by the literal "<dir>"

Each program runs as `python3 <name>.py` with cwd = its folder, stdin from <name>.in
(or empty), and PYTHONHASHSEED=0, PYTHONIOENCODING=utf-8.  Every program is run twice
and a difference between the two runs is reported as nondeterminism (exit status 1).

--check   do not write anything; compare a fresh run with the stored files and report
          the programs whose results differ (exit status 1 if any).

The interpreter is $KAA_CPYTHON, default $(pyenv root)/versions/3.13.0/bin/python3,
falling back to ~/.pyenv/versions/3.13.0/bin/python3.  When it is absent the script
says so and exits 0.

A program whose first line is exactly "# reference: CPython 3.14" is run instead by
scripts/cpython314.sh (CPython 3.14 itself, pyodide's WebAssembly build under node): for
behaviour that changed in 3.14, such as the Unicode 16.0 database.  That build is 32-bit
(hash values, sys.maxsize, id differ) and has no threads or subprocesses, so such programs
print nothing that depends on those.  Without node and npm these programs are skipped.
"""
from __future__ import annotations

import concurrent.futures
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
TIMEOUT = 60
CPYTHON314_MARKER = b"# reference: CPython 3.14"
CPYTHON314 = ROOT.parent.parent / "scripts" / "cpython314.sh"


def find_cpython() -> str | None:
    env = os.environ.get("KAA_CPYTHON")
    if env:
        return env if os.path.exists(env) else None
    candidates = []
    try:
        root = subprocess.run(["pyenv", "root"], capture_output=True, text=True, timeout=10).stdout.strip()
        if root:
            candidates.append(os.path.join(root, "versions", "3.13.0", "bin", "python3"))
    except (OSError, subprocess.SubprocessError):
        pass
    candidates.append(os.path.expanduser("~/.pyenv/versions/3.13.0/bin/python3"))
    for c in candidates:
        if os.path.exists(c):
            return c
    return None


def is_program(p: Path) -> bool:
    try:
        rel = p.resolve().relative_to(ROOT)
    except ValueError:
        return False
    return (p.suffix == ".py" and len(rel.parts) == 2 and not p.name.startswith("_")
            and p.name != "regen.py")


def all_programs() -> list[Path]:
    return sorted(p for p in ROOT.glob("*/*.py") if is_program(p))


def child_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1",
               PYTHON_COLORS="0", NO_COLOR="1")
    env.pop("FORCE_COLOR", None)
    return env


def wants_cpython314(prog: Path) -> bool:
    with open(prog, "rb") as f:
        return f.readline().rstrip() == CPYTHON314_MARKER


def have_cpython314() -> bool:
    return shutil.which("node") is not None and shutil.which("npm") is not None


def run_one(python: str, prog: Path) -> tuple[bytes, int, bytes]:
    folder = prog.parent
    stdin_file = prog.with_suffix(".in")
    data = stdin_file.read_bytes() if stdin_file.exists() else b""
    command = ["bash", str(CPYTHON314), prog.name] if wants_cpython314(prog) else [python, prog.name]
    try:
        r = subprocess.run(command, cwd=folder, input=data, capture_output=True,
                           env=child_env(), timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return b"", -999, b"TIMEOUT\n"
    err = r.stderr
    for d in {str(folder), os.path.realpath(folder)}:
        err = err.replace(d.encode(), b"<dir>")
    return r.stdout, r.returncode, err


def stored(prog: Path) -> tuple[bytes | None, int, bytes]:
    out = prog.with_suffix(".out")
    ex = prog.with_suffix(".exit")
    er = prog.with_suffix(".err")
    return (out.read_bytes() if out.exists() else None,
            int(ex.read_text().strip()) if ex.exists() else 0,
            er.read_bytes() if er.exists() else b"")


def write(prog: Path, res: tuple[bytes, int, bytes]) -> None:
    out, code, err = res
    prog.with_suffix(".out").write_bytes(out)
    ex, er = prog.with_suffix(".exit"), prog.with_suffix(".err")
    if code != 0:
        ex.write_text(f"{code}\n")
    elif ex.exists():
        ex.unlink()
    if err:
        er.write_bytes(err)
    elif er.exists():
        er.unlink()


def main(argv: list[str]) -> int:
    check = "--check" in argv
    args = [a for a in argv if a != "--check"]
    python = find_cpython()
    if python is None:
        print("regen.py: reference CPython not found (set KAA_CPYTHON); skipping")
        return 0
    ver = subprocess.run([python, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
                         capture_output=True, text=True).stdout.strip()
    if ver != "3.13":
        print(f"regen.py: warning: {python} is Python {ver}, the reference is 3.13", file=sys.stderr)
    progs: list[Path] = []
    for a in args:
        p = Path(a).resolve()
        if p.is_dir():
            progs.extend(sorted(q for q in p.rglob("*.py") if is_program(q)))
        elif is_program(p):
            progs.append(p)
        else:
            print(f"regen.py: not a conformance program: {a}", file=sys.stderr)
            return 2
    if not args:
        progs = all_programs()

    bad: list[str] = []
    if not have_cpython314():
        skipped = [p for p in progs if wants_cpython314(p)]
        if skipped:
            print(f"regen.py: node/npm not found; skipping {len(skipped)} programs whose reference is CPython 3.14",
                  file=sys.stderr)
            progs = [p for p in progs if p not in skipped]

    def work(prog: Path) -> str | None:
        rel = prog.relative_to(ROOT).as_posix()
        first = run_one(python, prog)
        if first[1] == -999:
            return f"{rel}: timeout"
        if check:
            if first != stored(prog):
                return f"{rel}: differs from stored results"
            return None
        second = run_one(python, prog)
        if first != second:
            return f"{rel}: NONDETERMINISTIC (two runs differ)"
        write(prog, first)
        return None

    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        for prog, msg in zip(progs, pool.map(work, progs)):
            if msg:
                bad.append(msg)
                print(msg, file=sys.stderr)
    verb = "checked" if check else "regenerated"
    print(f"regen.py: {verb} {len(progs)} programs, {len(bad)} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
