using System.Runtime.InteropServices;
using System.Text;
using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// _posixsubprocess (Modules/_posixsubprocess.c): fork_exec, which subprocess.Popen calls. A .NET process
/// cannot fork and go on running managed code in the child, so the child is started with posix_spawn(3)
/// (glibc's uses vfork/clone and reports exec errors): the standard streams are dup2'ed, descriptors
/// closed (close_fds) or kept (pass_fds), cwd, session, process group and signal dispositions set by
/// spawn attributes. An exec failure is raised directly as the OSError CPython's parent would build
/// from the error pipe. preexec_fn, user/group changes and umask need code in the child: they raise
/// NotImplementedError.
/// </summary>
public static class PosixSubprocessModule
{
    public static readonly BuiltinModuleDef Definition = new() { Name = "_posixsubprocess", Exec = Exec };

    private static class Native
    {
        [DllImport("libc", EntryPoint = "posix_spawn")] public static extern unsafe int Spawn(int* pid, byte* path, void* actions, void* attr, byte** argv, byte** envp);
        [DllImport("libc", EntryPoint = "posix_spawn_file_actions_init")] public static extern unsafe int ActionsInit(void* a);
        [DllImport("libc", EntryPoint = "posix_spawn_file_actions_destroy")] public static extern unsafe int ActionsDestroy(void* a);
        [DllImport("libc", EntryPoint = "posix_spawn_file_actions_adddup2")] public static extern unsafe int AddDup2(void* a, int fd, int newfd);
        [DllImport("libc", EntryPoint = "posix_spawn_file_actions_addclose")] public static extern unsafe int AddClose(void* a, int fd);
        [DllImport("libc", EntryPoint = "posix_spawn_file_actions_addchdir_np")] public static extern unsafe int AddChdir(void* a, byte* path);
        [DllImport("libc", EntryPoint = "posix_spawnattr_init")] public static extern unsafe int AttrInit(void* a);
        [DllImport("libc", EntryPoint = "posix_spawnattr_destroy")] public static extern unsafe int AttrDestroy(void* a);
        [DllImport("libc", EntryPoint = "posix_spawnattr_setflags")] public static extern unsafe int SetFlags(void* a, short flags);
        [DllImport("libc", EntryPoint = "posix_spawnattr_setsigdefault")] public static extern unsafe int SetSigDefault(void* a, void* set);
        [DllImport("libc", EntryPoint = "posix_spawnattr_setsigmask")] public static extern unsafe int SetSigMask(void* a, void* set);
        [DllImport("libc", EntryPoint = "posix_spawnattr_setpgroup")] public static extern unsafe int SetPGroup(void* a, int pgroup);
        [DllImport("libc", EntryPoint = "sigemptyset")] public static extern unsafe int SigEmptySet(void* set);
        [DllImport("libc", EntryPoint = "sigaddset")] public static extern unsafe int SigAddSet(void* set, int sig);
        [DllImport("libc", EntryPoint = "fcntl", SetLastError = true)] public static extern int Fcntl(int fd, int cmd, int arg);
        [DllImport("libc", EntryPoint = "close")] public static extern int Close(int fd);
    }

    private const short SETPGROUP = 0x02, SETSIGDEF = 0x04, SETSIGMASK = 0x08, SETSID = 0x80;
    private const int SIGPIPE = 13, SIGXFSZ = 25, F_DUPFD_CLOEXEC = 1030;

    private static void Exec(ThreadState ts, PyModule m)
    {
        m.Set("fork_exec", new PyBuiltinFunction("fork_exec", ForkExec, m));
    }

    private static byte[] FsBytes(ThreadState ts, PyObject o)
    {
        if (o is PyBytes b) return b.Value;
        if (o is PyStr s) return Encoding.UTF8.GetBytes(s.Value);
        var p = Ops.CallMethod(ts, o, "__fspath__");
        return FsBytes(ts, p);
    }

    private static unsafe byte* CString(List<nint> owned, byte[] s)
    {
        var p = (byte*)NativeMemory.Alloc((nuint)s.Length + 1);
        s.CopyTo(new Span<byte>(p, s.Length));
        p[s.Length] = 0;
        owned.Add((nint)p);
        return p;
    }

    private static unsafe byte** CArray(List<nint> owned, List<byte[]> items)
    {
        var arr = (byte**)NativeMemory.Alloc((nuint)(items.Count + 1), (nuint)sizeof(nint));
        owned.Add((nint)arr);
        for (int i = 0; i < items.Count; i++) arr[i] = CString(owned, items[i]);
        arr[items.Count] = null;
        return arr;
    }

    private static int Int(ThreadState ts, PyObject o) => (int)Ops.IndexAsLong(ts, o);

    private static PyObject ForkExec(ThreadState ts, PyObject? mod, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        Args.NoKeywords("fork_exec", kw);
        if (a.Length != 22) throw PyErr.TypeError($"fork_exec expected 22 arguments, got {a.Length}");
        if (a[21] is not PyNone) throw PyErr.NotImplementedError("subprocess: preexec_fn is not supported on Kaa (a .NET process cannot fork)");
        if (a[17] is not PyNone || a[18] is not PyNone || a[19] is not PyNone)
            throw PyErr.NotImplementedError("subprocess: user, group and extra_groups are not supported on Kaa");
        if (Int(ts, a[20]) >= 0) throw PyErr.NotImplementedError("subprocess: umask is not supported on Kaa");
        var argv = new List<byte[]>();
        PyObject? arg0 = null;
        if (a[0] is not PyNone)
            foreach (var x in Ops.ToArray(ts, a[0])) { arg0 ??= x; argv.Add(FsBytes(ts, x)); }
        var exes = new List<byte[]>();
        foreach (var x in Ops.ToArray(ts, a[1])) exes.Add(FsBytes(ts, x));
        bool closeFds = Ops.IsTrue(ts, a[2]);
        var keep = new SortedSet<int>();
        foreach (var x in Ops.ToArray(ts, a[3])) keep.Add(Int(ts, x));
        byte[]? cwd = a[4] is PyNone ? null : FsBytes(ts, a[4]);
        var env = new List<byte[]>();
        if (a[5] is PyNone)
        {
            foreach (System.Collections.DictionaryEntry e in Environment.GetEnvironmentVariables())
                env.Add(Encoding.UTF8.GetBytes($"{e.Key}={e.Value}"));
        }
        else foreach (var x in Ops.ToArray(ts, a[5])) env.Add(FsBytes(ts, x));
        int p2cread = Int(ts, a[6]), c2pwrite = Int(ts, a[9]), errwrite = Int(ts, a[11]);
        int errpipeWrite = Int(ts, a[13]);
        bool restoreSignals = Ops.IsTrue(ts, a[14]), newSession = Ops.IsTrue(ts, a[15]);
        int pgroup = Int(ts, a[16]);
        // The error pipe reports exec failures from a forked child; posix_spawn returns them instead, and
        // a child holding the pipe's write end would make the parent's read wait for the child to exit.
        keep.Remove(errpipeWrite);

        var owned = new List<nint>();
        var temps = new List<int>();
        unsafe
        {
            void* actions = NativeMemory.AllocZeroed(512);
            void* attr = NativeMemory.AllocZeroed(512);
            void* sigs = NativeMemory.AllocZeroed(256);
            owned.Add((nint)actions);
            owned.Add((nint)attr);
            owned.Add((nint)sigs);
            Native.ActionsInit(actions);
            Native.AttrInit(attr);
            try
            {
                // child_exec: keep a low descriptor from being overwritten before it is duplicated.
                int Lift(int fd)
                {
                    int n = Native.Fcntl(fd, F_DUPFD_CLOEXEC, 3);
                    if (n < 0) throw IoErrors.OSError(SocketModule.Errno());
                    temps.Add(n);
                    return n;
                }
                if (c2pwrite == 0) c2pwrite = Lift(c2pwrite);
                if (errwrite == 0 || errwrite == 1) errwrite = Lift(errwrite);
                // dup2(fd, fd) clears FD_CLOEXEC (glibc), which is what keeping a descriptor means.
                if (p2cread >= 0) Native.AddDup2(actions, p2cread, 0);
                if (c2pwrite >= 0) Native.AddDup2(actions, c2pwrite, 1);
                if (errwrite >= 0) Native.AddDup2(actions, errwrite, 2);
                foreach (var fd in keep) Native.AddDup2(actions, fd, fd);
                if (closeFds)
                {
                    foreach (var fd in OpenFds())
                        if (fd > 2 && !keep.Contains(fd)) Native.AddClose(actions, fd);
                }
                if (cwd != null)
                {
                    try { Native.AddChdir(actions, CString(owned, cwd)); }
                    catch (EntryPointNotFoundException) { throw PyErr.NotImplementedError("subprocess: cwd needs glibc 2.29 or later on Kaa"); }
                }
                short flags = 0;
                Native.SigEmptySet(sigs);
                if (restoreSignals)
                {
                    Native.SigAddSet(sigs, SIGPIPE);
                    Native.SigAddSet(sigs, SIGXFSZ);
                    Native.SetSigDefault(attr, sigs);
                    flags |= SETSIGDEF;
                }
                void* mask = NativeMemory.AllocZeroed(256);
                owned.Add((nint)mask);
                Native.SigEmptySet(mask);
                Native.SetSigMask(attr, mask);
                flags |= SETSIGMASK;
                if (newSession) flags |= SETSID;
                if (pgroup >= 0) { Native.SetPGroup(attr, pgroup); flags |= SETPGROUP; }
                Native.SetFlags(attr, flags);
                byte** argvp = CArray(owned, argv);
                byte** envp = CArray(owned, env);
                int pid = 0, err = IoErrors.ENOENT, saved = 0;
                foreach (var exe in exes)
                {
                    byte* path = CString(owned, exe);
                    int* pidp = (int*)NativeMemory.AllocZeroed(sizeof(int));
                    owned.Add((nint)pidp);
                    err = ts.WithoutGil(() => Native.Spawn(pidp, path, actions, attr, argvp, envp));
                    if (err == 0) { pid = *pidp; break; }
                    if (err != IoErrors.ENOENT && err != IoErrors.ENOTDIR && saved == 0) saved = err;
                }
                if (pid == 0)
                {
                    if (saved != 0) err = saved;
                    PyObject filename = exes.Count == 1 ? PyStr.From(Encoding.UTF8.GetString(exes[0])) : arg0 ?? PyNone.Value;
                    if (filename is PyBytes fb) filename = PyStr.From(Encoding.UTF8.GetString(fb.Value));
                    throw IoErrors.OSError(err, filename);
                }
                return PyInt.From(pid);
            }
            finally
            {
                Native.ActionsDestroy(actions);
                Native.AttrDestroy(attr);
                foreach (var fd in temps) Native.Close(fd);
                foreach (var p in owned) NativeMemory.Free((void*)p);
            }
        }
    }

    /// <summary>The descriptors open in this process (close_fds closes those not kept in the child).</summary>
    private static List<int> OpenFds()
    {
        var r = new List<int>();
        try
        {
            foreach (var f in Directory.EnumerateFileSystemEntries("/proc/self/fd"))
                if (int.TryParse(Path.GetFileName(f), out int fd)) r.Add(fd);
        }
        catch (IOException) { }
        return r;
    }
}
