using System.Buffers.Binary;
using System.Text;
using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>_socket: socket addresses between Python tuples/strings and struct sockaddr (getsockaddrarg / makesockaddr).</summary>
public static partial class SocketModule
{
    /// <summary>getsockaddrarg: encodes <paramref name="addr"/> for a socket of <paramref name="family"/> into <paramref name="buf"/>; returns its length.</summary>
    internal static int EncodeAddress(ThreadState ts, int family, PyObject addr, byte[] buf, string caller)
    {
        Array.Clear(buf);
        switch (family)
        {
            case AF_UNIX:
            {
                byte[] path;
                if (addr is PyStr s) path = Encoding.UTF8.GetBytes(s.Value);
                else if (BytesMethods.IsBuffer(addr)) path = BytesMethods.Buffer(addr).ToArray();
                else throw PyErr.TypeError($"a bytes-like object is required, not '{addr.ObType.Name}'");
                // Abstract namespace addresses start with NUL and are not NUL-terminated.
                bool isAbstract = path.Length > 0 && path[0] == 0;
                if (path.Length + (isAbstract ? 0 : 1) > 108) throw PyErr.OverflowError("AF_UNIX path too long");
                BinaryPrimitives.WriteUInt16LittleEndian(buf, AF_UNIX);
                path.CopyTo(buf, 2);
                return 2 + path.Length + (isAbstract ? 0 : 1);
            }
            case AF_INET:
            {
                if (addr is not PyTuple t)
                    throw PyErr.TypeError($"{caller}(): AF_INET address must be tuple, not {addr.ObType.Name}");
                if (t.Count != 2)
                    throw PyErr.TypeError($"AF_INET address must be a pair (host, port)");
                var host = HostArg(ts, t.Items[0]);
                int port = PortArg(ts, t.Items[1], caller);
                var ip = ResolveHost(ts, host, AF_INET);
                BinaryPrimitives.WriteUInt16LittleEndian(buf, AF_INET);
                BinaryPrimitives.WriteUInt16BigEndian(buf.AsSpan(2), (ushort)port);
                ip.CopyTo(buf, 4);
                return 16;
            }
            case AF_INET6:
            {
                if (addr is not PyTuple t)
                    throw PyErr.TypeError($"{caller}(): AF_INET6 address must be tuple, not {addr.ObType.Name}");
                if (t.Count < 2 || t.Count > 4)
                    throw PyErr.TypeError("AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])");
                var host = HostArg(ts, t.Items[0]);
                int port = PortArg(ts, t.Items[1], caller);
                long flow = t.Count > 2 ? Ops.IndexAsLong(ts, t.Items[2]) : 0;
                long scope = t.Count > 3 ? Ops.IndexAsLong(ts, t.Items[3]) : 0;
                if (flow < 0 || flow > 0xfffff) throw PyErr.OverflowError($"{caller}(): flowinfo must be 0-1048575.");
                var ip = ResolveHost(ts, host, AF_INET6);
                BinaryPrimitives.WriteUInt16LittleEndian(buf, AF_INET6);
                BinaryPrimitives.WriteUInt16BigEndian(buf.AsSpan(2), (ushort)port);
                BinaryPrimitives.WriteUInt32BigEndian(buf.AsSpan(4), (uint)flow);
                ip.CopyTo(buf, 8);
                BinaryPrimitives.WriteUInt32LittleEndian(buf.AsSpan(24), (uint)scope);
                return 28;
            }
            default:
                throw PyErr.New(PyExc.OSError, $"{caller}(): bad family");
        }
    }

    private static string HostArg(ThreadState ts, PyObject o) => o switch
    {
        PyStr s => s.Value,
        PyBytes b => Encoding.Latin1.GetString(b.Value),
        PyByteArray ba => Encoding.Latin1.GetString(ba.AsSpan()),
        _ => throw PyErr.TypeError($"str, bytes or bytearray expected, not {o.ObType.Name}"),
    };

    private static int PortArg(ThreadState ts, PyObject o, string caller)
    {
        if (!Ops.HasIndex(o)) throw PyErr.TypeError($"'{o.ObType.Name}' object cannot be interpreted as an integer");
        var v = Ops.Index(ts, o);
        if (!v.IsSmall || v.Small < 0 || v.Small > 0xffff) throw PyErr.OverflowError($"{caller}(): port must be 0-65535.");
        return (int)v.Small;
    }

    /// <summary>setipaddr: "" is the wildcard, "&lt;broadcast&gt;" the broadcast address, numeric forms are parsed, anything else resolved.</summary>
    internal static byte[] ResolveHost(ThreadState ts, string host, int family)
    {
        int len = family == AF_INET ? 4 : 16;
        if (host.Length == 0) return new byte[len];
        if (host == "<broadcast>" || host == "255.255.255.255")
        {
            if (family != AF_INET) throw IoErrors.WithMessage(PyExc.OSError, "address family mismatched");
            return [255, 255, 255, 255];
        }
        var ip = InetPton(family, host);
        if (ip != null) return ip;
        foreach (var (fam, _, _, _, addr) in GetAddrInfoRaw(ts, host, null, family, 0, 0, 0))
        {
            if (fam == AF_INET && family == AF_INET) return addr[4..8];
            if (fam == AF_INET6 && family == AF_INET6) return addr[8..24];
        }
        throw Raise(ts, GaiError(ts), -9, "Address family for hostname not supported");
    }

    internal static unsafe byte[]? InetPton(int family, string text)
    {
        var src = Encoding.ASCII.GetBytes(text + "\0");
        var dst = new byte[16];
        fixed (byte* d = dst)
            if (Native.InetPton(family, src, d) != 1) return null;
        return family == AF_INET ? dst[..4] : dst;
    }

    internal static string InetNtop(int family, ReadOnlySpan<byte> ip)
    {
        if (family == AF_INET) return $"{ip[0]}.{ip[1]}.{ip[2]}.{ip[3]}";
        return new System.Net.IPAddress(ip[..16]).ToString();
    }

    /// <summary>makesockaddr: a Python address from a struct sockaddr of <paramref name="len"/> bytes.</summary>
    internal static PyObject DecodeAddress(ReadOnlySpan<byte> b, int len)
    {
        if (len < 2) return PyNone.Value;
        int family = BinaryPrimitives.ReadUInt16LittleEndian(b);
        switch (family)
        {
            case AF_INET:
                return new PyTuple([PyStr.From(InetNtop(AF_INET, b.Slice(4, 4))), PyInt.From(BinaryPrimitives.ReadUInt16BigEndian(b[2..]))]);
            case AF_INET6:
                return new PyTuple([PyStr.From(InetNtop(AF_INET6, b.Slice(8, 16))), PyInt.From(BinaryPrimitives.ReadUInt16BigEndian(b[2..])),
                    PyInt.From(BinaryPrimitives.ReadUInt32BigEndian(b[4..])), PyInt.From(BinaryPrimitives.ReadUInt32LittleEndian(b[24..]))]);
            case AF_UNIX:
            {
                var path = b[2..Math.Max(2, len)];
                // Linux abstract namespace: bytes, kept whole; a path name: str up to its NUL.
                if (path.Length > 0 && path[0] == 0) return new PyBytes(path.ToArray());
                int nul = path.IndexOf((byte)0);
                if (nul >= 0) path = path[..nul];
                return PyStr.From(Encoding.UTF8.GetString(path));
            }
            default:
                return new PyTuple([PyInt.From(family), new PyBytes(b[2..Math.Max(2, len)].ToArray())]);
        }
    }

    /// <summary>getaddrinfo(3) results as (family, type, proto, canonname, raw sockaddr).</summary>
    internal static unsafe List<(int, int, int, string, byte[])> GetAddrInfoRaw(ThreadState ts, string? host, string? port,
        int family, int type, int proto, int flags)
    {
        var hints = stackalloc byte[48];
        new Span<byte>(hints, 48).Clear();
        *(int*)hints = flags;
        *(int*)(hints + 4) = family;
        *(int*)(hints + 8) = type;
        *(int*)(hints + 12) = proto;
        var h = host == null ? null : Encoding.UTF8.GetBytes(host + "\0");
        var p = port == null ? null : Encoding.UTF8.GetBytes(port + "\0");
        var hintsCopy = new byte[48];
        new Span<byte>(hints, 48).CopyTo(hintsCopy);
        var (code, errno, list) = ts.WithoutGil(() =>
        {
            var result = new List<(int, int, int, string, byte[])>();
            byte* res = null;
            int rc;
            fixed (byte* hp = h)
            fixed (byte* pp = p)
            fixed (byte* hi = hintsCopy)
                rc = Native.GetAddrInfo(hp, pp, hi, &res);
            int err = System.Runtime.InteropServices.Marshal.GetLastSystemError();
            if (rc != 0) return (rc, err, result);
            try
            {
                for (byte* ai = res; ai != null; ai = *(byte**)(ai + 40))
                {
                    int alen = *(int*)(ai + 16);
                    byte* sa = *(byte**)(ai + 24);
                    byte* cn = *(byte**)(ai + 32);
                    var addr = new byte[Math.Max(alen, 28)];
                    new Span<byte>(sa, alen).CopyTo(addr);
                    string canon = cn == null ? "" : System.Runtime.InteropServices.Marshal.PtrToStringUTF8((nint)cn) ?? "";
                    result.Add((*(int*)(ai + 4), *(int*)(ai + 8), *(int*)(ai + 12), canon, addr));
                }
            }
            finally { Native.FreeAddrInfo(res); }
            return (0, 0, result);
        });
        if (code == EAI_SYSTEM) throw IoErrors.OSError(errno);
        if (code != 0)
        {
            string msg = System.Runtime.InteropServices.Marshal.PtrToStringUTF8((nint)Native.GaiStrError(code)) ?? $"Unknown error {code}";
            throw Raise(ts, GaiError(ts), code, msg);
        }
        return list;
    }
}
