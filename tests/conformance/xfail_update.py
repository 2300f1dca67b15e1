#!/usr/bin/env python3
"""Rewrites tests/conformance/xfail.txt from a test run's TRX file.

    dotnet test tests/Kaa.Tests --filter "FullyQualifiedName~Conformance" --logger "trx;LogFileName=conf.trx" --results-directory /tmp/r
    python3 tests/conformance/xfail_update.py /tmp/r/conf.trx

Every conformance program that failed is listed with a reason taken from its failure: the missing
module or the uncaught exception when the run ended with one, else where the output first differs.
Programs listed before keep their hand-written reason when they still fail; programs that now pass
are dropped.
"""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
XFAIL = HERE / "xfail.txt"


def reason_for(message: str) -> str:
    lines = message.splitlines()
    for line in reversed(lines):
        s = line.strip()
        if re.match(r"^[A-Za-z_][\w.]*(Error|Exception|Exit|Interrupt)\b(: .*)?$", s) and "Traceback" not in s:
            return s[:150]
    m = re.search(r"first difference at line (\d+)", message)
    if m:
        return f"output differs from CPython from line {m.group(1)}"
    first = lines[0] if lines else "fails"
    return first.split(": ", 1)[-1][:150]


def main(trx_path: str) -> None:
    root = ET.parse(trx_path).getroot()
    ns = root.tag.split("}")[0] + "}"
    old = {}
    header = []
    if XFAIL.exists():
        for raw in XFAIL.read_text().splitlines():
            if raw.startswith("#") or not raw.strip():
                if not old:
                    header.append(raw)
                continue
            prog, _, why = raw.partition("#")
            old[prog.strip()] = why.strip()
    failing = {}
    for r in root.iter(ns + "UnitTestResult"):
        name = r.get("testName", "")
        m = re.search(r'Program\(program: "([^"]+)"\)', name)
        if not m:
            continue
        prog = m.group(1)
        msg_el = r.find(f".//{ns}Message")
        msg = msg_el.text if msg_el is not None and msg_el.text else ""
        out_el = r.find(f".//{ns}StdOut")
        stdout = out_el.text if out_el is not None and out_el.text else ""
        if r.get("outcome") != "Passed":
            failing[prog] = reason_for(msg)
        elif prog in old and "unexpectedly passed" not in stdout:
            # Passed because it is listed and still failed: keep it.
            failing[prog] = old[prog]
    out = header or ["# Expected failures of the conformance programs on Kaa (see xfail_update.py)."]
    for prog in sorted(failing):
        out.append(f"{prog}  # {old.get(prog) or failing[prog]}")
    XFAIL.write_text("\n".join(out) + "\n")
    print(f"{len(failing)} programs listed in {XFAIL}")


if __name__ == "__main__":
    main(sys.argv[1])
