"""How the benchmark runners get the `kaa` they time (shared by bench/run.py and bench/interp/run.py).

The default is the native executable that `dotnet publish src/Kaa.Cli -c Release` makes (NativeAOT,
see src/Kaa.Cli/Kaa.Cli.csproj), published into artifacts/kaa: it is what users install, and it runs
fully optimized from the first instruction. Where NativeAOT cannot build (no native toolchain), the
runners fall back to the JIT build, `dotnet build -c Release src/Kaa.Cli`, and say so.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NATIVE = ROOT / "artifacts" / "kaa" / "kaa"
JIT_DLL = ROOT / "src" / "Kaa.Cli" / "bin" / "Release" / "net10.0" / "kaa.dll"
DESCRIPTION = ("artifacts/kaa/kaa, published first with `dotnet publish src/Kaa.Cli -c Release -o artifacts/kaa` "
               "unless --no-build (falls back to `dotnet src/Kaa.Cli/bin/Release/net10.0/kaa.dll`)")


def default_kaa(build: bool) -> list[str]:
    """The command that runs the default Kaa, building it first when asked."""
    if build:
        print("building Kaa: dotnet publish src/Kaa.Cli -c Release -o artifacts/kaa", flush=True)
        p = subprocess.run(["dotnet", "publish", "src/Kaa.Cli", "-c", "Release", "-o", str(NATIVE.parent),
                            "-nologo", "-v", "q"], cwd=ROOT)
        if p.returncode == 0 and NATIVE.exists():
            return [str(NATIVE)]
        print("kaa_build: the native publish failed; timing the JIT build instead", file=sys.stderr, flush=True)
        b = subprocess.run(["dotnet", "build", "-c", "Release", "src/Kaa.Cli", "-nologo", "-v", "q"], cwd=ROOT)
        if b.returncode != 0:
            sys.exit("kaa_build: build failed")
        return ["dotnet", str(JIT_DLL)]
    if NATIVE.exists():
        return [str(NATIVE)]
    return ["dotnet", str(JIT_DLL)]


def describe(cmd: list[str]) -> str:
    """Which build a command runs, in words, for the tables in docs/performance.md."""
    if cmd and Path(cmd[-1]).resolve() == NATIVE.resolve():
        return "native executable (NativeAOT, artifacts/kaa/kaa)"
    if cmd and cmd[-1].endswith(".dll"):
        return "JIT build (" + " ".join(cmd) + ")"
    return "`" + " ".join(cmd) + "`"
