using System.Runtime.InteropServices;
using System.Text;

namespace Kaa.Runtime;

/// <summary>posix: the libc calls behind the module (Linux and other Unix-likes; errno kept via SetLastError).</summary>
public static partial class PosixModule
{
    private static class Native
    {
        [DllImport("libc", EntryPoint = "stat", SetLastError = true)] public static extern unsafe int Stat(byte[] path, byte* buf);
        [DllImport("libc", EntryPoint = "lstat", SetLastError = true)] public static extern unsafe int LStat(byte[] path, byte* buf);
        [DllImport("libc", EntryPoint = "fstat", SetLastError = true)] public static extern unsafe int FStat(int fd, byte* buf);
        [DllImport("libc", EntryPoint = "open", SetLastError = true)] public static extern int Open(byte[] path, int flags, int mode);
        [DllImport("libc", EntryPoint = "close", SetLastError = true)] public static extern int Close(int fd);
        [DllImport("libc", EntryPoint = "read", SetLastError = true)] public static extern unsafe nint Read(int fd, byte* buf, nint count);
        [DllImport("libc", EntryPoint = "write", SetLastError = true)] public static extern unsafe nint Write(int fd, byte* buf, nint count);
        [DllImport("libc", EntryPoint = "lseek", SetLastError = true)] public static extern long LSeek(int fd, long offset, int whence);
        [DllImport("libc", EntryPoint = "isatty")] public static extern int IsATty(int fd);
        [DllImport("libc", EntryPoint = "mkdir", SetLastError = true)] public static extern int MkDir(byte[] path, int mode);
        [DllImport("libc", EntryPoint = "rmdir", SetLastError = true)] public static extern int RmDir(byte[] path);
        [DllImport("libc", EntryPoint = "unlink", SetLastError = true)] public static extern int Unlink(byte[] path);
        [DllImport("libc", EntryPoint = "rename", SetLastError = true)] public static extern int Rename(byte[] from, byte[] to);
        [DllImport("libc", EntryPoint = "chdir", SetLastError = true)] public static extern int ChDir(byte[] path);
        [DllImport("libc", EntryPoint = "chmod", SetLastError = true)] public static extern int ChMod(byte[] path, int mode);
        [DllImport("libc", EntryPoint = "access", SetLastError = true)] public static extern int Access(byte[] path, int mode);
        [DllImport("libc", EntryPoint = "symlink", SetLastError = true)] public static extern int SymLink(byte[] target, byte[] link);
        [DllImport("libc", EntryPoint = "readlink", SetLastError = true)] public static extern unsafe nint ReadLink(byte[] path, byte* buf, nint size);
        [DllImport("libc", EntryPoint = "getcwd", SetLastError = true)] public static extern unsafe byte* GetCwd(byte* buf, nint size);
        [DllImport("libc", EntryPoint = "umask")] public static extern int UMask(int mask);
        [DllImport("libc", EntryPoint = "getppid")] public static extern int GetPPid();
        [DllImport("libc", EntryPoint = "getuid")] public static extern uint GetUid();
        [DllImport("libc", EntryPoint = "geteuid")] public static extern uint GetEUid();
        [DllImport("libc", EntryPoint = "getgid")] public static extern uint GetGid();
        [DllImport("libc", EntryPoint = "getegid")] public static extern uint GetEGid();
        [DllImport("libc", EntryPoint = "fsync", SetLastError = true)] public static extern int FSync(int fd);
        [DllImport("libc", EntryPoint = "ftruncate", SetLastError = true)] public static extern int FTruncate(int fd, long length);
        [DllImport("libc", EntryPoint = "dup", SetLastError = true)] public static extern int Dup(int fd);
        [DllImport("libc", EntryPoint = "dup2", SetLastError = true)] public static extern int Dup2(int fd, int fd2);
        [DllImport("libc", EntryPoint = "kill", SetLastError = true)] public static extern int Kill(int pid, int sig);
        [DllImport("libc", EntryPoint = "ioctl", SetLastError = true)] public static extern unsafe int IoCtl(int fd, nuint request, void* arg);
        [DllImport("libc", EntryPoint = "uname", SetLastError = true)] public static extern unsafe int UName(byte* buf);
        [DllImport("libc", EntryPoint = "_exit")] public static extern void Exit(int status);
    }

    /// <summary>A NUL-terminated file-system path (UTF-8, as CPython's fsencode with surrogateescape on Linux).</summary>
    internal static byte[] FsEncode(string path)
    {
        var bytes = Encoding.UTF8.GetBytes(path);
        var r = new byte[bytes.Length + 1];
        bytes.CopyTo(r, 0);
        return r;
    }

    internal static int LastErrno() => Marshal.GetLastPInvokeError();

    /// <summary>The fields of struct stat this module reports, read from the platform's layout.</summary>
    internal readonly record struct StatBuf(ulong Dev, ulong Ino, ulong Nlink, uint Mode, uint Uid, uint Gid, ulong Rdev,
        long Size, long BlkSize, long Blocks, long ASec, long ANsec, long MSec, long MNsec, long CSec, long CNsec);

    internal static unsafe StatBuf ParseStat(byte* b)
    {
        if (RuntimeInformation.ProcessArchitecture == Architecture.X64)
        {
            return new StatBuf(*(ulong*)b, *(ulong*)(b + 8), *(ulong*)(b + 16), *(uint*)(b + 24), *(uint*)(b + 28), *(uint*)(b + 32),
                *(ulong*)(b + 40), *(long*)(b + 48), *(long*)(b + 56), *(long*)(b + 64),
                *(long*)(b + 72), *(long*)(b + 80), *(long*)(b + 88), *(long*)(b + 96), *(long*)(b + 104), *(long*)(b + 112));
        }
        // The generic 64-bit layout (aarch64, riscv64, loongarch64).
        return new StatBuf(*(ulong*)b, *(ulong*)(b + 8), *(uint*)(b + 20), *(uint*)(b + 16), *(uint*)(b + 24), *(uint*)(b + 28),
            *(ulong*)(b + 32), *(long*)(b + 48), *(int*)(b + 56), *(long*)(b + 64),
            *(long*)(b + 72), *(long*)(b + 80), *(long*)(b + 88), *(long*)(b + 96), *(long*)(b + 104), *(long*)(b + 112));
    }

    /// <summary>Whether struct stat can be read directly (64-bit Linux); elsewhere a managed fallback fills it.</summary>
    internal static bool NativeStat => OperatingSystem.IsLinux() && Environment.Is64BitProcess
        && RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.Arm64;
}
