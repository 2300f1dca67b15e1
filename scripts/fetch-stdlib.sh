#!/usr/bin/env bash
# Fetches CPython 3.14's pure-Python standard library (Lib/) for Kaa (DESIGN §7).
#
# The npm package `pyodide` ships it as python_stdlib.zip; this script packs the pinned version with
# the ordinary npm client, takes that one file out and unzips it into .stdlib/lib/python3.14 at the
# repository root (ignored by git, never committed). It does nothing when that folder already holds
# the pinned version. Safe to run from parallel builds: one run at a time holds a lock, and the
# folder appears by an atomic rename of a finished temporary folder.
#
# pyodide leaves out `_pydecimal.py` (it ships `_decimal` compiled). The npm package `brython` carries
# the same CPython 3.14 module in its virtual file system (brython_stdlib.js, sources with docstrings
# and comments stripped, code unchanged); the script takes that one module from it with node (which
# npm itself needs), so `decimal` imports without a C# `_decimal`.
#
# Usage: scripts/fetch-stdlib.sh [destination-root]   (default: <repo>/.stdlib)
# Exit status 0 when the library is in place, non-zero when it could not be fetched (offline...).
set -euo pipefail

PYODIDE="314.0.7"
BRYTHON="3.14.3"
VERSION="$PYODIDE+brython-$BRYTHON"
PYVER="3.14"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="${1:-$here/../.stdlib}"
mkdir -p "$root"
root="$(cd "$root" && pwd)"
lib="$root/lib/python$PYVER"
stamp="$lib/.kaa-stdlib-version"

have() { [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$VERSION" ]; }
have && exit 0

# After a failed fetch, don't make every build wait on the network again for a while.
failed="$root/.fetch-failed"
if [ -f "$failed" ] && [ -z "${KAA_STDLIB_FORCE:-}" ] && [ -n "$(find "$failed" -mmin -30 2>/dev/null)" ]; then
    echo "kaa: standard library not fetched (a fetch failed less than 30 minutes ago; set KAA_STDLIB_FORCE=1 to retry)" >&2
    exit 1
fi

if command -v flock >/dev/null 2>&1; then
    exec 9>"$root/.lock"
    flock 9
    have && exit 0
fi

tmp="$(mktemp -d "$root/.tmp.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

fail() { echo "kaa: could not fetch the standard library: $*" >&2; touch "$failed"; exit 1; }

command -v npm >/dev/null 2>&1 || fail "npm is not installed"
(cd "$tmp" && npm pack "pyodide@$PYODIDE" --silent --fetch-retries=1 >/dev/null 2>"$tmp/npm.err") \
    || fail "npm pack pyodide@$PYODIDE failed: $(tail -n 3 "$tmp/npm.err" 2>/dev/null)"
tar -xzf "$tmp/pyodide-$PYODIDE.tgz" -C "$tmp" package/python_stdlib.zip \
    || fail "python_stdlib.zip not found in pyodide-$PYODIDE.tgz"

mkdir -p "$tmp/out"
if command -v unzip >/dev/null 2>&1; then
    unzip -q "$tmp/package/python_stdlib.zip" -d "$tmp/out" || fail "unzip failed"
elif command -v python3 >/dev/null 2>&1; then
    python3 -m zipfile -e "$tmp/package/python_stdlib.zip" "$tmp/out" || fail "unzip failed"
else
    (cd "$tmp/out" && tar -xf "$tmp/package/python_stdlib.zip") || fail "no unzip tool (unzip, python3 or bsdtar) found"
fi
[ -f "$tmp/out/os.py" ] || fail "python_stdlib.zip has no os.py"

(cd "$tmp" && npm pack "brython@$BRYTHON" --silent --fetch-retries=1 >/dev/null 2>"$tmp/npm.err") \
    || fail "npm pack brython@$BRYTHON failed: $(tail -n 3 "$tmp/npm.err" 2>/dev/null)"
tar -xzf "$tmp/brython-$BRYTHON.tgz" -C "$tmp" package/brython_stdlib.js \
    || fail "brython_stdlib.js not found in brython-$BRYTHON.tgz"
# brython_stdlib.js hands a {name: [extension, source, ...]} table to __BRYTHON__.update_VFS.
node -e '
const fs = require("fs"), vm = require("vm");
let table = null;
const sandbox = { __BRYTHON__: { update_VFS(t) { table = t; } } };
vm.runInNewContext(fs.readFileSync(process.argv[1], "utf8"), sandbox);
const entry = table && table["_pydecimal"];
if (!entry || entry[0] !== ".py") { console.error("no _pydecimal.py in brython_stdlib.js"); process.exit(1); }
fs.writeFileSync(process.argv[2], entry[1]);
' "$tmp/package/brython_stdlib.js" "$tmp/out/_pydecimal.py" || fail "could not take _pydecimal.py out of brython $BRYTHON"
printf '%s\n' "$VERSION" > "$tmp/out/.kaa-stdlib-version"

mkdir -p "$root/lib"
if [ -e "$lib" ]; then
    mv "$lib" "$tmp/old"
fi
mv "$tmp/out" "$lib"
rm -f "$failed"
echo "kaa: standard library (pyodide $PYODIDE, _pydecimal from brython $BRYTHON, Python $PYVER) in $lib"
