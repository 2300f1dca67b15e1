// Runs a Python file under CPython 3.14 compiled to WebAssembly (the npm package `pyodide`), as
// `python3 SCRIPT ARGS...` would: for generators and conformance programs that need CPython 3.14's own
// answers on machines whose installed CPython is older. scripts/cpython314.sh fetches the package.
//
//   node cpython314.mjs PYODIDE_DIR SCRIPT [ARGS...]
//
// The top-level host folders holding the working directory and the script (say /work), and /tmp, are
// mounted at their own paths, so the script reads and writes host files, relative paths included.
// stdin (when it is not a terminal) is read whole and handed to Python; the environment variables are
// passed on (PYTHONHASHSEED included). The script runs as __main__; an uncaught exception is printed by
// sys.excepthook without this runner's frames and gives exit status 1, SystemExit its own status.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const [pyodideDir, script, ...args] = process.argv.slice(2);
const { loadPyodide } = await import(pathToFileURL(path.join(pyodideDir, "pyodide.mjs")).href);
const env = Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== undefined));
const py = await loadPyodide({ indexURL: pyodideDir + "/", env });
const write = (stream) => ({ write: (buf) => { stream.write(buf); return buf.length; } });
py.setStdout(write(process.stdout));
py.setStderr(write(process.stderr));
const input = process.stdin.isTTY ? Buffer.alloc(0) : fs.readFileSync(0);
let inputPos = 0;
py.setStdin({
    read(buf) {
        const n = Math.min(buf.length, input.length - inputPos);
        input.copy(buf, 0, inputPos, inputPos + n);
        inputPos += n;
        return n;
    },
});

const topLevel = (p) => "/" + p.split("/")[1];
const mounted = [];
for (const dir of [topLevel(process.cwd()), topLevel(path.resolve(script)), "/tmp"]) {
    // pyodide's own standard library lives in /lib of its in-memory file system.
    if (mounted.includes(dir) || ["/", "/lib", "/dev", "/proc"].includes(dir)) continue;
    py.FS.mkdirTree(dir);
    py.FS.mount(py.FS.filesystems.NODEFS, { root: dir }, dir);
    mounted.push(dir);
}
py.globals.set("_kaa_argv", py.toPy([script, ...args]));
py.globals.set("_kaa_cwd", process.cwd());
const status = py.runPython(`
def _kaa_main(argv, cwd):
    import os, sys, types
    os.chdir(cwd)
    sys.argv = list(argv)
    path = os.path.abspath(argv[0])
    sys.path[0:0] = [os.path.dirname(path)]
    import importlib.machinery
    main = types.ModuleType("__main__")
    # What python3 SCRIPT gives __main__ (pyodide's own runner sets none of these).
    main.__file__ = path
    main.__builtins__ = __builtins__
    main.__loader__ = importlib.machinery.SourceFileLoader("__main__", path)
    main.__spec__ = None
    main.__cached__ = None
    sys.modules["__main__"] = main
    try:
        with open(path, "rb") as f:
            code = compile(f.read(), path, "exec")
        exec(code, main.__dict__)
    except SystemExit as e:
        if e.code is None:
            return 0
        if isinstance(e.code, int):
            return e.code
        print(e.code, file=sys.stderr)
        return 1
    except BaseException as e:
        tb = e.__traceback__
        # Leave out this function's frame, as python3 shows only the script's.
        sys.excepthook(type(e), e, tb.tb_next if tb is not None and tb.tb_frame.f_code is _kaa_main.__code__ else tb)
        return 1
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
    return 0
_kaa_main(_kaa_argv, _kaa_cwd)
`);
process.exitCode = status;
