#!/usr/bin/env bash
# Regenerates the expected outputs of the parser tests with CPython 3.13:
#   corpus/<name>.py     -> corpus/<name>.ast   (one ast.dump(stmt, include_attributes=True) per top-level statement)
#   bad_snippets.txt     -> bad_snippets.expected   (exception type, msg, lineno, offset, end_lineno, end_offset)
#   interactive.txt      -> interactive.expected    (codeop verdict: complete / incomplete / error)
# The corpus must stay ASCII-only: CPython's col_offset counts UTF-8 bytes, Kaa's counts UTF-16 units.
set -euo pipefail
cd "$(dirname "$0")"
PY="${KAA_CPYTHON:-$(pyenv root)/versions/3.13.0/bin/python3}"
"$PY" - <<'PYEOF'
import ast, codeop, glob, os, sys, warnings
warnings.simplefilter("ignore")

def cases(path):
    """`--- name` header lines split a file into snippets; each snippet is its lines joined with '\n'."""
    out, name, lines = [], None, []
    with open(path, encoding="ascii", newline="") as f:
        for line in f.read().split("\n"):
            if line.startswith("--- "):
                if name is not None:
                    out.append((name, "\n".join(lines)))
                name, lines = line[4:].strip(), []
            else:
                lines.append(line)
    if name is not None:
        out.append((name, "\n".join(lines)))
    return out

def unescape(src):
    # Snippets may spell characters that are awkward in a text file: \\t tab, \\f form feed, \\r CR, and
    # a trailing \\z means "no newline at the end".
    src = src.replace("\\t", "\t").replace("\\f", "\f").replace("\\r", "\r")
    if src.endswith("\\z\n") or src.endswith("\\z"):
        src = src[: src.rindex("\\z")]
    else:
        src = src + "\n"
    return src

for path in sorted(glob.glob("corpus/*.py")):
    with open(path, encoding="ascii", newline="") as f:
        src = f.read()
    tree = ast.parse(src, path)
    with open(path[:-3] + ".ast", "w", encoding="utf-8", newline="\n") as f:
        for stmt in tree.body:
            f.write(ast.dump(stmt, include_attributes=True) + "\n")

with open("bad_snippets.expected", "w", encoding="utf-8", newline="\n") as f:
    for name, src in cases("bad_snippets.txt"):
        src = unescape(src)
        try:
            compile(src, "<bad>", "exec", flags=ast.PyCF_ONLY_AST)
            f.write(f"{name}\tOK\n")
        except SyntaxError as e:
            f.write(f"{name}\t{type(e).__name__}\t{e.msg}\t{e.lineno}\t{e.offset}\t{e.end_lineno}\t{e.end_offset}\n")

with open("interactive.expected", "w", encoding="utf-8", newline="\n") as f:
    for name, src in cases("interactive.txt"):
        src = unescape(src)
        try:
            r = codeop.compile_command(src, "<input>", "single")
            verdict = "incomplete" if r is None else "complete"
        except (SyntaxError, ValueError, OverflowError):
            verdict = "error"
        f.write(f"{name}\t{verdict}\n")
PYEOF
