using System.Runtime.InteropServices;
using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// The termios module (Modules/termios.c) on 64-bit Linux: tcgetattr/tcsetattr (a 7-item list: iflag,
/// oflag, cflag, lflag, ispeed, ospeed, and the NCCS control characters as 1-byte bytes, VMIN/VTIME as
/// ints when ICANON is off), tcsendbreak, tcdrain, tcflush, tcflow, tcgetwinsize, tcsetwinsize, the
/// constants, and termios.error (per interpreter, raised with (errno, strerror)). struct termios is
/// only read and written through libc (tcgetattr first, as CPython does, so hidden fields survive);
/// speeds go through cfget/cfset*speed.
/// </summary>
public static class TermiosModule
{
    public sealed class State
    {
        public PyType Error = null!;
    }

    public static readonly BuiltinModuleDef Definition = new() { Name = "termios", Exec = Exec, CreateState = () => new State() };

    /// <summary>Linux values, as CPython 3.13 exports them there.</summary>
    private static readonly System.Collections.Immutable.ImmutableArray<(string, long)> Constants =
    [
        ("B0", 0), ("B1000000", 4104), ("B110", 3), ("B115200", 4098), ("B1152000", 4105), ("B1200", 9), ("B134", 4),
        ("B150", 5), ("B1500000", 4106), ("B1800", 10), ("B19200", 14), ("B200", 6), ("B2000000", 4107), ("B230400", 4099),
        ("B2400", 11), ("B2500000", 4108), ("B300", 7), ("B3000000", 4109), ("B3500000", 4110), ("B38400", 15),
        ("B4000000", 4111), ("B460800", 4100), ("B4800", 12), ("B50", 1), ("B500000", 4101), ("B57600", 4097),
        ("B576000", 4102), ("B600", 8), ("B75", 2), ("B921600", 4103), ("B9600", 13), ("BRKINT", 2), ("BS0", 0), ("BS1", 8192),
        ("BSDLY", 8192), ("CBAUD", 4111), ("CBAUDEX", 4096), ("CDSUSP", 25), ("CEOF", 4), ("CEOL", 0), ("CEOT", 4),
        ("CERASE", 127), ("CFLUSH", 15), ("CIBAUD", 269418496), ("CINTR", 3), ("CKILL", 21), ("CLNEXT", 22), ("CLOCAL", 2048),
        ("CQUIT", 28), ("CR0", 0), ("CR1", 512), ("CR2", 1024), ("CR3", 1536), ("CRDLY", 1536), ("CREAD", 128), ("CRPRNT", 18),
        ("CRTSCTS", 2147483648), ("CS5", 0), ("CS6", 16), ("CS7", 32), ("CS8", 48), ("CSIZE", 48), ("CSTART", 17),
        ("CSTOP", 19), ("CSTOPB", 64), ("CSUSP", 26), ("CWERASE", 23), ("ECHO", 8), ("ECHOCTL", 512), ("ECHOE", 16),
        ("ECHOK", 32), ("ECHOKE", 2048), ("ECHONL", 64), ("ECHOPRT", 1024), ("EXTA", 14), ("EXTB", 15), ("EXTPROC", 65536),
        ("FF0", 0), ("FF1", 32768), ("FFDLY", 32768), ("FIOASYNC", 21586), ("FIOCLEX", 21585), ("FIONBIO", 21537),
        ("FIONCLEX", 21584), ("FIONREAD", 21531), ("FLUSHO", 4096), ("HUPCL", 1024), ("ICANON", 2), ("ICRNL", 256),
        ("IEXTEN", 32768), ("IGNBRK", 1), ("IGNCR", 128), ("IGNPAR", 4), ("IMAXBEL", 8192), ("INLCR", 64), ("INPCK", 16),
        ("IOCSIZE_MASK", 1073676288), ("IOCSIZE_SHIFT", 16), ("ISIG", 1), ("ISTRIP", 32), ("IUCLC", 512), ("IUTF8", 16384),
        ("IXANY", 2048), ("IXOFF", 4096), ("IXON", 1024), ("NCC", 8), ("NCCS", 32), ("NL0", 0), ("NL1", 256), ("NLDLY", 256),
        ("NOFLSH", 128), ("N_MOUSE", 2), ("N_PPP", 3), ("N_SLIP", 1), ("N_STRIP", 4), ("N_TTY", 0), ("OCRNL", 8),
        ("OFDEL", 128), ("OFILL", 64), ("OLCUC", 2), ("ONLCR", 4), ("ONLRET", 32), ("ONOCR", 16), ("OPOST", 1),
        ("PARENB", 256), ("PARMRK", 8), ("PARODD", 512), ("PENDIN", 16384), ("TAB0", 0), ("TAB1", 2048), ("TAB2", 4096),
        ("TAB3", 6144), ("TABDLY", 6144), ("TCFLSH", 21515), ("TCGETA", 21509), ("TCGETS", 21505), ("TCIFLUSH", 0),
        ("TCIOFF", 2), ("TCIOFLUSH", 2), ("TCION", 3), ("TCOFLUSH", 1), ("TCOOFF", 0), ("TCOON", 1), ("TCSADRAIN", 1),
        ("TCSAFLUSH", 2), ("TCSANOW", 0), ("TCSBRK", 21513), ("TCSBRKP", 21541), ("TCSETA", 21510), ("TCSETAF", 21512),
        ("TCSETAW", 21511), ("TCSETS", 21506), ("TCSETSF", 21508), ("TCSETSW", 21507), ("TCXONC", 21514), ("TIOCCONS", 21533),
        ("TIOCEXCL", 21516), ("TIOCGETD", 21540), ("TIOCGICOUNT", 21597), ("TIOCGLCKTRMIOS", 21590), ("TIOCGPGRP", 21519),
        ("TIOCGSERIAL", 21534), ("TIOCGSOFTCAR", 21529), ("TIOCGWINSZ", 21523), ("TIOCINQ", 21531), ("TIOCLINUX", 21532),
        ("TIOCMBIC", 21527), ("TIOCMBIS", 21526), ("TIOCMGET", 21525), ("TIOCMIWAIT", 21596), ("TIOCMSET", 21528),
        ("TIOCM_CAR", 64), ("TIOCM_CD", 64), ("TIOCM_CTS", 32), ("TIOCM_DSR", 256), ("TIOCM_DTR", 2), ("TIOCM_LE", 1),
        ("TIOCM_RI", 128), ("TIOCM_RNG", 128), ("TIOCM_RTS", 4), ("TIOCM_SR", 16), ("TIOCM_ST", 8), ("TIOCNOTTY", 21538),
        ("TIOCNXCL", 21517), ("TIOCOUTQ", 21521), ("TIOCPKT", 21536), ("TIOCPKT_DATA", 0), ("TIOCPKT_DOSTOP", 32),
        ("TIOCPKT_FLUSHREAD", 1), ("TIOCPKT_FLUSHWRITE", 2), ("TIOCPKT_NOSTOP", 16), ("TIOCPKT_START", 8), ("TIOCPKT_STOP", 4),
        ("TIOCSCTTY", 21518), ("TIOCSERCONFIG", 21587), ("TIOCSERGETLSR", 21593), ("TIOCSERGETMULTI", 21594),
        ("TIOCSERGSTRUCT", 21592), ("TIOCSERGWILD", 21588), ("TIOCSERSETMULTI", 21595), ("TIOCSERSWILD", 21589),
        ("TIOCSER_TEMT", 1), ("TIOCSETD", 21539), ("TIOCSLCKTRMIOS", 21591), ("TIOCSPGRP", 21520), ("TIOCSSERIAL", 21535),
        ("TIOCSSOFTCAR", 21530), ("TIOCSTI", 21522), ("TIOCSWINSZ", 21524), ("TOSTOP", 256), ("VDISCARD", 13), ("VEOF", 4),
        ("VEOL", 11), ("VEOL2", 16), ("VERASE", 2), ("VINTR", 0), ("VKILL", 3), ("VLNEXT", 15), ("VMIN", 6), ("VQUIT", 1),
        ("VREPRINT", 12), ("VSTART", 8), ("VSTOP", 9), ("VSUSP", 10), ("VSWTC", 7), ("VSWTCH", 7), ("VT0", 0), ("VT1", 16384),
        ("VTDLY", 16384), ("VTIME", 5), ("VWERASE", 14), ("XCASE", 4), ("XTABS", 6144), ("_POSIX_VDISABLE", 0),
    ];

    private const int NCCS = 32, VTIME = 5, VMIN = 6, ICANON = 2, TIOCGWINSZ = 0x5413, TIOCSWINSZ = 0x5414;
    /// <summary>Larger than glibc's struct termios (60 bytes): only libc reads and writes it.</summary>
    private const int TermiosSize = 128, CcOffset = 17;

    [DllImport("libc", EntryPoint = "tcgetattr", SetLastError = true)] private static extern unsafe int TcGetAttr(int fd, byte* t);
    [DllImport("libc", EntryPoint = "tcsetattr", SetLastError = true)] private static extern unsafe int TcSetAttr(int fd, int when, byte* t);
    [DllImport("libc", EntryPoint = "cfgetispeed")] private static extern unsafe uint CfGetISpeed(byte* t);
    [DllImport("libc", EntryPoint = "cfgetospeed")] private static extern unsafe uint CfGetOSpeed(byte* t);
    [DllImport("libc", EntryPoint = "cfsetispeed", SetLastError = true)] private static extern unsafe int CfSetISpeed(byte* t, uint speed);
    [DllImport("libc", EntryPoint = "cfsetospeed", SetLastError = true)] private static extern unsafe int CfSetOSpeed(byte* t, uint speed);
    [DllImport("libc", EntryPoint = "tcsendbreak", SetLastError = true)] private static extern int TcSendBreak(int fd, int duration);
    [DllImport("libc", EntryPoint = "tcdrain", SetLastError = true)] private static extern int TcDrain(int fd);
    [DllImport("libc", EntryPoint = "tcflush", SetLastError = true)] private static extern int TcFlush(int fd, int queue);
    [DllImport("libc", EntryPoint = "tcflow", SetLastError = true)] private static extern int TcFlow(int fd, int action);
    [DllImport("libc", EntryPoint = "ioctl", SetLastError = true)] private static extern unsafe int IoCtl(int fd, nuint request, ushort* winsize);

    private static void Exec(ThreadState ts, PyModule m)
    {
        if (!OperatingSystem.IsLinux() || !Environment.Is64BitProcess)
            throw PyErr.ImportError("termios: Kaa implements the termios module on 64-bit Linux only");
        var st = (State)m.State!;
        st.Error = CrossInterpreter.XIExceptionTypes.NewExceptionType(ts, "termios", "error", PyExc.Exception, null);
        m.Set("__doc__", PyStr.From("This module provides an interface to the Posix calls for tty I/O control.\n"
            + "For a complete description of these calls, see the Posix or Unix manual\npages. It is only available for those Unix versions "
            + "that support Posix\ntermios style tty I/O control.\n\nAll functions in this module take a file descriptor fd as their "
            + "first\nargument. This can be an integer file descriptor, such as returned by\nsys.stdin.fileno(), or a file object, such as "
            + "sys.stdin itself."));
        m.Set("error", st.Error);
        foreach (var (name, value) in Constants) m.Set(name, PyInt.From(value));
        void Fn(string name, BuiltinFunc f, string doc) => m.Set(name, new PyBuiltinFunction(name, f, m, doc));
        Fn("tcgetattr", TcGetAttrFn, "Get the tty attributes for file descriptor fd.");
        Fn("tcsetattr", TcSetAttrFn, "Set the tty attributes for file descriptor fd.");
        Fn("tcsendbreak", (ts2, mod, a, kw) => Simple(ts2, mod, "tcsendbreak", a, kw, TcSendBreak), "Send a break on file descriptor fd.");
        Fn("tcdrain", TcDrainFn, "Wait until all output written to file descriptor fd has been transmitted.");
        Fn("tcflush", (ts2, mod, a, kw) => Simple(ts2, mod, "tcflush", a, kw, TcFlush), "Discard queued data on file descriptor fd.");
        Fn("tcflow", (ts2, mod, a, kw) => Simple(ts2, mod, "tcflow", a, kw, TcFlow), "Suspend or resume input or output on file descriptor fd.");
        Fn("tcgetwinsize", TcGetWinSizeFn, "Get the tty winsize for file descriptor fd.\n\nReturns a tuple (ws_row, ws_col).");
        Fn("tcsetwinsize", TcSetWinSizeFn, "Set the tty winsize for file descriptor fd.\n\nThe winsize to be set is taken from the winsize argument, "
            + "which\nis a two-item tuple (ws_row, ws_col) like the one returned by tcgetwinsize().");
    }

    /// <summary>termios.error(errno, strerror), as PyErr_SetFromErrno(TermiosError).</summary>
    private static PyException Error(PyModule? m, int errno)
        => PyErr.New(((State)m!.State!).Error, new PyTuple([PyInt.From(errno), PyStr.From(ErrnoModule.StrError(errno))]));

    private static PyObject TcGetAttrFn(ThreadState ts, PyModule? m, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        Args.Exact("termios.tcgetattr", a, kw, 1);
        int fd = FcntlModule.AsFileDescriptor(ts, a[0]);
        unsafe
        {
            byte* t = stackalloc byte[TermiosSize];
            if (TcGetAttr(fd, t) != 0) throw Error(m, Marshal.GetLastPInvokeError());
            uint* flags = (uint*)t;
            var cc = new PyObject[NCCS];
            for (int i = 0; i < NCCS; i++) cc[i] = new PyBytes([t[CcOffset + i]]);
            // MIN and TIME share slots with EOF/EOL on some systems: numbers only in non-canonical mode.
            if ((flags[3] & ICANON) == 0)
            {
                cc[VMIN] = PyInt.From(t[CcOffset + VMIN]);
                cc[VTIME] = PyInt.From(t[CcOffset + VTIME]);
            }
            return new PyList([PyInt.From(flags[0]), PyInt.From(flags[1]), PyInt.From(flags[2]), PyInt.From(flags[3]),
                PyInt.From(CfGetISpeed(t)), PyInt.From(CfGetOSpeed(t)), new PyList(cc)]);
        }
    }

    private static PyObject TcSetAttrFn(ThreadState ts, PyModule? m, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        var p = FcntlModule.Positional("tcsetattr", a, kw, 3, 3);
        int fd = FcntlModule.AsFileDescriptor(ts, p[0]!);
        int when = ResourceModule.AsCInt(ts, p[1]!);
        if (p[2] is not PyList term || term.Count != 7) throw PyErr.TypeError("tcsetattr, arg 3: must be 7 element list");
        unsafe
        {
            byte* t = stackalloc byte[TermiosSize];
            if (TcGetAttr(fd, t) != 0) throw Error(m, Marshal.GetLastPInvokeError());
            uint* flags = (uint*)t;
            for (int i = 0; i < 4; i++) flags[i] = (uint)ResourceModule.AsLongLong(ts, term.Items[i]);
            uint ispeed = (uint)ResourceModule.AsLongLong(ts, term.Items[4]);
            uint ospeed = (uint)ResourceModule.AsLongLong(ts, term.Items[5]);
            if (term.Items[6] is not PyList cc || cc.Count != NCCS) throw PyErr.TypeError($"tcsetattr: attributes[6] must be {NCCS} element list");
            for (int i = 0; i < NCCS; i++)
            {
                var v = cc.Items[i];
                if (v is PyBytes b && b.Value.Length == 1) t[CcOffset + i] = b.Value[0];
                else if (v is PyInt) t[CcOffset + i] = (byte)ResourceModule.AsLongLong(ts, v);
                else throw PyErr.TypeError("tcsetattr: elements of attributes must be characters or integers");
            }
            if (CfSetISpeed(t, ispeed) != 0 || CfSetOSpeed(t, ospeed) != 0) throw Error(m, Marshal.GetLastPInvokeError());
            if (TcSetAttr(fd, when, t) != 0) throw Error(m, Marshal.GetLastPInvokeError());
        }
        return PyNone.Value;
    }

    private static PyObject Simple(ThreadState ts, PyModule? m, string name, ReadOnlySpan<PyObject> a, PyTuple? kw, Func<int, int, int> call)
    {
        var p = FcntlModule.Positional(name, a, kw, 2, 2);
        int fd = FcntlModule.AsFileDescriptor(ts, p[0]!);
        int arg = ResourceModule.AsCInt(ts, p[1]!);
        int errno = 0;
        int r = ts.WithoutGil(() => { int x = call(fd, arg); if (x != 0) errno = Marshal.GetLastPInvokeError(); return x; });
        if (r != 0) throw Error(m, errno);
        return PyNone.Value;
    }

    private static PyObject TcDrainFn(ThreadState ts, PyModule? m, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        Args.Exact("termios.tcdrain", a, kw, 1);
        int fd = FcntlModule.AsFileDescriptor(ts, a[0]);
        int errno = 0;
        int r = ts.WithoutGil(() => { int x = TcDrain(fd); if (x != 0) errno = Marshal.GetLastPInvokeError(); return x; });
        if (r != 0) throw Error(m, errno);
        return PyNone.Value;
    }

    private static PyObject TcGetWinSizeFn(ThreadState ts, PyModule? m, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        Args.Exact("termios.tcgetwinsize", a, kw, 1);
        int fd = FcntlModule.AsFileDescriptor(ts, a[0]);
        unsafe
        {
            ushort* ws = stackalloc ushort[4];
            if (IoCtl(fd, TIOCGWINSZ, ws) != 0) throw Error(m, Marshal.GetLastPInvokeError());
            return new PyTuple([PyInt.From(ws[0]), PyInt.From(ws[1])]);
        }
    }

    private static PyObject TcSetWinSizeFn(ThreadState ts, PyModule? m, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        var p = FcntlModule.Positional("tcsetwinsize", a, kw, 2, 2);
        int fd = FcntlModule.AsFileDescriptor(ts, p[0]!);
        var size = p[1]!;
        if (size is PyDict || size.ObType.Lookup(PyStr.From("__getitem__")) == null || Ops.Length(ts, size) != 2) throw PyErr.TypeError("tcsetwinsize, arg 2: must be a two-item sequence");
        long rows = ResourceModule.AsLongLong(ts, Ops.GetItem(ts, size, PyInt.Zero));
        long cols = ResourceModule.AsLongLong(ts, Ops.GetItem(ts, size, PyInt.One));
        unsafe
        {
            ushort* ws = stackalloc ushort[4];
            if (IoCtl(fd, TIOCGWINSZ, ws) != 0) throw Error(m, Marshal.GetLastPInvokeError());
            if (rows < 0 || rows > ushort.MaxValue || cols < 0 || cols > ushort.MaxValue) throw PyErr.OverflowError("winsize value(s) out of range.");
            ws[0] = (ushort)rows;
            ws[1] = (ushort)cols;
            if (IoCtl(fd, TIOCSWINSZ, ws) != 0) throw Error(m, Marshal.GetLastPInvokeError());
        }
        return PyNone.Value;
    }
}
