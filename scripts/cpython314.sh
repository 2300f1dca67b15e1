#!/usr/bin/env bash
# Runs a Python script under CPython 3.14 (pyodide's WebAssembly build, run by node), for generators
# that need CPython 3.14's own answers where the installed reference CPython is 3.13 — today the
# Unicode 16.0 database behind unicodedata and the str predicates and case mappings.
#
# Usage: scripts/cpython314.sh SCRIPT.py [ARGS...]
# The package is the pinned pyodide of fetch-stdlib.sh, packed with npm once into .stdlib/pyodide-<version>.
# Slow (WebAssembly, about half the speed of native CPython) but exact: it is CPython 3.14 itself.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PYODIDE="$(sed -n 's/^PYODIDE="\(.*\)"$/\1/p' "$here/fetch-stdlib.sh")"
dir="$here/../.stdlib/pyodide-$PYODIDE"
if [ ! -f "$dir/pyodide.asm.wasm" ]; then
    command -v npm >/dev/null 2>&1 || { echo "cpython314: npm is not installed" >&2; exit 1; }
    tmp="$(mktemp -d)"
    trap 'rm -rf "$tmp"' EXIT
    (cd "$tmp" && npm pack "pyodide@$PYODIDE" --silent >/dev/null) || { echo "cpython314: npm pack pyodide@$PYODIDE failed" >&2; exit 1; }
    tar -xzf "$tmp/pyodide-$PYODIDE.tgz" -C "$tmp"
    mkdir -p "$(dirname "$dir")"
    rm -rf "$dir"
    mv "$tmp/package" "$dir"
fi
exec node "$here/cpython314.mjs" "$(cd "$dir" && pwd)" "$@"
