using System.Runtime.InteropServices;
using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// The grp module (Modules/grpmodule.c) over glibc: getgrgid and getgrnam with the reentrant getgr*_r
/// calls, getgrall with setgrent/getgrent/endgrent under a runtime-wide lock (process-global state).
/// Argument conversion and string decoding are pwd's (<see cref="PwdModule"/>).
/// </summary>
public static class GrpModule
{
    public static readonly BuiltinModuleDef Definition = new() { Name = "grp", Exec = Exec };

    private static class T
    {
        public static readonly PyType StructGroup = PyStructSeq.CreateType("struct_group", "grp",
            ["gr_name", "gr_passwd", "gr_gid", "gr_mem"], [],
            doc: "grp.struct_group: Results from getgr*() routines.\n\nThis object may be accessed either as a tuple of\n"
                + "  (gr_name,gr_passwd,gr_gid,gr_mem)\nor via the object attributes as named in the above tuple.\n");
    }

    private const string ModuleDoc = "Access to the Unix group database.\n\nGroup entries are reported as 4-tuples containing the following fields\n"
        + "from the group database, in order:\n\n  gr_name   - name of the group\n  gr_passwd - group password (encrypted); often empty\n"
        + "  gr_gid    - numeric ID of the group\n  gr_mem    - list of members\n\nThe gid is an integer, name and password are strings.  (Note that most\n"
        + "users are not explicitly listed as members of the groups they are in\naccording to the password database.  Check both databases to get\n"
        + "complete membership information.)";

    private const int ERANGE = 34;

    [DllImport("libc", EntryPoint = "getgrgid_r")]
    private static extern unsafe int GetGrGidR(uint gid, byte* grp, byte* buf, nuint buflen, byte** result);
    [DllImport("libc", EntryPoint = "getgrnam_r")]
    private static extern unsafe int GetGrNamR(byte[] name, byte* grp, byte* buf, nuint buflen, byte** result);
    [DllImport("libc", EntryPoint = "setgrent")] private static extern void SetGrEnt();
    [DllImport("libc", EntryPoint = "endgrent")] private static extern void EndGrEnt();
    [DllImport("libc", EntryPoint = "getgrent")] private static extern unsafe byte* GetGrEnt();

    private static void Exec(ThreadState ts, PyModule m)
    {
        if (!OperatingSystem.IsLinux() || !Environment.Is64BitProcess)
            throw PyErr.ImportError("grp: Kaa implements the grp module on 64-bit Linux only");
        m.Set("__doc__", PyStr.From(ModuleDoc));
        m.Set("struct_group", T.StructGroup);
        m.Set("getgrgid", new PyBuiltinFunction("getgrgid", GetGrGid, m,
            "Return the group database entry for the given numeric group ID.\n\nIf id is not valid, raise KeyError."));
        m.Set("getgrnam", new PyBuiltinFunction("getgrnam", GetGrNam, m,
            "Return the group database entry for the given group name.\n\nIf name is not valid, raise KeyError."));
        m.Set("getgrall", new PyBuiltinFunction("getgrall", GetGrAll, m,
            "Return a list of all available group entries, in arbitrary order.\n\nAn entry whose name starts with '+' or '-' represents an instruction\n"
            + "to use YP/NIS and may not be accessible via getgrnam or getgrgid."));
    }

    private static unsafe PyObject GetGrGid(ThreadState ts, PyModule? m, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        var p = Args.Parse("getgrgid", a, kw, ["id"], 1);
        uint gid = PwdModule.IdConvert(ts, p[0]!, "gid");
        var r = Lookup(ts, (grp, buf, len, res) => GetGrGidR(gid, grp, buf, len, res));
        return r ?? throw PyErr.KeyError(PyStr.From($"getgrgid(): gid not found: {PwdModule.IdToLong(gid)}"));
    }

    private static unsafe PyObject GetGrNam(ThreadState ts, PyModule? m, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        var p = Args.Parse("getgrnam", a, kw, ["name"], 1);
        if (p[0] is not PyStr name) throw PyErr.TypeError($"getgrnam() argument 1 must be str, not {PyErr.ArgTypeName(p[0]!)}");
        var bytes = PwdModule.NameBytes(ts, name);
        var r = Lookup(ts, (grp, buf, len, res) => GetGrNamR(bytes, grp, buf, len, res));
        return r ?? throw PyErr.KeyError(PyStr.From($"getgrnam(): name not found: {Ops.ReprString(ts, name)}"));
    }

    private static unsafe PyObject GetGrAll(ThreadState ts, PyModule? m, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        Args.Exact("grp.getgrall", a, kw, 0);
        var list = new PyList();
        ts.Interp.Runtime.NativeLocks.Run(ts, "grent", () =>
        {
            SetGrEnt();
            try
            {
                byte* g;
                while ((g = GetGrEnt()) != null) list.Append(MakeEntry(ts, g));
            }
            finally { EndGrEnt(); }
        });
        return list;
    }

    private unsafe delegate int ReentrantCall(byte* grp, byte* buf, nuint buflen, byte** result);

    /// <summary>Runs a getgr*_r call, growing the buffer on ERANGE (groups with many members need it); null when not found.</summary>
    private static unsafe PyObject? Lookup(ThreadState ts, ReentrantCall call)
    {
        byte* grp = stackalloc byte[64];
        for (int size = 1024; ; size *= 2)
        {
            var buf = new byte[size];
            fixed (byte* b = buf)
            {
                byte* result = null;
                int rc = call(grp, b, (nuint)size, &result);
                if (rc == ERANGE && size < (1 << 24)) continue;
                return result == null ? null : MakeEntry(ts, result);
            }
        }
    }

    // struct group on 64-bit Linux: name, passwd (pointers), gid (uint32, padded), mem (NULL-terminated char**).
    private static unsafe PyObject MakeEntry(ThreadState ts, byte* g)
    {
        var members = new PyList();
        byte** mem = *(byte***)(g + 24);
        if (mem != null)
            for (int i = 0; mem[i] != null; i++) members.Append(PwdModule.DecodeFs(ts, mem[i]));
        return new PyStructSeq(T.StructGroup,
            [PwdModule.DecodeFs(ts, *(byte**)g), PwdModule.DecodeFs(ts, *(byte**)(g + 8)), PwdModule.IdToPy(*(uint*)(g + 16)), members], []);
    }
}
