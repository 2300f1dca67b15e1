using System.Security.Cryptography;
using System.Text;
using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// The posix module that CPython's os.py builds `os` on: enough for os, os.path, shutil, pathlib and
/// tempfile to import and for the common calls (stat/lstat/fstat, listdir/scandir, getcwd/chdir,
/// mkdir/rmdir/unlink/rename, open/read/write/close/lseek, environ, getpid, urandom, cpu_count,
/// get_terminal_size, strerror, fspath, uname...). dir_fd and follow_symlinks=False variants other than
/// lstat are not supported (_have_functions is empty, so os.supports_dir_fd is empty too).
/// </summary>
public static partial class PosixModule
{
    public static readonly BuiltinModuleDef Definition = new() { Name = "posix", Exec = Exec };

    /// <summary>The module's static types, created on first use (after the core types are initialized).</summary>
    private static class T
    {
        public static readonly PyType StatResult = PyStructSeq.CreateType("stat_result", "os",
            ["st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime"],
            ["st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev"],
            unnamed: 3,
            doc: "stat_result: Result from stat, fstat, or lstat.");
        public static readonly PyType TerminalSize = PyStructSeq.CreateType("terminal_size", "os", ["columns", "lines"], [],
            doc: "A tuple of (columns, lines) for holding terminal window size");
        public static readonly PyType UnameResult = PyStructSeq.CreateType("uname_result", "posix",
            ["sysname", "nodename", "release", "version", "machine"], [], doc: "uname_result: Result from os.uname().");
        public static readonly PyType DirEntry = MakeDirEntryType();
        public static readonly PyType ScandirIterator = MakeScandirIteratorType();
    }

    private static void Exec(ThreadState ts, PyModule m)
    {
        void Fn(string name, BuiltinFunc f) => m.Set(name, new PyBuiltinFunction(name, f, m));
        m.Set("error", PyExc.OSError);
        m.Set("stat_result", T.StatResult);
        m.Set("terminal_size", T.TerminalSize);
        m.Set("uname_result", T.UnameResult);
        foreach (var t in new[] { T.StatResult, T.TerminalSize, T.UnameResult }) t.ShowInBasesSubclasses(ts);
        m.Set("DirEntry", T.DirEntry);
        m.Set("environ", MakeEnviron(ts));
        m.Set("_have_functions", new PyList());
        foreach (var (name, value) in Constants) m.Set(name, PyInt.From(value));
        ExecProcess(ts, m);

        Fn("stat", (ts2, mod, a, kw) => DoStat(ts2, "stat", a, kw, lstat: false));
        Fn("lstat", (ts2, mod, a, kw) => DoStat(ts2, "lstat", a, kw, lstat: true));
        Fn("fstat", (ts2, mod, a, kw) =>
        {
            var p = Args.Parse("fstat", a, kw, ["fd"], 1);
            int fd = (int)Ops.IndexAsLong(ts2, p[0]!);
            return StatFd(ts2, fd);
        });
        Fn("getcwd", (ts2, mod, a, kw) => { Args.Exact("getcwd", a, kw, 0); return PyStr.From(GetCwd()); });
        Fn("getcwdb", (ts2, mod, a, kw) => { Args.Exact("getcwdb", a, kw, 0); return new PyBytes(Encoding.UTF8.GetBytes(GetCwd())); });
        Fn("chdir", (ts2, mod, a, kw) =>
        {
            var p = Args.Parse("chdir", a, kw, ["path"], 1);
            var path = ToPath(ts2, p[0]!, "chdir", "path", allowFd: false);
            Check(Native.ChDir(FsEncode(path.Path)), p[0]);
            Directory.SetCurrentDirectory(path.Path);
            return PyNone.Value;
        });
        Fn("listdir", (ts2, mod, a, kw) =>
        {
            var p = Args.Parse("listdir", a, kw, ["path"], 0);
            var arg = p[0] is null or PyNone ? null : p[0];
            var path = arg == null ? new PathArg(".", false, arg) : ToPath(ts2, arg, "listdir", "path", allowFd: false, allowNone: true);
            var names = ListDir(path.Path, arg ?? PyStr.From("."));
            var list = new PyList();
            foreach (var n in names) list.Append(path.IsBytes ? new PyBytes(Encoding.UTF8.GetBytes(n)) : PyStr.From(n));
            return list;
        });
        Fn("scandir", (ts2, mod, a, kw) =>
        {
            var p = Args.Parse("scandir", a, kw, ["path"], 0);
            var arg = p[0] is null or PyNone ? null : p[0];
            var path = arg == null ? new PathArg(".", false, null) : ToPath(ts2, arg, "scandir", "path", allowFd: false, allowNone: true);
            var names = ListDir(path.Path, arg ?? PyStr.From("."));
            return new ScandirIter(path, names);
        });
        Fn("mkdir", (ts2, mod, a, kw) =>
        {
            var p = Args.Parse("mkdir", a, kw, ["path", "mode", "dir_fd"], 1, kwOnlyFrom: 2);
            var path = ToPath(ts2, p[0]!, "mkdir", "path", false);
            int mode = p[1] != null ? (int)Ops.IndexAsLong(ts2, p[1]!) : 0x1FF;
            Check(Native.MkDir(FsEncode(path.Path), mode), p[0]);
            return PyNone.Value;
        });
        Fn("rmdir", (ts2, mod, a, kw) => PathOp(ts2, "rmdir", a, kw, b => Native.RmDir(b)));
        Fn("unlink", (ts2, mod, a, kw) => PathOp(ts2, "unlink", a, kw, b => Native.Unlink(b)));
        Fn("remove", (ts2, mod, a, kw) => PathOp(ts2, "remove", a, kw, b => Native.Unlink(b)));
        BuiltinFunc rename = (ts2, mod, a, kw) =>
        {
            var p = Args.Parse("rename", a, kw, ["src", "dst", "src_dir_fd", "dst_dir_fd"], 2, kwOnlyFrom: 2);
            var src = ToPath(ts2, p[0]!, "rename", "src", false);
            var dst = ToPath(ts2, p[1]!, "rename", "dst", false);
            if (Native.Rename(FsEncode(src.Path), FsEncode(dst.Path)) != 0) throw IoErrors.OSError(LastErrno(), p[0], p[1]);
            return PyNone.Value;
        };
        Fn("rename", rename);
        Fn("replace", rename);
        Fn("access", (ts2, mod, a, kw) =>
        {
            var p = Args.Parse("access", a, kw, ["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"], 2, kwOnlyFrom: 2);
            var path = ToPath(ts2, p[0]!, "access", "path", false);
            return PyBool.From(Native.Access(FsEncode(path.Path), (int)Ops.IndexAsLong(ts2, p[1]!)) == 0);
        });
        Fn("chmod", (ts2, mod, a, kw) =>
        {
            var p = Args.Parse("chmod", a, kw, ["path", "mode", "dir_fd", "follow_symlinks"], 2, kwOnlyFrom: 2);
            var path = ToPath(ts2, p[0]!, "chmod", "path", false);
            Check(Native.ChMod(FsEncode(path.Path), (int)Ops.IndexAsLong(ts2, p[1]!)), p[0]);
            return PyNone.Value;
        });
        Fn("symlink", (ts2, mod, a, kw) =>
        {
            var p = Args.Parse("symlink", a, kw, ["src", "dst", "target_is_directory", "dir_fd"], 2, kwOnlyFrom: 3);
            var src = ToPath(ts2, p[0]!, "symlink", "src", false);
            var dst = ToPath(ts2, p[1]!, "symlink", "dst", false);
            if (Native.SymLink(FsEncode(src.Path), FsEncode(dst.Path)) != 0) throw IoErrors.OSError(LastErrno(), p[0], p[1]);
            return PyNone.Value;
        });
        Fn("readlink", (ts2, mod, a, kw) =>
        {
            var p = Args.Parse("readlink", a, kw, ["path", "dir_fd"], 1, kwOnlyFrom: 1);
            var path = ToPath(ts2, p[0]!, "readlink", "path", false);
            var buf = new byte[4096];
            nint n;
            unsafe { fixed (byte* b = buf) n = Native.ReadLink(FsEncode(path.Path), b, buf.Length); }
            if (n < 0) throw IoErrors.OSError(LastErrno(), p[0]);
            return path.IsBytes ? new PyBytes(buf[..(int)n]) : PyStr.From(Encoding.UTF8.GetString(buf, 0, (int)n));
        });
        Fn("open", (ts2, mod, a, kw) =>
        {
            var p = Args.Parse("open", a, kw, ["path", "flags", "mode", "dir_fd"], 2, kwOnlyFrom: 3);
            var path = ToPath(ts2, p[0]!, "open", "path", false);
            int flags = (int)Ops.IndexAsLong(ts2, p[1]!) | 0x80000; // O_CLOEXEC: PEP 446, non-inheritable by default
            int mode = p[2] != null ? (int)Ops.IndexAsLong(ts2, p[2]!) : 0x1FF;
            int fd = Native.Open(FsEncode(path.Path), flags, mode);
            if (fd < 0) throw IoErrors.OSError(LastErrno(), p[0]);
            return PyInt.From(fd);
        });
        Fn("close", (ts2, mod, a, kw) =>
        {
            var p = Args.Parse("close", a, kw, ["fd"], 1);
            if (Native.Close((int)Ops.IndexAsLong(ts2, p[0]!)) != 0) throw IoErrors.OSError(LastErrno());
            return PyNone.Value;
        });
        Fn("read", (ts2, mod, a, kw) =>
        {
            Args.NoKeywords("read", kw);
            ItertoolsModule.CheckPositional("read", a.Length, 2, 2);
            int fd = (int)Ops.IndexAsLong(ts2, a[0]);
            long len = Ops.IndexAsLong(ts2, a[1]);
            if (len < 0) throw IoErrors.OSError(22);
            var buf = new byte[Math.Min(len, int.MaxValue / 2)];
            nint n = ts2.WithoutGil(() => { unsafe { fixed (byte* b = buf) return Native.Read(fd, b, buf.Length); } });
            if (n < 0) throw IoErrors.OSError(LastErrno());
            return new PyBytes(buf[..(int)n]);
        });
        Fn("write", (ts2, mod, a, kw) =>
        {
            Args.NoKeywords("write", kw);
            ItertoolsModule.CheckPositional("write", a.Length, 2, 2);
            int fd = (int)Ops.IndexAsLong(ts2, a[0]);
            var data = a[1] switch
            {
                PyBytes b => b.Value,
                PyStr => throw PyErr.TypeError($"a bytes-like object is required, not '{a[1].ObType.Name}'"),
                _ when BytesMethods.IsBuffer(a[1]) => BytesMethods.Buffer(a[1]).ToArray(),
                _ => throw PyErr.TypeError($"a bytes-like object is required, not '{a[1].ObType.Name}'"),
            };
            nint n = ts2.WithoutGil(() => { unsafe { fixed (byte* b = data) return Native.Write(fd, b, data.Length); } });
            if (n < 0) throw IoErrors.OSError(LastErrno());
            return PyInt.From((long)n);
        });
        Fn("lseek", (ts2, mod, a, kw) =>
        {
            Args.NoKeywords("lseek", kw);
            ItertoolsModule.CheckPositional("lseek", a.Length, 3, 3);
            long r = Native.LSeek((int)Ops.IndexAsLong(ts2, a[0]), Ops.IndexAsLong(ts2, a[1]), (int)Ops.IndexAsLong(ts2, a[2]));
            if (r < 0) throw IoErrors.OSError(LastErrno());
            return PyInt.From(r);
        });
        Fn("isatty", (ts2, mod, a, kw) => { Args.Exact("isatty", a, kw, 1); return PyBool.From(Native.IsATty((int)Ops.IndexAsLong(ts2, a[0])) == 1); });
        Fn("fsync", (ts2, mod, a, kw) => FdOp(ts2, "fsync", a, kw, fd => Native.FSync(fd)));
        Fn("ftruncate", (ts2, mod, a, kw) =>
        {
            Args.Exact("ftruncate", a, kw, 2);
            if (Native.FTruncate((int)Ops.IndexAsLong(ts2, a[0]), Ops.IndexAsLong(ts2, a[1])) != 0) throw IoErrors.OSError(LastErrno());
            return PyNone.Value;
        });
        Fn("dup", (ts2, mod, a, kw) =>
        {
            Args.Exact("dup", a, kw, 1);
            int r = Native.Dup((int)Ops.IndexAsLong(ts2, a[0]));
            if (r < 0) throw IoErrors.OSError(LastErrno());
            return PyInt.From(r);
        });
        Fn("dup2", (ts2, mod, a, kw) =>
        {
            var p = Args.Parse("dup2", a, kw, ["fd", "fd2", "inheritable"], 2);
            int r = Native.Dup2((int)Ops.IndexAsLong(ts2, p[0]!), (int)Ops.IndexAsLong(ts2, p[1]!));
            if (r < 0) throw IoErrors.OSError(LastErrno());
            return PyInt.From(r);
        });
        Fn("device_encoding", (ts2, mod, a, kw) =>
        {
            Args.Exact("device_encoding", a, kw, 1);
            return Native.IsATty((int)Ops.IndexAsLong(ts2, a[0])) == 1 ? PyStr.From("UTF-8") : PyNone.Value;
        });
        Fn("umask", (ts2, mod, a, kw) => { Args.Exact("umask", a, kw, 1); return PyInt.From(Native.UMask((int)Ops.IndexAsLong(ts2, a[0]))); });
        Fn("getpid", (ts2, mod, a, kw) => PyInt.From(Environment.ProcessId));
        Fn("getppid", (ts2, mod, a, kw) => PyInt.From(Native.GetPPid()));
        Fn("getuid", (ts2, mod, a, kw) => PyInt.From(Native.GetUid()));
        Fn("geteuid", (ts2, mod, a, kw) => PyInt.From(Native.GetEUid()));
        Fn("getgid", (ts2, mod, a, kw) => PyInt.From(Native.GetGid()));
        Fn("getegid", (ts2, mod, a, kw) => PyInt.From(Native.GetEGid()));
        Fn("getlogin", (ts2, mod, a, kw) => PyStr.From(Environment.UserName));
        Fn("kill", (ts2, mod, a, kw) =>
        {
            Args.Exact("kill", a, kw, 2);
            if (Native.Kill((int)Ops.IndexAsLong(ts2, a[0]), (int)Ops.IndexAsLong(ts2, a[1])) != 0) throw IoErrors.OSError(LastErrno());
            return PyNone.Value;
        });
        Fn("cpu_count", (ts2, mod, a, kw) => PyInt.From(Environment.ProcessorCount));
        Fn("urandom", (ts2, mod, a, kw) =>
        {
            Args.Exact("urandom", a, kw, 1);
            long n = Ops.IndexAsLong(ts2, a[0]);
            if (n < 0) throw PyErr.ValueError("negative argument not allowed");
            return new PyBytes(RandomNumberGenerator.GetBytes((int)n));
        });
        Fn("strerror", (ts2, mod, a, kw) =>
        {
            Args.Exact("strerror", a, kw, 1);
            return PyStr.From(ErrnoModule.StrError((int)Ops.IndexAsLong(ts2, a[0])));
        });
        Fn("fspath", (ts2, mod, a, kw) =>
        {
            var p = Args.Parse("fspath", a, kw, ["path"], 1);
            return FsPath(ts2, p[0]!);
        });
        Fn("get_terminal_size", (ts2, mod, a, kw) =>
        {
            Args.Range("get_terminal_size", a, kw, 0, 1);
            int fd = a.Length > 0 ? (int)Ops.IndexAsLong(ts2, a[0]) : 1;
            var ws = new ushort[4];
            int r;
            unsafe { fixed (ushort* w = ws) r = Native.IoCtl(fd, OperatingSystem.IsMacOS() ? 0x40087468u : 0x5413u, w); }
            if (r != 0) throw IoErrors.OSError(LastErrno());
            return new PyStructSeq(T.TerminalSize, [PyInt.From(ws[1]), PyInt.From(ws[0])], []);
        });
        Fn("uname", (ts2, mod, a, kw) =>
        {
            Args.Exact("uname", a, kw, 0);
            var buf = new byte[65 * 6];
            unsafe { fixed (byte* b = buf) if (Native.UName(b) != 0) throw IoErrors.OSError(LastErrno()); }
            var f = new PyObject[5];
            for (int i = 0; i < 5; i++)
            {
                int st = i * 65, end = Array.IndexOf(buf, (byte)0, st);
                f[i] = PyStr.From(Encoding.UTF8.GetString(buf, st, (end < 0 ? st + 65 : end) - st));
            }
            return new PyStructSeq(T.UnameResult, f, []);
        });
        Fn("putenv", (ts2, mod, a, kw) =>
        {
            Args.Exact("putenv", a, kw, 2);
            Environment.SetEnvironmentVariable(EnvString(ts2, a[0]), EnvString(ts2, a[1]));
            return PyNone.Value;
        });
        Fn("unsetenv", (ts2, mod, a, kw) =>
        {
            Args.Exact("unsetenv", a, kw, 1);
            Environment.SetEnvironmentVariable(EnvString(ts2, a[0]), null);
            return PyNone.Value;
        });
        Fn("_exit", (ts2, mod, a, kw) =>
        {
            Args.Exact("_exit", a, kw, 1);
            Native.Exit((int)Ops.IndexAsLong(ts2, a[0]));
            return PyNone.Value;
        });
        Fn("waitstatus_to_exitcode", (ts2, mod, a, kw) =>
        {
            var p = Args.Parse("waitstatus_to_exitcode", a, kw, ["status"], 1);
            int st = (int)Ops.IndexAsLong(ts2, p[0]!);
            if ((st & 0x7f) == 0) return PyInt.From((st >> 8) & 0xff);
            if (((st & 0x7f) + 1) >> 1 > 0) return PyInt.From(-(st & 0x7f));
            throw PyErr.ValueError($"invalid wait status: {st}");
        });
    }

    private static readonly System.Collections.Immutable.ImmutableArray<(string, int)> Constants =
    [
        ("F_OK", 0), ("R_OK", 4), ("W_OK", 2), ("X_OK", 1), ("SEEK_SET", 0), ("SEEK_CUR", 1), ("SEEK_END", 2),
        ("O_RDONLY", 0), ("O_WRONLY", 1), ("O_RDWR", 2), ("O_CREAT", 0x40), ("O_EXCL", 0x80), ("O_NOCTTY", 0x100),
        ("O_TRUNC", 0x200), ("O_APPEND", 0x400), ("O_NONBLOCK", 0x800), ("O_NDELAY", 0x800), ("O_DSYNC", 0x1000),
        ("O_SYNC", 0x101000), ("O_DIRECTORY", 0x10000), ("O_NOFOLLOW", 0x20000), ("O_CLOEXEC", 0x80000),
        ("O_ACCMODE", 3), ("EX_OK", 0), ("WNOHANG", 1), ("F_LOCK", 1), ("F_TLOCK", 2), ("F_ULOCK", 0), ("F_TEST", 3),
    ];

    // ------------------------------------------------------------------ paths

    internal readonly record struct PathArg(string Path, bool IsBytes, PyObject? Original);

    /// <summary>os.fspath: str and bytes as they are, else the result of __fspath__ (which must be str or bytes).</summary>
    public static PyObject FsPath(ThreadState ts, PyObject o)
    {
        if (o is PyStr || o is PyBytes) return o;
        var f = o.ObType.Lookup("__fspath__")
            ?? throw PyErr.TypeError($"expected str, bytes or os.PathLike object, not {o.ObType.Name}");
        var r = Ops.CallUnbound(ts, f, o, []);
        if (r is PyStr || r is PyBytes) return r;
        throw PyErr.TypeError($"expected {o.ObType.Name}.__fspath__() to return str or bytes, not {r.ObType.Name}");
    }

    internal static PathArg ToPath(ThreadState ts, PyObject o, string fname, string argname, bool allowFd, bool allowNone = false)
    {
        PyObject v = o;
        if (o is not PyStr && o is not PyBytes && o.ObType.Lookup("__fspath__") is { } f)
        {
            v = Ops.CallUnbound(ts, f, o, []);
            if (v is not PyStr && v is not PyBytes)
                throw PyErr.TypeError($"expected {o.ObType.Name}.__fspath__() to return str or bytes, not {v.ObType.Name}");
        }
        if (v is PyStr s)
        {
            if (s.Value.Contains('\0')) throw PyErr.ValueError($"{fname}: embedded null character in {argname}");
            return new PathArg(s.Value, false, o);
        }
        if (v is PyBytes b)
        {
            if (Array.IndexOf(b.Value, (byte)0) >= 0) throw PyErr.ValueError($"{fname}: embedded null byte in {argname}");
            return new PathArg(Encoding.UTF8.GetString(b.Value), true, o);
        }
        string allowed = allowFd ? (allowNone ? "string, bytes, os.PathLike, integer or None" : "string, bytes, os.PathLike or integer")
                                 : (allowNone ? "string, bytes, os.PathLike or None" : "string, bytes or os.PathLike");
        throw PyErr.TypeError($"{fname}: {argname} should be {allowed}, not {o.ObType.Name}");
    }

    private static void Check(int rc, PyObject? filename)
    {
        if (rc != 0) throw IoErrors.OSError(LastErrno(), filename);
    }

    private static PyObject PathOp(ThreadState ts, string fname, ReadOnlySpan<PyObject> a, PyTuple? kw, Func<byte[], int> op)
    {
        var p = Args.Parse(fname, a, kw, ["path", "dir_fd"], 1, kwOnlyFrom: 1);
        var path = ToPath(ts, p[0]!, fname, "path", false);
        Check(op(FsEncode(path.Path)), p[0]);
        return PyNone.Value;
    }

    private static PyObject FdOp(ThreadState ts, string fname, ReadOnlySpan<PyObject> a, PyTuple? kw, Func<int, int> op)
    {
        Args.Exact(fname, a, kw, 1);
        int fd = a[0] is PyInt ? (int)Ops.IndexAsLong(ts, a[0]) : (int)Ops.IndexAsLong(ts, Ops.CallMethod(ts, a[0], "fileno"));
        if (op(fd) != 0) throw IoErrors.OSError(LastErrno());
        return PyNone.Value;
    }

    private static unsafe string GetCwd()
    {
        var buf = new byte[4096];
        fixed (byte* b = buf)
        {
            if (Native.GetCwd(b, buf.Length) == null) throw IoErrors.OSError(LastErrno());
        }
        int n = Array.IndexOf(buf, (byte)0);
        return Encoding.UTF8.GetString(buf, 0, n < 0 ? buf.Length : n);
    }

    private static List<string> ListDir(string path, PyObject filename)
    {
        try
        {
            var names = new List<string>();
            foreach (var e in new DirectoryInfo(path).EnumerateFileSystemInfos()) names.Add(e.Name);
            return names;
        }
        catch (DirectoryNotFoundException)
        {
            throw IoErrors.OSError(File.Exists(path) ? 20 : 2, filename);
        }
        catch (UnauthorizedAccessException)
        {
            throw IoErrors.OSError(13, filename);
        }
        catch (IOException)
        {
            throw IoErrors.OSError(File.Exists(path) ? 20 : 5, filename);
        }
    }

    private static string EnvString(ThreadState ts, PyObject o) => o switch
    {
        PyStr s => s.Value,
        PyBytes b => Encoding.UTF8.GetString(b.Value),
        _ => throw PyErr.TypeError($"expected str, bytes or os.PathLike object, not {o.ObType.Name}"),
    };

    private static PyDict MakeEnviron(ThreadState ts)
    {
        var d = new PyDict();
        foreach (System.Collections.DictionaryEntry e in Environment.GetEnvironmentVariables())
            d.SetItem(ts, new PyBytes(Encoding.UTF8.GetBytes((string)e.Key)), new PyBytes(Encoding.UTF8.GetBytes((string?)e.Value ?? "")));
        return d;
    }

    // ------------------------------------------------------------------ stat

    private static PyObject DoStat(ThreadState ts, string fname, ReadOnlySpan<PyObject> a, PyTuple? kw, bool lstat)
    {
        var p = Args.Parse(fname, a, kw, ["path", "dir_fd", "follow_symlinks"], 1, kwOnlyFrom: 1);
        if (!lstat && p[0] is PyInt fdObj) return StatFd(ts, (int)Ops.IndexAsLong(ts, fdObj));
        bool follow = !lstat && (p[2] == null || Ops.IsTrue(ts, p[2]!));
        var path = ToPath(ts, p[0]!, fname, "path", allowFd: !lstat);
        return StatPath(path.Path, follow, p[0]!);
    }

    internal static unsafe PyObject StatPath(string path, bool follow, PyObject filename)
    {
        if (!NativeStat) return ManagedStat(path, follow, filename);
        byte* buf = stackalloc byte[256];
        var enc = FsEncode(path);
        int rc = follow ? Native.Stat(enc, buf) : Native.LStat(enc, buf);
        if (rc != 0) throw IoErrors.OSError(LastErrno(), filename);
        return MakeStatResult(ParseStat(buf));
    }

    private static unsafe PyObject StatFd(ThreadState ts, int fd)
    {
        if (!NativeStat) throw IoErrors.OSError(38);
        byte* buf = stackalloc byte[256];
        if (Native.FStat(fd, buf) != 0) throw IoErrors.OSError(LastErrno());
        return MakeStatResult(ParseStat(buf));
    }

    private static PyObject MakeStatResult(StatBuf s)
    {
        static PyObject Ns(long sec, long nsec) => PyInt.From((System.Numerics.BigInteger)sec * 1_000_000_000 + nsec);
        static PyObject F(long sec, long nsec) => new PyFloat(sec + nsec * 1e-9);
        return new PyStructSeq(T.StatResult,
            [PyInt.From(s.Mode), PyInt.From((System.Numerics.BigInteger)s.Ino), PyInt.From((System.Numerics.BigInteger)s.Dev),
             PyInt.From((long)s.Nlink), PyInt.From(s.Uid), PyInt.From(s.Gid), PyInt.From(s.Size),
             PyInt.From(s.ASec), PyInt.From(s.MSec), PyInt.From(s.CSec)],
            [F(s.ASec, s.ANsec), F(s.MSec, s.MNsec), F(s.CSec, s.CNsec), Ns(s.ASec, s.ANsec), Ns(s.MSec, s.MNsec), Ns(s.CSec, s.CNsec),
             PyInt.From(s.BlkSize), PyInt.From(s.Blocks), PyInt.From((System.Numerics.BigInteger)s.Rdev)]);
    }

    /// <summary>stat for platforms whose struct stat this module does not read: what .NET can tell.</summary>
    private static PyObject ManagedStat(string path, bool follow, PyObject filename)
    {
        FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
        if (!info.Exists && info.LinkTarget == null) throw IoErrors.OSError(2, filename);
        if (follow && info.LinkTarget != null) info = info.ResolveLinkTarget(true) ?? info;
        uint type = info.LinkTarget != null && !follow ? 0xA000u : info is DirectoryInfo ? 0x4000u : 0x8000u;
        uint mode = type | (OperatingSystem.IsWindows() ? 0x1B6u : (uint)info.UnixFileMode);
        long size = info is FileInfo fi && fi.Exists ? fi.Length : 0;
        static (long, long) Split(DateTime t)
        {
            long ticks = (t.ToUniversalTime() - DateTime.UnixEpoch).Ticks;
            return (Math.DivRem(ticks, TimeSpan.TicksPerSecond, out long rem) , rem * 100);
        }
        var (a, an) = Split(info.LastAccessTimeUtc);
        var (m, mn) = Split(info.LastWriteTimeUtc);
        var (c, cn) = Split(info.CreationTimeUtc);
        return MakeStatResult(new StatBuf(0, 0, 1, mode, 0, 0, 0, size, 4096, (size + 511) / 512, a, an, m, mn, c, cn));
    }
}
