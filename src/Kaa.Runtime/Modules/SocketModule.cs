using System.Buffers.Binary;
using System.Text;
using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// The _socket module (Modules/socketmodule.c) that socket.py builds on, for Linux: the socket type
/// (<see cref="PySocket"/>) over real descriptors, socketpair, name resolution through getaddrinfo(3),
/// the inet_* conversions, byte-order helpers and the constants socket.py re-exports. AF_INET, AF_INET6
/// and AF_UNIX addresses are supported; sendmsg/recvmsg, sethostname and the Windows-only calls are not
/// (socket.py checks for them with hasattr). gaierror, herror and the default timeout are per interpreter.
/// </summary>
public static partial class SocketModule
{
    public sealed class State
    {
        public PyType GaiError = null!;
        public PyType HError = null!;
        /// <summary>setdefaulttimeout's value in ns; -1 for None.</summary>
        public long DefaultTimeout = -1;
    }

    public static readonly BuiltinModuleDef Definition = new()
    {
        Name = "_socket",
        Exec = Exec,
        CreateState = () => new State(),
    };

    public static IEnumerable<PyType> Types()
    {
        yield return PySocket.TypeObject;
    }

    internal static void InitTypes() => PySocket.Init();

    private static State St(ThreadState ts) => (State)ts.Interp.BuiltinModule(ts, Definition).State!;

    internal static PyType GaiError(ThreadState ts) => St(ts).GaiError;

    internal static long DefaultTimeout(ThreadState ts) => St(ts).DefaultTimeout;

    /// <summary>gaierror/herror(code, message), built by calling the type so OSError's errno/strerror are set.</summary>
    internal static PyException Raise(ThreadState ts, PyType type, int code, string message)
        => new((PyBaseException)Ops.Call(ts, type, PyInt.From(code), PyStr.From(message)));

    /// <summary>socket_parse_timeout: None is -1 (blocking); a negative number is refused.</summary>
    internal static long ParseTimeout(ThreadState ts, PyObject o)
    {
        if (o is PyNone) return -1;
        double d;
        if (o is PyFloat f) d = f.Value;
        else if (Ops.HasIndex(o)) d = Ops.Index(ts, o).ToDouble();
        else throw PyErr.TypeError($"'{o.ObType.Name}' object cannot be interpreted as an integer");
        if (double.IsNaN(d)) throw PyErr.ValueError("Invalid value NaN (not a number)");
        if (d < 0) throw PyErr.ValueError("Timeout value out of range");
        double ns = Math.Ceiling(d * 1e9);
        if (ns >= 9.2e18) throw PyErr.OverflowError("timestamp too large to convert to C _PyTime_t");
        return (long)ns;
    }

    private static readonly System.Collections.Immutable.ImmutableArray<(string, long)> Constants =
    [
        ("AF_UNSPEC", 0), ("AF_UNIX", 1), ("AF_INET", 2), ("AF_INET6", 10), ("AF_NETLINK", 16), ("AF_PACKET", 17),
        ("AI_ADDRCONFIG", 32), ("AI_ALL", 16), ("AI_CANONNAME", 2), ("AI_NUMERICHOST", 4), ("AI_NUMERICSERV", 1024),
        ("AI_PASSIVE", 1), ("AI_V4MAPPED", 8),
        ("EAI_ADDRFAMILY", -9), ("EAI_AGAIN", -3), ("EAI_BADFLAGS", -1), ("EAI_FAIL", -4), ("EAI_FAMILY", -6),
        ("EAI_MEMORY", -10), ("EAI_NODATA", -5), ("EAI_NONAME", -2), ("EAI_OVERFLOW", -12), ("EAI_SERVICE", -8),
        ("EAI_SOCKTYPE", -7), ("EAI_SYSTEM", -11),
        ("INADDR_ALLHOSTS_GROUP", 3758096385), ("INADDR_ANY", 0), ("INADDR_BROADCAST", 4294967295),
        ("INADDR_LOOPBACK", 2130706433), ("INADDR_MAX_LOCAL_GROUP", 3758096639), ("INADDR_NONE", 4294967295),
        ("INADDR_UNSPEC_GROUP", 3758096384),
        ("IPPROTO_ICMP", 1), ("IPPROTO_ICMPV6", 58), ("IPPROTO_IP", 0), ("IPPROTO_IPV6", 41), ("IPPROTO_RAW", 255),
        ("IPPROTO_TCP", 6), ("IPPROTO_UDP", 17), ("IPPROTO_SCTP", 132),
        ("IPV6_JOIN_GROUP", 20), ("IPV6_LEAVE_GROUP", 21), ("IPV6_MULTICAST_HOPS", 18), ("IPV6_MULTICAST_IF", 17),
        ("IPV6_MULTICAST_LOOP", 19), ("IPV6_UNICAST_HOPS", 16), ("IPV6_V6ONLY", 26), ("IPV6_TCLASS", 67),
        ("IP_ADD_MEMBERSHIP", 35), ("IP_DROP_MEMBERSHIP", 36), ("IP_HDRINCL", 3), ("IP_MULTICAST_IF", 32),
        ("IP_MULTICAST_LOOP", 34), ("IP_MULTICAST_TTL", 33), ("IP_OPTIONS", 4), ("IP_TOS", 1), ("IP_TTL", 2),
        ("MSG_CTRUNC", 8), ("MSG_DONTROUTE", 4), ("MSG_DONTWAIT", 64), ("MSG_EOR", 128), ("MSG_NOSIGNAL", 16384),
        ("MSG_OOB", 1), ("MSG_PEEK", 2), ("MSG_TRUNC", 32), ("MSG_WAITALL", 256), ("MSG_MORE", 32768),
        ("NI_DGRAM", 16), ("NI_MAXHOST", 1025), ("NI_MAXSERV", 32), ("NI_NAMEREQD", 8), ("NI_NOFQDN", 4),
        ("NI_NUMERICHOST", 1), ("NI_NUMERICSERV", 2),
        ("SHUT_RD", 0), ("SHUT_RDWR", 2), ("SHUT_WR", 1),
        ("SOCK_CLOEXEC", 524288), ("SOCK_DGRAM", 2), ("SOCK_NONBLOCK", 2048), ("SOCK_RAW", 3), ("SOCK_RDM", 4),
        ("SOCK_SEQPACKET", 5), ("SOCK_STREAM", 1),
        ("SOL_IP", 0), ("SOL_SOCKET", 1), ("SOL_TCP", 6), ("SOL_UDP", 17), ("SOMAXCONN", 4096),
        ("SO_ACCEPTCONN", 30), ("SO_BROADCAST", 6), ("SO_DEBUG", 1), ("SO_DOMAIN", 39), ("SO_DONTROUTE", 5),
        ("SO_ERROR", 4), ("SO_KEEPALIVE", 9), ("SO_LINGER", 13), ("SO_OOBINLINE", 10), ("SO_PROTOCOL", 38),
        ("SO_RCVBUF", 8), ("SO_RCVLOWAT", 18), ("SO_RCVTIMEO", 20), ("SO_REUSEADDR", 2), ("SO_REUSEPORT", 15),
        ("SO_SNDBUF", 7), ("SO_SNDLOWAT", 19), ("SO_SNDTIMEO", 21), ("SO_TYPE", 3), ("SO_PEERCRED", 17),
        ("SO_PRIORITY", 12), ("SO_BINDTODEVICE", 25), ("SO_MARK", 36), ("SO_PASSCRED", 16),
        ("SCM_RIGHTS", 1), ("SCM_CREDENTIALS", 2),
        ("TCP_CORK", 3), ("TCP_DEFER_ACCEPT", 9), ("TCP_FASTOPEN", 23), ("TCP_INFO", 11), ("TCP_KEEPCNT", 6),
        ("TCP_KEEPIDLE", 4), ("TCP_KEEPINTVL", 5), ("TCP_LINGER2", 8), ("TCP_MAXSEG", 2), ("TCP_NODELAY", 1),
        ("TCP_QUICKACK", 12), ("TCP_SYNCNT", 7), ("TCP_USER_TIMEOUT", 18), ("TCP_WINDOW_CLAMP", 10),
        ("TCP_NOTSENT_LOWAT", 25), ("TCP_CONGESTION", 13),
    ];

    private static void Exec(ThreadState ts, PyModule m)
    {
        if (!OperatingSystem.IsLinux())
            throw PyErr.ImportError("_socket: Kaa implements the _socket module on Linux only");
        var st = (State)m.State!;
        ts.Interp.RecordBuiltinModule(Definition, m);
        st.HError = CrossInterpreter.XIExceptionTypes.NewExceptionType(ts, "socket", "herror", PyExc.OSError, null);
        st.GaiError = CrossInterpreter.XIExceptionTypes.NewExceptionType(ts, "socket", "gaierror", PyExc.OSError, null);
        void Fn(string name, BuiltinFunc f) => m.Set(name, new PyBuiltinFunction(name, f, m));
        m.Set("socket", PySocket.TypeObject);
        m.Set("SocketType", PySocket.TypeObject);
        m.Set("error", PyExc.OSError);
        m.Set("timeout", PyExc.TimeoutError);
        m.Set("herror", st.HError);
        m.Set("gaierror", st.GaiError);
        m.Set("has_ipv6", PyBool.True);
        foreach (var (name, value) in Constants) m.Set(name, PyInt.From(value));

        Fn("socketpair", (ts2, _, a, kw) =>
        {
            Args.NoKeywords("socketpair", kw);
            ItertoolsModule.CheckPositional("socketpair", a.Length, 0, 3);
            int family = a.Length > 0 && a[0] is not PyNone ? (int)Ops.IndexAsLong(ts2, a[0]) : AF_UNIX;
            int type = a.Length > 1 && a[1] is not PyNone ? (int)Ops.IndexAsLong(ts2, a[1]) : SOCK_STREAM;
            int proto = a.Length > 2 && a[2] is not PyNone ? (int)Ops.IndexAsLong(ts2, a[2]) : 0;
            int rc, fd0, fd1;
            unsafe
            {
                int* sv = stackalloc int[2];
                rc = Native.SocketPair(family, type | SOCK_CLOEXEC, proto, sv);
                fd0 = sv[0];
                fd1 = sv[1];
            }
            if (rc < 0) throw IoErrors.OSError(Errno());
            return new PyTuple([Wrap(ts2, fd0, family, type, proto), Wrap(ts2, fd1, family, type, proto)]);
        });
        Fn("dup", (ts2, _, a, kw) =>
        {
            Args.Exact("dup", a, kw, 1);
            int fd = Native.FcntlDupCloexec((int)Ops.IndexAsLong(ts2, a[0]), F_DUPFD_CLOEXEC, 0);
            if (fd < 0) throw IoErrors.OSError(Errno());
            return PyInt.From(fd);
        });
        Fn("close", (ts2, _, a, kw) =>
        {
            Args.Exact("close", a, kw, 1);
            if (Native.Close((int)Ops.IndexAsLong(ts2, a[0])) < 0 && Errno() is var e && e != IoErrors.ECONNRESET) throw IoErrors.OSError(e);
            return PyNone.Value;
        });
        Fn("getdefaulttimeout", (ts2, mod, a, kw) =>
        {
            Args.Exact("getdefaulttimeout", a, kw, 0);
            long t = ((State)((PyModule)mod!).State!).DefaultTimeout;
            return t < 0 ? PyNone.Value : new PyFloat(t / 1e9);
        });
        Fn("setdefaulttimeout", (ts2, mod, a, kw) =>
        {
            Args.Exact("setdefaulttimeout", a, kw, 1);
            ((State)((PyModule)mod!).State!).DefaultTimeout = ParseTimeout(ts2, a[0]);
            return PyNone.Value;
        });
        Fn("gethostname", (ts2, _, a, kw) =>
        {
            Args.Exact("gethostname", a, kw, 0);
            var buf = new byte[1024];
            int rc;
            unsafe { fixed (byte* b = buf) rc = Native.GetHostName(b, buf.Length - 1); }
            if (rc < 0) throw IoErrors.OSError(Errno());
            int n = Array.IndexOf(buf, (byte)0);
            return PyStr.From(Encoding.UTF8.GetString(buf, 0, n < 0 ? buf.Length : n));
        });
        Fn("getaddrinfo", GetAddrInfo);
        Fn("gethostbyname", (ts2, _, a, kw) =>
        {
            Args.Exact("gethostbyname", a, kw, 1);
            var ip = ResolveHost(ts2, HostArg(ts2, a[0]), AF_INET);
            return PyStr.From(InetNtop(AF_INET, ip));
        });
        Fn("gethostbyname_ex", (ts2, _, a, kw) =>
        {
            Args.Exact("gethostbyname_ex", a, kw, 1);
            var host = HostArg(ts2, a[0]);
            var addrs = new PyList();
            var seen = new HashSet<string>();
            string canon = host;
            foreach (var (fam, _, _, cn, addr) in GetAddrInfoRaw(ts2, host, null, AF_INET, SOCK_STREAM, 0, 2))
            {
                if (cn.Length > 0) canon = cn;
                var ip = InetNtop(AF_INET, addr.AsSpan(4, 4));
                if (seen.Add(ip)) addrs.Append(PyStr.From(ip));
            }
            return new PyTuple([PyStr.From(canon), new PyList(), addrs]);
        });
        Fn("getnameinfo", (ts2, _, a, kw) =>
        {
            Args.Exact("getnameinfo", a, kw, 2);
            if (a[0] is not PyTuple t || t.Count < 2 || t.Count > 4)
                throw PyErr.TypeError("getnameinfo() argument 1 must be a tuple");
            int flags = (int)Ops.IndexAsLong(ts2, a[1]);
            var host = HostArg(ts2, t.Items[0]);
            var port = Ops.IndexAsLong(ts2, t.Items[1]).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var res = GetAddrInfoRaw(ts2, host, port, AF_UNSPEC, SOCK_DGRAM, 0, 4);
            if (res.Count != 1) throw IoErrors.WithMessage(PyExc.OSError, "sockaddr resolved to multiple addresses");
            var (fam, _, _, _, addr) = res[0];
            if (fam == AF_INET && t.Count != 2) throw PyErr.OverflowError("IPv4 sockaddr must be 2 tuple");
            return NameInfo(ts2, addr, fam == AF_INET ? 16 : 28, flags);
        });
        Fn("gethostbyaddr", (ts2, _, a, kw) =>
        {
            Args.Exact("gethostbyaddr", a, kw, 1);
            var host = HostArg(ts2, a[0]);
            var res = GetAddrInfoRaw(ts2, host, null, AF_UNSPEC, SOCK_STREAM, 0, 0);
            var (fam, _, _, _, addr) = res[0];
            var name = NameInfo(ts2, addr, fam == AF_INET ? 16 : 28, 8 /* NI_NAMEREQD */, herror: true);
            var ip = fam == AF_INET ? InetNtop(AF_INET, addr.AsSpan(4, 4)) : InetNtop(AF_INET6, addr.AsSpan(8, 16));
            return new PyTuple([((PyTuple)name).Items[0], new PyList(), new PyList([PyStr.From(ip)])]);
        });
        Fn("inet_aton", (ts2, _, a, kw) =>
        {
            Args.Exact("inet_aton", a, kw, 1);
            if (a[0] is not PyStr s) throw PyErr.TypeError($"inet_aton() argument must be str, not {PyErr.ArgTypeName(a[0])}");
            var ip = InetAton(s.Value) ?? throw IoErrors.WithMessage(PyExc.OSError, "illegal IP address string passed to inet_aton");
            return new PyBytes(ip);
        });
        Fn("inet_ntoa", (ts2, _, a, kw) =>
        {
            Args.Exact("inet_ntoa", a, kw, 1);
            if (!BytesMethods.IsBuffer(a[0]) || a[0] is PyStr)
                throw PyErr.TypeError($"a bytes-like object is required, not '{a[0].ObType.Name}'");
            var b = BytesMethods.Buffer(a[0]);
            if (b.Length != 4) throw IoErrors.WithMessage(PyExc.OSError, "packed IP wrong length for inet_ntoa");
            return PyStr.From(InetNtop(AF_INET, b));
        });
        Fn("inet_pton", (ts2, _, a, kw) =>
        {
            Args.Exact("inet_pton", a, kw, 2);
            int af = (int)Ops.IndexAsLong(ts2, a[0]);
            if (a[1] is not PyStr s) throw PyErr.TypeError($"inet_pton() argument 2 must be str, not {PyErr.ArgTypeName(a[1])}");
            if (af != AF_INET && af != AF_INET6) throw IoErrors.OSError(97);
            var ip = InetPton(af, s.Value) ?? throw IoErrors.WithMessage(PyExc.OSError, "illegal IP address string passed to inet_pton");
            return new PyBytes(ip);
        });
        Fn("inet_ntop", (ts2, _, a, kw) =>
        {
            Args.Exact("inet_ntop", a, kw, 2);
            int af = (int)Ops.IndexAsLong(ts2, a[0]);
            if (!BytesMethods.IsBuffer(a[1]) || a[1] is PyStr)
                throw PyErr.TypeError($"a bytes-like object is required, not '{a[1].ObType.Name}'");
            var b = BytesMethods.Buffer(a[1]);
            if (af == AF_INET) { if (b.Length != 4) throw PyErr.ValueError("invalid length of packed IP address string"); }
            else if (af == AF_INET6) { if (b.Length != 16) throw PyErr.ValueError("invalid length of packed IP address string"); }
            else throw PyErr.ValueError($"unknown address family {af}");
            return PyStr.From(InetNtop(af, b));
        });
        Fn("htons", (ts2, _, a, kw) => { Args.Exact("htons", a, kw, 1); return PyInt.From(BinaryPrimitives.ReverseEndianness(Short(ts2, a[0], "htons"))); });
        Fn("ntohs", (ts2, _, a, kw) => { Args.Exact("ntohs", a, kw, 1); return PyInt.From(BinaryPrimitives.ReverseEndianness(Short(ts2, a[0], "ntohs"))); });
        Fn("htonl", (ts2, _, a, kw) => { Args.Exact("htonl", a, kw, 1); return PyInt.From(BinaryPrimitives.ReverseEndianness(Long(ts2, a[0]))); });
        Fn("ntohl", (ts2, _, a, kw) => { Args.Exact("ntohl", a, kw, 1); return PyInt.From(BinaryPrimitives.ReverseEndianness(Long(ts2, a[0]))); });
    }

    private static ushort Short(ThreadState ts, PyObject o, string fname)
    {
        if (o is not PyInt) throw PyErr.TypeError($"'{o.ObType.Name}' object cannot be interpreted as an integer");
        var v = Ops.Index(ts, o);
        if (v.Sign < 0) throw PyErr.OverflowError($"{fname}: can't convert negative Python int to C 16-bit unsigned integer");
        if (!v.IsSmall || v.Small > 0xffff) throw PyErr.OverflowError($"{fname}: Python int too large to convert to C 16-bit unsigned integer");
        return (ushort)v.Small;
    }

    private static uint Long(ThreadState ts, PyObject o)
    {
        if (o is not PyInt) throw PyErr.TypeError($"expected int, {o.ObType.Name} found");
        var v = Ops.Index(ts, o);
        if (v.Sign < 0) throw PyErr.OverflowError("can't convert negative value to unsigned int");
        if (!v.IsSmall || v.Small > uint.MaxValue) throw PyErr.OverflowError("int larger than 32 bits");
        return (uint)v.Small;
    }

    /// <summary>inet_aton(3)'s forms: a.b.c.d, a.b.c, a.b and a, each part decimal, octal or hex.</summary>
    private static byte[]? InetAton(string s)
    {
        var parts = s.Split('.');
        if (parts.Length is < 1 or > 4) return null;
        var vals = new ulong[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            var p = parts[i];
            if (i == parts.Length - 1 && p.Length > 0 && p.Length != p.TrimEnd().Length) p = p.TrimEnd();
            if (p.Length == 0) return null;
            try
            {
                if (p.StartsWith("0x", StringComparison.OrdinalIgnoreCase)) vals[i] = p.Length == 2 ? 0 : Convert.ToUInt64(p[2..], 16);
                else if (p.Length > 1 && p[0] == '0') vals[i] = Convert.ToUInt64(p[1..], 8);
                else if (p.All(char.IsAsciiDigit)) vals[i] = ulong.Parse(p, System.Globalization.CultureInfo.InvariantCulture);
                else return null;
            }
            catch (Exception e) when (e is FormatException or OverflowException or ArgumentException) { return null; }
        }
        ulong addr;
        switch (vals.Length)
        {
            case 1: if (vals[0] > 0xffffffff) return null; addr = vals[0]; break;
            case 2: if (vals[0] > 255 || vals[1] > 0xffffff) return null; addr = vals[0] << 24 | vals[1]; break;
            case 3: if (vals[0] > 255 || vals[1] > 255 || vals[2] > 0xffff) return null; addr = vals[0] << 24 | vals[1] << 16 | vals[2]; break;
            default:
                if (vals.Any(v => v > 255)) return null;
                addr = vals[0] << 24 | vals[1] << 16 | vals[2] << 8 | vals[3];
                break;
        }
        var r = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(r, (uint)addr);
        return r;
    }

    private static PySocket Wrap(ThreadState ts, int fd, int family, int type, int proto)
    {
        var s = new PySocket(PySocket.TypeObject) { Fd = fd, Family = family, SockType = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC), Proto = proto };
        if ((type & SOCK_NONBLOCK) != 0) s.TimeoutNs = 0;
        else
        {
            long dflt = DefaultTimeout(ts);
            s.TimeoutNs = dflt;
            if (dflt >= 0) s.ApplyTimeout(dflt);
        }
        return s;
    }

    private static unsafe PyObject NameInfo(ThreadState ts, byte[] addr, int alen, int flags, bool herror = false)
    {
        var host = new byte[1025];
        var serv = new byte[32];
        int rc;
        fixed (byte* a = addr) fixed (byte* h = host) fixed (byte* s = serv)
            rc = Native.GetNameInfo(a, alen, h, host.Length, s, serv.Length, flags);
        if (rc != 0)
        {
            string msg = System.Runtime.InteropServices.Marshal.PtrToStringUTF8((nint)Native.GaiStrError(rc)) ?? $"Unknown error {rc}";
            if (herror) throw Raise(ts, St(ts).HError, 1, "Unknown host");
            throw Raise(ts, GaiError(ts), rc, msg);
        }
        static string Z(byte[] b) => Encoding.UTF8.GetString(b, 0, Math.Max(0, Array.IndexOf(b, (byte)0)));
        return new PyTuple([PyStr.From(Z(host)), PyStr.From(Z(serv))]);
    }

    private static PyObject GetAddrInfo(ThreadState ts, PyObject? mod, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        var p = Args.Parse("getaddrinfo", a, kw, ["host", "port", "family", "type", "proto", "flags"], 2);
        string? host = p[0] switch
        {
            PyNone => null,
            PyStr s => IdnaHost(ts, s),
            PyBytes b => Encoding.UTF8.GetString(b.Value),
            _ => throw PyErr.TypeError("getaddrinfo() argument 1 must be string or None"),
        };
        string? port = p[1] switch
        {
            PyNone => null,
            PyInt i => Ops.IndexAsLong(ts, i).ToString(System.Globalization.CultureInfo.InvariantCulture),
            PyStr s => s.Value,
            PyBytes b => Encoding.UTF8.GetString(b.Value),
            _ => throw IoErrors.WithMessage(PyExc.OSError, "Int or String expected"),
        };
        int Int(int i) => p[i] == null ? 0 : (int)Ops.IndexAsLong(ts, p[i]!);
        var list = new PyList();
        foreach (var (fam, type, proto, canon, addr) in GetAddrInfoRaw(ts, host, port, Int(2), Int(3), Int(4), Int(5)))
        {
            int alen = fam == AF_INET ? 16 : fam == AF_INET6 ? 28 : addr.Length;
            list.Append(new PyTuple([PyInt.From(fam), PyInt.From(type), PyInt.From(proto), PyStr.From(canon), DecodeAddress(addr, alen)]));
        }
        return list;
    }

    /// <summary>Host names go to the resolver IDNA-encoded (CPython encodes str hosts with the "idna" codec).</summary>
    private static string IdnaHost(ThreadState ts, PyStr s)
    {
        foreach (var c in s.Value) if (c > 127) return ((PyBytes)Ops.CallMethod(ts, s, "encode", PyStr.From("idna"))).Value is var b ? Encoding.ASCII.GetString(b) : s.Value;
        return s.Value;
    }
}
