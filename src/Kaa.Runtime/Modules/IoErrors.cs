using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// OSError construction for the I/O stack and anything else that talks to the OS: errno values
/// (Linux numbering), their strerror texts, the errno → OSError subclass table of PEP 3151, and the
/// mapping of .NET I/O exceptions onto them. Also io.UnsupportedOperation, which is both an OSError
/// and a ValueError.
/// </summary>
public static class IoErrors
{
    public const int EPERM = 1, ENOENT = 2, ESRCH = 3, EINTR = 4, EIO = 5, EBADF = 9, ECHILD = 10, EAGAIN = 11, ENOMEM = 12,
        EACCES = 13, EEXIST = 17, ENOTDIR = 20, EISDIR = 21, EINVAL = 22, EMFILE = 24, EFBIG = 27, ENOSPC = 28, ESPIPE = 29,
        EROFS = 30, EPIPE = 32, ENAMETOOLONG = 36, ENOTEMPTY = 39, ECONNABORTED = 103, ECONNRESET = 104, ESHUTDOWN = 108,
        ETIMEDOUT = 110, ECONNREFUSED = 111, EALREADY = 114, EINPROGRESS = 115;

    /// <summary>io.UnsupportedOperation: class UnsupportedOperation(OSError, ValueError).</summary>
    public static readonly PyType UnsupportedOperation = MakeUnsupportedOperation();

    private static PyType MakeUnsupportedOperation()
    {
        var t = BuiltinTypes.CreateStatic("UnsupportedOperation", PyExc.OSError, "io");
        t.Bases = new PyTuple([PyExc.OSError, PyExc.ValueError]);
        t.MroArray = [t, PyExc.OSError, PyExc.ValueError, PyExc.Exception, PyExc.BaseException, BuiltinTypes.Object];
        t.Mro = new PyTuple(t.MroArray);
        return t;
    }

    internal static void Init() => UnsupportedOperation.HasInstanceDict = true;

    /// <summary>glibc's strerror() text for an errno.</summary>
    public static string StrError(int errno) => errno switch
    {
        EPERM => "Operation not permitted",
        ENOENT => "No such file or directory",
        ESRCH => "No such process",
        EINTR => "Interrupted system call",
        EIO => "Input/output error",
        EBADF => "Bad file descriptor",
        ECHILD => "No child processes",
        EAGAIN => "Resource temporarily unavailable",
        ENOMEM => "Cannot allocate memory",
        EACCES => "Permission denied",
        EEXIST => "File exists",
        ENOTDIR => "Not a directory",
        EISDIR => "Is a directory",
        EINVAL => "Invalid argument",
        EMFILE => "Too many open files",
        EFBIG => "File too large",
        ENOSPC => "No space left on device",
        ESPIPE => "Illegal seek",
        EROFS => "Read-only file system",
        EPIPE => "Broken pipe",
        ENAMETOOLONG => "File name too long",
        ENOTEMPTY => "Directory not empty",
        ECONNABORTED => "Software caused connection abort",
        ECONNRESET => "Connection reset by peer",
        ESHUTDOWN => "Cannot send after transport endpoint shutdown",
        ETIMEDOUT => "Connection timed out",
        ECONNREFUSED => "Connection refused",
        EALREADY => "Operation already in progress",
        EINPROGRESS => "Operation now in progress",
        _ => $"Unknown error {errno}",
    };

    /// <summary>The OSError subclass CPython picks for an errno (PEP 3151).</summary>
    public static PyType TypeForErrno(int errno) => errno switch
    {
        EAGAIN or EALREADY or EINPROGRESS => PyExc.BlockingIOError,
        ECHILD => PyExc.ChildProcessError,
        EPIPE or ESHUTDOWN => PyExc.BrokenPipeError,
        ECONNABORTED => PyExc.ConnectionAbortedError,
        ECONNREFUSED => PyExc.ConnectionRefusedError,
        ECONNRESET => PyExc.ConnectionResetError,
        EEXIST => PyExc.FileExistsError,
        ENOENT => PyExc.FileNotFoundError,
        EISDIR => PyExc.IsADirectoryError,
        ENOTDIR => PyExc.NotADirectoryError,
        EINTR => PyExc.InterruptedError,
        EACCES or EPERM => PyExc.PermissionError,
        ESRCH => PyExc.ProcessLookupError,
        ETIMEDOUT => PyExc.TimeoutError,
        _ => PyExc.OSError,
    };

    /// <summary>An OSError instance with errno, strerror, filename (PyErr_SetFromErrnoWithFilenameObject).</summary>
    public static PyBaseException OSErrorObject(int errno, PyObject? filename = null, PyObject? filename2 = null, string? strerror = null)
    {
        var type = TypeForErrno(errno);
        var msg = PyStr.From(strerror ?? StrError(errno));
        var e = (PyOSError)PyBaseException.Create(type, new PyTuple([PyInt.From(errno), msg]));
        // oserror_init: a filename of None is not stored, and filename2 only goes with a filename.
        if (filename is not null and not PyNone)
        {
            e.Filename = filename;
            if (filename2 is not null and not PyNone) e.Filename2 = filename2;
        }
        return e;
    }

    public static PyException OSError(int errno, PyObject? filename = null, PyObject? filename2 = null)
        => new(OSErrorObject(errno, filename, filename2));

    /// <summary>An exception of an OSError type built from a message only (errno and strerror None).</summary>
    public static PyException WithMessage(PyType type, string message)
    {
        return new PyException(PyBaseException.Create(type, new PyTuple([PyStr.From(message)])));
    }

    public static PyException Unsupported(string message) => WithMessage(UnsupportedOperation, message);

    /// <summary>"I/O operation on closed file." (with the period, as _io's IOBase and TextIOWrapper say it).</summary>
    public static PyException Closed() => PyErr.ValueError("I/O operation on closed file.");

    /// <summary>The FileIO/StringIO flavour of the message, without the period.</summary>
    public static PyException ClosedNoPeriod() => PyErr.ValueError("I/O operation on closed file");

    /// <summary>
    /// Maps a .NET exception thrown by file or stream I/O to the OSError CPython raises for the same
    /// failure. On Unix .NET stores the raw errno in IOException.HResult; other cases are recognised by
    /// type and by looking at the path.
    /// </summary>
    public static PyException FromDotnet(Exception e, PyObject? filename = null, string? path = null)
    {
        if (e is PyException pe) return pe;
        int errno = ErrnoOf(e, path);
        return OSError(errno, filename);
    }

    public static int ErrnoOf(Exception e, string? path)
    {
        switch (e)
        {
            case FileNotFoundException:
            case DirectoryNotFoundException:
                return path != null && HasFileAncestor(path) ? ENOTDIR : ENOENT;
            case UnauthorizedAccessException:
                return path != null && Directory.Exists(path) ? EISDIR : EACCES;
            case PathTooLongException:
                return ENAMETOOLONG;
            case ObjectDisposedException:
                return EBADF;
            case NotSupportedException:
                return ESPIPE;
            case OutOfMemoryException:
                return ENOMEM;
            case IOException io:
                int h = io.HResult;
                if (h > 0 && h < 4096) return h;
                switch (h & 0xFFFF)
                {
                    case 2: case 3: return ENOENT;
                    case 5: case 32: case 33: return EACCES;
                    case 80: case 183: return EEXIST;
                    case 109: case 232: return EPIPE;
                    case 112: return ENOSPC;
                    case 267: return ENOTDIR;
                }
                if (path != null && Directory.Exists(path)) return EISDIR;
                return EIO;
            default:
                return EIO;
        }
    }

    private static bool HasFileAncestor(string path)
    {
        try
        {
            var dir = Path.GetDirectoryName(Path.GetFullPath(path));
            while (!string.IsNullOrEmpty(dir))
            {
                if (File.Exists(dir)) return true;
                if (Directory.Exists(dir)) return false;
                dir = Path.GetDirectoryName(dir);
            }
        }
        catch (Exception)
        {
        }
        return false;
    }

    /// <summary>Runs a .NET I/O call, turning its exceptions into the matching OSError.</summary>
    public static T Wrap<T>(Func<T> f, PyObject? filename = null)
    {
        try { return f(); }
        catch (PyException) { throw; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ObjectDisposedException)
        {
            throw FromDotnet(e, filename);
        }
    }
}
