"""Regenerates the expected output (.out) of tests/Kaa.Tests/Stdlib/cases/*.py with CPython.

Run with CPython 3.13 or later: python3 gen.py. The output format is what PyRunner produces: the
program's stdout, then "!! Type: message" when an exception escapes.
"""
import glob, io, os, sys, contextlib

here = os.path.dirname(os.path.abspath(__file__))
for path in sorted(glob.glob(os.path.join(here, "cases", "*.py"))):
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        try:
            src = open(path, encoding="utf-8").read()
            exec(compile(src, "<case>", "exec"), {"__name__": "__main__"})
        except Exception as e:
            print(f"!! {type(e).__name__}: {e}")
    with open(path[:-3] + ".out", "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())
    print("wrote", os.path.basename(path)[:-3] + ".out")
