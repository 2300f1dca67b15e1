"""Regenerates the expected output (.out) of tests/Kaa.Tests/Stdlib/cases/*.py with CPython.

The output format is what PyRunner produces: the program's stdout, then "!! Type: message" when an
exception escapes. The reference is CPython 3.13 (python3.13 gen.py), except for the cases whose first
line is exactly "# reference: CPython 3.14": those are written only when this runs on CPython 3.14
(from the repository root: scripts/cpython314.sh tests/Kaa.Tests/Stdlib/gen.py), the others only on 3.13,
so that the 32-bit WebAssembly build behind scripts/cpython314.sh never writes a case that prints sizes.
"""
import glob, io, os, sys, contextlib

here = os.path.dirname(os.path.abspath(__file__))
on_314 = sys.version_info[:2] >= (3, 14)
for path in sorted(glob.glob(os.path.join(here, "cases", "*.py"))):
    with open(path, encoding="utf-8") as f:
        wants_314 = f.readline().rstrip() == "# reference: CPython 3.14"
    if wants_314 != on_314:
        continue
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
