#!/usr/bin/env python3
"""Regenerates EvalCases.expected from EvalCases.txt with the reference CPython (3.13).

Each case in EvalCases.txt starts with a line "#### name". A case runs as a module ("exec") in a
fresh namespace; the expected text is its stdout followed, if it raised, by "!! Type: message"
(for SyntaxError: "!! SyntaxError: msg (line N)").

    $(pyenv root)/versions/3.13.0/bin/python3 tests/Kaa.Tests/Compiler/EvalCasesGen.py

A case whose first line is exactly "# reference: CPython 3.14" (behaviour that changed in 3.14) is
written only when this runs on CPython 3.14, the others only on 3.13; each run keeps the other kind's
expected text from the existing file. For those cases, from the repository root:

    scripts/cpython314.sh tests/Kaa.Tests/Compiler/EvalCasesGen.py
"""
import contextlib, io, os, sys

here = os.path.dirname(os.path.abspath(__file__))

def split_cases(text):
    cases, name, lines = [], None, []
    for line in text.splitlines(keepends=True):
        if line.startswith("#### "):
            if name is not None:
                cases.append((name, "".join(lines)))
            name, lines = line[5:].strip(), []
        else:
            lines.append(line)
    if name is not None:
        cases.append((name, "".join(lines)))
    return cases

def run(src):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        try:
            code = compile(src, "<case>", "exec")
            exec(code, {"__name__": "__main__"})
        except SyntaxError as e:
            print(f"!! {type(e).__name__}: {e.msg} (line {e.lineno})")
        except BaseException as e:
            print(f"!! {type(e).__name__}: {e}")
    return out.getvalue()

MARKER = "# reference: CPython 3.14"

def main():
    with open(os.path.join(here, "EvalCases.txt"), encoding="utf-8") as f:
        cases = split_cases(f.read())
    expected_path = os.path.join(here, "EvalCases.expected")
    old = {}
    if os.path.exists(expected_path):
        with open(expected_path, encoding="utf-8") as f:
            old = dict(split_cases(f.read()))
    on_314 = sys.version_info[:2] >= (3, 14)
    written = 0
    with open(expected_path, "w", encoding="utf-8") as f:
        for name, src in cases:
            f.write(f"#### {name}\n")
            if (src.split("\n", 1)[0].rstrip() == MARKER) == on_314 or name not in old:
                f.write(run(src))
                written += 1
            else:
                f.write(old[name])
    print(f"{len(cases)} cases, {written} run on this CPython")

main()
