#!/usr/bin/env python3
"""Regenerates EvalCases.expected from EvalCases.txt with the reference CPython (3.13).

Each case in EvalCases.txt starts with a line "#### name". A case runs as a module ("exec") in a
fresh namespace; the expected text is its stdout followed, if it raised, by "!! Type: message"
(for SyntaxError: "!! SyntaxError: msg (line N)").

    $(pyenv root)/versions/3.13.0/bin/python3 tests/Kaa.Tests/Compiler/EvalCasesGen.py
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

def main():
    with open(os.path.join(here, "EvalCases.txt"), encoding="utf-8") as f:
        cases = split_cases(f.read())
    with open(os.path.join(here, "EvalCases.expected"), "w", encoding="utf-8") as f:
        for name, src in cases:
            f.write(f"#### {name}\n")
            f.write(run(src))
    print(f"{len(cases)} cases")

main()
