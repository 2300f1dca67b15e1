using System.Numerics;
using System.Runtime.InteropServices;
using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// The pwd module (Modules/pwdmodule.c) over glibc: getpwuid and getpwnam with the reentrant
/// getpw*_r calls, getpwall with setpwent/getpwent/endpwent under a runtime-wide lock (the enumeration
/// is process-global state, DESIGN §6). Strings are decoded as CPython's PyUnicode_DecodeFSDefault
/// (UTF-8 with surrogateescape).
/// </summary>
public static class PwdModule
{
    public static readonly BuiltinModuleDef Definition = new() { Name = "pwd", Exec = Exec };

    private static class T
    {
        public static readonly PyType StructPasswd = PyStructSeq.CreateType("struct_passwd", "pwd",
            ["pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell"], [],
            doc: "pwd.struct_passwd: Results from getpw*() routines.\n\nThis object may be accessed either as a tuple of\n"
                + "  (pw_name,pw_passwd,pw_uid,pw_gid,pw_gecos,pw_dir,pw_shell)\nor via the object attributes as named in the above tuple.");
    }

    private const string ModuleDoc = "This module provides access to the Unix password database.\nIt is available on all Unix versions.\n\n"
        + "Password database entries are reported as 7-tuples containing the following\nitems from the password database (see `<pwd.h>'), in order:\n"
        + "pw_name, pw_passwd, pw_uid, pw_gid, pw_gecos, pw_dir, pw_shell.\nThe uid and gid items are integers, all others are strings. An\n"
        + "exception is raised if the entry asked for cannot be found.";

    private const int ERANGE = 34;

    [DllImport("libc", EntryPoint = "getpwuid_r")]
    private static extern unsafe int GetPwUidR(uint uid, byte* pwd, byte* buf, nuint buflen, byte** result);
    [DllImport("libc", EntryPoint = "getpwnam_r")]
    private static extern unsafe int GetPwNamR(byte[] name, byte* pwd, byte* buf, nuint buflen, byte** result);
    [DllImport("libc", EntryPoint = "setpwent")] private static extern void SetPwEnt();
    [DllImport("libc", EntryPoint = "endpwent")] private static extern void EndPwEnt();
    [DllImport("libc", EntryPoint = "getpwent")] private static extern unsafe byte* GetPwEnt();

    private static void Exec(ThreadState ts, PyModule m)
    {
        if (!OperatingSystem.IsLinux() || !Environment.Is64BitProcess)
            throw PyErr.ImportError("pwd: Kaa implements the pwd module on 64-bit Linux only");
        m.Set("__doc__", PyStr.From(ModuleDoc));
        m.Set("struct_passwd", T.StructPasswd);
        m.Set("getpwuid", new PyBuiltinFunction("getpwuid", GetPwUid, m,
            "Return the password database entry for the given numeric user ID.\n\nSee `help(pwd)` for more on password database entries."));
        m.Set("getpwnam", new PyBuiltinFunction("getpwnam", GetPwNam, m,
            "Return the password database entry for the given user name.\n\nSee `help(pwd)` for more on password database entries."));
        m.Set("getpwall", new PyBuiltinFunction("getpwall", GetPwAll, m,
            "Return a list of all available password database entries, in arbitrary order.\n\nSee help(pwd) for more on password database entries."));
    }

    private static unsafe PyObject GetPwUid(ThreadState ts, PyModule? m, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        Args.Exact("pwd.getpwuid", a, kw, 1);
        uint uid;
        // CPython turns an out-of-range uid into "not found" (without the number).
        try { uid = IdConvert(ts, a[0], "uid"); }
        catch (PyException e) when (e.Value.ObType.IsSubtype(PyExc.OverflowError))
        {
            throw PyErr.KeyError(PyStr.From("getpwuid(): uid not found"));
        }
        var r = Lookup(ts, (pwd, buf, len, res) => GetPwUidR(uid, pwd, buf, len, res));
        return r ?? throw PyErr.KeyError(PyStr.From($"getpwuid(): uid not found: {IdToLong(uid)}"));
    }

    private static unsafe PyObject GetPwNam(ThreadState ts, PyModule? m, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        Args.Exact("pwd.getpwnam", a, kw, 1);
        if (a[0] is not PyStr name) throw PyErr.TypeError($"getpwnam() argument must be str, not {PyErr.ArgTypeName(a[0])}");
        var bytes = NameBytes(ts, name);
        var r = Lookup(ts, (pwd, buf, len, res) => GetPwNamR(bytes, pwd, buf, len, res));
        return r ?? throw PyErr.KeyError(PyStr.From($"getpwnam(): name not found: {Ops.ReprString(ts, name)}"));
    }

    private static unsafe PyObject GetPwAll(ThreadState ts, PyModule? m, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        Args.Exact("pwd.getpwall", a, kw, 0);
        var list = new PyList();
        ts.Interp.Runtime.NativeLocks.Run(ts, "pwent", () =>
        {
            SetPwEnt();
            try
            {
                byte* p;
                while ((p = GetPwEnt()) != null) list.Append(MakeEntry(ts, p));
            }
            finally { EndPwEnt(); }
        });
        return list;
    }

    private unsafe delegate int ReentrantCall(byte* pwd, byte* buf, nuint buflen, byte** result);

    /// <summary>Runs a getpw*_r call, growing the string buffer on ERANGE; null when there is no entry.</summary>
    private static unsafe PyObject? Lookup(ThreadState ts, ReentrantCall call)
    {
        byte* pwd = stackalloc byte[64];
        for (int size = 1024; ; size *= 2)
        {
            var buf = new byte[size];
            fixed (byte* b = buf)
            {
                byte* result = null;
                int rc = call(pwd, b, (nuint)size, &result);
                if (rc == ERANGE && size < (1 << 24)) continue;
                // No entry is result == NULL with rc 0 (or an errno from some NSS modules): KeyError either way.
                return result == null ? null : MakeEntry(ts, result);
            }
        }
    }

    // struct passwd on 64-bit Linux: name, passwd (pointers), uid, gid (uint32), gecos, dir, shell (pointers).
    private static unsafe PyObject MakeEntry(ThreadState ts, byte* p) => new PyStructSeq(T.StructPasswd,
    [
        DecodeFs(ts, *(byte**)p), DecodeFs(ts, *(byte**)(p + 8)), IdToPy(*(uint*)(p + 16)), IdToPy(*(uint*)(p + 20)),
        DecodeFs(ts, *(byte**)(p + 24)), DecodeFs(ts, *(byte**)(p + 32)), DecodeFs(ts, *(byte**)(p + 40)),
    ], []);

    /// <summary>A C string decoded as PyUnicode_DecodeFSDefault does (UTF-8, surrogateescape); NULL gives ''.</summary>
    internal static unsafe PyObject DecodeFs(ThreadState ts, byte* s)
    {
        if (s == null) return PyStr.From("");
        var span = MemoryMarshal.CreateReadOnlySpanFromNullTerminated(s);
        bool? be = null;
        return PyStr.From(TextCodec.Lookup(ts, "utf-8").Decode(ts, span, "surrogateescape", true, out _, ref be, false));
    }

    /// <summary>A name as the NUL-terminated bytes CPython's PyUnicode_EncodeFSDefault gives (embedded NUL is a ValueError).</summary>
    internal static byte[] NameBytes(ThreadState ts, PyStr name)
    {
        if (name.Value.Contains('\0')) throw PyErr.ValueError("embedded null byte");
        var enc = Ops.CallMethod(ts, name, "encode", PyStr.From("utf-8"), PyStr.From("surrogateescape"));
        var b = ((PyBytes)enc).Value;
        var r = new byte[b.Length + 1];
        b.CopyTo(r, 0);
        return r;
    }

    /// <summary>_PyLong_FromUid/_PyLong_FromGid: (uid_t)-1 is reported as -1.</summary>
    internal static PyObject IdToPy(uint id) => PyInt.From(IdToLong(id));

    internal static long IdToLong(uint id) => id == uint.MaxValue ? -1 : id;

    /// <summary>_Py_Uid_Converter/_Py_Gid_Converter on a 64-bit long: -1 and 0..2**32-1 are accepted.</summary>
    internal static uint IdConvert(ThreadState ts, PyObject o, string what)
    {
        if (!Ops.HasIndex(o)) throw PyErr.TypeError($"{what} should be integer, not {o.ObType.Name}");
        BigInteger v = Ops.Index(ts, o).Big;
        if (v < long.MinValue) throw PyErr.OverflowError($"{what} is less than minimum");
        if (v > long.MaxValue) throw PyErr.OverflowError($"{what} is greater than maximum");
        long r = (long)v;
        if (r == -1) return uint.MaxValue;
        if (r < 0 || r > uint.MaxValue) throw PyErr.OverflowError($"{what} is less than minimum");
        return (uint)r;
    }
}
