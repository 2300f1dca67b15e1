using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// The _imp module (Python/import.c) that importlib._bootstrap and _bootstrap_external use when
/// `import importlib` runs them on Kaa: built-in module creation through the module table, the
/// import lock, source_hash (SipHash-1-3 as CPython's _Py_KeyedHash) and the pyc magic number.
/// Kaa has no frozen modules and no C extension modules, so those queries answer "none".
/// </summary>
public static class ImpModule
{
    /// <summary>The import lock of one interpreter (_PyImport_AcquireLock): reentrant, owned by one thread.</summary>
    public sealed class State
    {
        internal readonly object Sync = new();
        internal ThreadState? Owner;
        internal int Count;
    }

    public static readonly BuiltinModuleDef Definition = new() { Name = "_imp", Exec = Exec };

    /// <summary>CPython 3.14's PYC_MAGIC_NUMBER (3627) with b'\r\n' appended, as a little-endian uint32.</summary>
    public const int PycMagicNumberToken = 3627 | ('\r' << 16) | ('\n' << 24);

    private static State StateOf(InterpreterState interp)
    {
        var states = interp.ModuleStates;
        lock (states)
        {
            if (!states.TryGetValue(Definition, out var s)) states[Definition] = s = new State();
            return (State)s;
        }
    }

    private static void Exec(ThreadState ts, PyModule m)
    {
        m.Set("__doc__", PyStr.From("(Extremely) low-level import machinery bits as used by importlib."));
        void Fn(string name, BuiltinFunc f) => m.Set(name, new PyBuiltinFunction(name, f, m));
        m.Set("pyc_magic_number_token", PyInt.From(PycMagicNumberToken));
        m.Set("check_hash_based_pycs", PyStr.From("default"));

        Fn("is_builtin", (ts2, _, a, kw) =>
        {
            Args.Exact("is_builtin", a, kw, 1);
            string name = Name("is_builtin", a[0]);
            // -1: a built-in that cannot be re-initialized (CPython says so for sys and builtins).
            if (name is "sys" or "builtins") return PyInt.From(-1);
            return PyInt.From(ModuleRegistry.Find(name) != null ? 1 : 0);
        });
        Fn("create_builtin", (ts2, _, a, kw) =>
        {
            Args.Exact("create_builtin", a, kw, 1);
            var nameObj = Ops.GetAttr(ts2, a[0], PyStr.From("name"));
            string name = nameObj is PyStr s ? s.Value : throw PyErr.TypeError($"name must be string, not {nameObj.ObType.Name}");
            if (ts2.Interp.Modules.TryGetStr(PyStr.From(name), out var existing) && existing is PyModule && name is "sys" or "builtins")
                return existing!;
            var def = ModuleRegistry.Find(name) ?? throw PyErr.ImportError($"no built-in module named {name}");
            return ModuleRegistry.Create(ts2, def);
        });
        Fn("exec_builtin", (ts2, _, a, kw) => { Args.Exact("exec_builtin", a, kw, 1); return PyInt.Zero; });
        Fn("is_frozen", (ts2, _, a, kw) => { Args.Exact("is_frozen", a, kw, 1); Name("is_frozen", a[0]); return PyBool.False; });
        Fn("is_frozen_package", (ts2, _, a, kw) =>
        {
            Args.Exact("is_frozen_package", a, kw, 1);
            throw PyErr.ImportError($"No such frozen object named {Ops.ReprString(ts2, a[0])}");
        });
        Fn("find_frozen", (ts2, _, a, kw) =>
        {
            var p = Args.Parse("find_frozen", a, kw, ["name", "withdata"], 1, posOnly: 1, kwOnlyFrom: 1);
            Name("find_frozen", p[0]!);
            return PyNone.Value;
        });
        Fn("get_frozen_object", (ts2, _, a, kw) =>
        {
            Args.Range("get_frozen_object", a, kw, 1, 2);
            throw PyErr.ImportError($"No such frozen object named {Ops.ReprString(ts2, a[0])}");
        });
        Fn("init_frozen", (ts2, _, a, kw) => { Args.Exact("init_frozen", a, kw, 1); return PyNone.Value; });
        Fn("_frozen_module_names", (ts2, _, a, kw) => { Args.Exact("_frozen_module_names", a, kw, 0); return PyTuple.Empty; });
        Fn("extension_suffixes", (ts2, _, a, kw) => { Args.Exact("extension_suffixes", a, kw, 0); return new PyList(); });
        Fn("create_dynamic", (ts2, _, a, kw) =>
        {
            Args.Range("create_dynamic", a, kw, 1, 2);
            throw PyErr.ImportError("Kaa cannot load C extension modules");
        });
        Fn("exec_dynamic", (ts2, _, a, kw) => { Args.Exact("exec_dynamic", a, kw, 1); return PyInt.Zero; });
        Fn("_fix_co_filename", (ts2, _, a, kw) => { Args.Exact("_fix_co_filename", a, kw, 2); return PyNone.Value; });
        Fn("_override_frozen_modules_for_tests", (ts2, _, a, kw) => { Args.Exact("_override_frozen_modules_for_tests", a, kw, 1); return PyNone.Value; });
        Fn("_override_multi_interp_extensions_check", (ts2, _, a, kw) =>
        {
            Args.Exact("_override_multi_interp_extensions_check", a, kw, 1);
            return PyInt.From(-1);
        });
        Fn("source_hash", (ts2, _, a, kw) =>
        {
            var p = Args.Parse("source_hash", a, kw, ["key", "source"], 2);
            long key = Ops.IndexAsLong(ts2, p[0]!);
            ulong h = SipHash13((ulong)key, 0, BytesMethods.Buffer(p[1]!));
            var bytes = new byte[8];
            System.Buffers.Binary.BinaryPrimitives.WriteUInt64LittleEndian(bytes, h);
            return new PyBytes(bytes);
        });
        Fn("acquire_lock", (ts2, _, a, kw) =>
        {
            Args.Exact("acquire_lock", a, kw, 0);
            var st = StateOf(ts2.Interp);
            while (true)
            {
                lock (st.Sync)
                {
                    if (st.Owner == null || ReferenceEquals(st.Owner, ts2)) { st.Owner = ts2; st.Count++; return PyNone.Value; }
                }
                // Another thread of this interpreter holds it: let it run (it needs the GIL to release).
                ts2.WithoutGil(() => Thread.Sleep(1));
            }
        });
        Fn("release_lock", (ts2, _, a, kw) =>
        {
            Args.Exact("release_lock", a, kw, 0);
            var st = StateOf(ts2.Interp);
            lock (st.Sync)
            {
                if (!ReferenceEquals(st.Owner, ts2)) throw PyErr.RuntimeError("not holding the import lock");
                if (--st.Count == 0) st.Owner = null;
            }
            return PyNone.Value;
        });
        Fn("lock_held", (ts2, _, a, kw) =>
        {
            Args.Exact("lock_held", a, kw, 0);
            var st = StateOf(ts2.Interp);
            lock (st.Sync) return PyBool.From(st.Owner != null);
        });
    }

    private static string Name(string fname, PyObject o)
        => o is PyStr s ? s.Value : throw PyErr.TypeError($"{fname}() argument must be str, not {o.ObType.Name}");

    /// <summary>SipHash-1-3 (Python/pyhash.c siphash13), the keyed hash of hash-based .pyc files.</summary>
    public static ulong SipHash13(ulong k0, ulong k1, ReadOnlySpan<byte> src)
    {
        ulong b = (ulong)src.Length << 56;
        ulong v0 = k0 ^ 0x736f6d6570736575UL;
        ulong v1 = k1 ^ 0x646f72616e646f6dUL;
        ulong v2 = k0 ^ 0x6c7967656e657261UL;
        ulong v3 = k1 ^ 0x7465646279746573UL;
        while (src.Length >= 8)
        {
            ulong mi = System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(src);
            src = src[8..];
            v3 ^= mi;
            Round(ref v0, ref v1, ref v2, ref v3);
            v0 ^= mi;
        }
        ulong t = 0;
        for (int i = src.Length - 1; i >= 0; i--) t = (t << 8) | src[i];
        b |= t;
        v3 ^= b;
        Round(ref v0, ref v1, ref v2, ref v3);
        v0 ^= b;
        v2 ^= 0xff;
        Round(ref v0, ref v1, ref v2, ref v3);
        Round(ref v0, ref v1, ref v2, ref v3);
        Round(ref v0, ref v1, ref v2, ref v3);
        return (v0 ^ v1) ^ (v2 ^ v3);
    }

    private static void Round(ref ulong v0, ref ulong v1, ref ulong v2, ref ulong v3)
    {
        Half(ref v0, ref v1, ref v2, ref v3, 13, 16);
        Half(ref v2, ref v1, ref v0, ref v3, 17, 21);
    }

    private static void Half(ref ulong a, ref ulong b, ref ulong c, ref ulong d, int s, int t)
    {
        a += b; c += d;
        b = ulong.RotateLeft(b, s) ^ a;
        d = ulong.RotateLeft(d, t) ^ c;
        a = ulong.RotateLeft(a, 32);
    }
}
