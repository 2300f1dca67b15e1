using Kaa.Runtime.Hashing;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>
/// The hash objects of the built-in hash modules _md5, _sha1, _sha2 and _sha3 (Modules/md5module.c,
/// sha1module.c, sha2module.c, sha3module.c): update/digest/hexdigest/copy and name, digest_size,
/// block_size over a <see cref="HashAlgorithm"/>. Each algorithm has its own static type with
/// CPython's name; SHAKE objects take an output length in digest/hexdigest.
/// </summary>
public sealed class PyHash : PyObject
{
    public static readonly PyType Md5Type = BuiltinTypes.CreateStatic("md5", BuiltinTypes.Object, "_md5", subclassable: false);
    public static readonly PyType Sha1Type = BuiltinTypes.CreateStatic("sha1", BuiltinTypes.Object, "_sha1", subclassable: false);
    public static readonly PyType Sha224Type = BuiltinTypes.CreateStatic("SHA224Type", BuiltinTypes.Object, "_sha2", subclassable: false);
    public static readonly PyType Sha256Type = BuiltinTypes.CreateStatic("SHA256Type", BuiltinTypes.Object, "_sha2", subclassable: false);
    public static readonly PyType Sha384Type = BuiltinTypes.CreateStatic("SHA384Type", BuiltinTypes.Object, "_sha2", subclassable: false);
    public static readonly PyType Sha512Type = BuiltinTypes.CreateStatic("SHA512Type", BuiltinTypes.Object, "_sha2", subclassable: false);
    public static readonly PyType Sha3_224Type = BuiltinTypes.CreateStatic("sha3_224", BuiltinTypes.Object, "_sha3", subclassable: false);
    public static readonly PyType Sha3_256Type = BuiltinTypes.CreateStatic("sha3_256", BuiltinTypes.Object, "_sha3", subclassable: false);
    public static readonly PyType Sha3_384Type = BuiltinTypes.CreateStatic("sha3_384", BuiltinTypes.Object, "_sha3", subclassable: false);
    public static readonly PyType Sha3_512Type = BuiltinTypes.CreateStatic("sha3_512", BuiltinTypes.Object, "_sha3", subclassable: false);
    public static readonly PyType Shake128Type = BuiltinTypes.CreateStatic("shake_128", BuiltinTypes.Object, "_sha3", subclassable: false);
    public static readonly PyType Shake256Type = BuiltinTypes.CreateStatic("shake_256", BuiltinTypes.Object, "_sha3", subclassable: false);
    public static readonly PyType Blake2bType = BuiltinTypes.CreateStatic("blake2b", BuiltinTypes.Object, "_blake2", subclassable: false);
    public static readonly PyType Blake2sType = BuiltinTypes.CreateStatic("blake2s", BuiltinTypes.Object, "_blake2", subclassable: false);

    public static IEnumerable<PyType> Types()
    {
        yield return Md5Type; yield return Sha1Type;
        yield return Sha224Type; yield return Sha256Type; yield return Sha384Type; yield return Sha512Type;
        yield return Sha3_224Type; yield return Sha3_256Type; yield return Sha3_384Type; yield return Sha3_512Type;
        yield return Shake128Type; yield return Shake256Type;
        yield return Blake2bType; yield return Blake2sType;
    }

    public readonly HashAlgorithm Algorithm;

    public PyHash(PyType type, HashAlgorithm algorithm) : base(type) { Algorithm = algorithm; }

    private static PyHash Self(PyObject o) => (PyHash)o;

    /// <summary>The bytes of an update()/constructor argument, with hashlib's messages.</summary>
    public static ReadOnlySpan<byte> DataArg(PyObject o)
    {
        if (o is PyStr) throw PyErr.TypeError("Strings must be encoded before hashing");
        if (!BytesMethods.IsBuffer(o)) throw PyErr.TypeError("object supporting the buffer API required");
        return BytesMethods.Buffer(o);
    }

    /// <summary>
    /// A module-level constructor: <c>name(data=b'', *, usedforsecurity=True, string=None)</c> (3.14's
    /// signature; <c>string</c> is the old spelling of <c>data</c>).
    /// </summary>
    public static PyBuiltinFunction Constructor(PyModule m, string name, PyType type, Func<HashAlgorithm> create, string doc)
        => new(name, (ts, mod, a, kw) => Make(name, type, create, a, kw), m, doc);

    /// <summary>Makes the type itself the constructor (the _sha3 types are called directly).</summary>
    public static void SetConstructor(PyType type, Func<HashAlgorithm> create)
        => type.SetNew((ts, cls, a, kw) => Make(type.Name, type, create, a, kw));

    private static PyHash Make(string name, PyType type, Func<HashAlgorithm> create, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        var p = Args.Parse(name, a, kw, ["data", "usedforsecurity", "string"], 0, kwOnlyFrom: 1);
        var data = p[0];
        if (p[2] != null && p[2] is not PyNone)
        {
            if (data != null)
                throw PyErr.TypeError("'data' and 'string' are mutually exclusive and support for 'string' keyword parameter is slated for removal in a future version.");
            data = p[2];
        }
        var h = new PyHash(type, create());
        if (data != null) h.Algorithm.Update(DataArg(data));
        return h;
    }

    internal static void Init()
    {
        SetConstructor(Sha3_224Type, () => Keccak.Sha3(224));
        SetConstructor(Sha3_256Type, () => PlatformHash.Create(System.Security.Cryptography.HashAlgorithmName.SHA3_256, () => Keccak.Sha3(256)));
        SetConstructor(Sha3_384Type, () => PlatformHash.Create(System.Security.Cryptography.HashAlgorithmName.SHA3_384, () => Keccak.Sha3(384)));
        SetConstructor(Sha3_512Type, () => PlatformHash.Create(System.Security.Cryptography.HashAlgorithmName.SHA3_512, () => Keccak.Sha3(512)));
        SetConstructor(Shake128Type, () => Keccak.Shake(128));
        SetConstructor(Shake256Type, () => Keccak.Shake(256));
        InitBlake2(Blake2bType, big: true);
        InitBlake2(Blake2sType, big: false);
        foreach (var t in Types())
        {
            t.InstanceFactory = null;
            // Only the _sha3 and _blake2 types are constructors; the others cannot be instantiated.
            if (t.StaticModule is not ("_sha3" or "_blake2"))
            {
                string qual = $"{t.StaticModule}.{t.Name}";
                t.TpNew = (ts, cls, a, kw) => throw PyErr.TypeError($"cannot create '{qual}' instances");
            }
            if (t.StaticModule == "_sha3") t.Dict.SetItemStr(Names.__doc__, PyStr.From($"{t.Name}(data=b'', *, usedforsecurity=True, string=None)\n--\n\nReturn a new {(t.Name.StartsWith("shake") ? "SHAKE" : "SHA3")} hash object."));
            bool shake = t == Shake128Type || t == Shake256Type;
            string tn = t.Name;
            t.AddMethod("update", (ts, self, a, kw) =>
            {
                Args.Exact($"{tn}.update", a, kw, 1);
                Self(self).Algorithm.Update(DataArg(a[0]));
                return PyNone.Value;
            }, "update($self, obj, /)\n--\n\nUpdate this hash object's state with the provided string.");
            t.AddMethod("copy", (ts, self, a, kw) =>
            {
                Args.Exact($"{tn}.copy", a, kw, 0);
                return new PyHash(self.ObType, Self(self).Algorithm.Clone());
            }, "copy($self, /)\n--\n\nReturn a copy of the hash object.");
            if (shake)
            {
                t.AddMethod("digest", (ts, self, a, kw) =>
                    new PyBytes(((Keccak)Self(self).Algorithm).Squeeze(LengthArg(ts, $"{tn}.digest", a, kw))),
                    "digest($self, length, /)\n--\n\nReturn the digest value as a bytes object.");
                t.AddMethod("hexdigest", (ts, self, a, kw) =>
                    PyStr.From(Convert.ToHexStringLower(((Keccak)Self(self).Algorithm).Squeeze(LengthArg(ts, $"{tn}.hexdigest", a, kw)))),
                    "hexdigest($self, length, /)\n--\n\nReturn the digest value as a string of hexadecimal digits.");
            }
            else
            {
                t.AddMethod("digest", (ts, self, a, kw) =>
                {
                    Args.Exact($"{tn}.digest", a, kw, 0);
                    return new PyBytes(Self(self).Algorithm.Digest());
                }, "digest($self, /)\n--\n\nReturn the digest value as a bytes object.");
                t.AddMethod("hexdigest", (ts, self, a, kw) =>
                {
                    Args.Exact($"{tn}.hexdigest", a, kw, 0);
                    return PyStr.From(Convert.ToHexStringLower(Self(self).Algorithm.Digest()));
                }, "hexdigest($self, /)\n--\n\nReturn the digest value as a string of hexadecimal digits.");
            }
            t.AddGetSet("name", (ts, o) => PyStr.From(Self(o).Algorithm.Name));
            t.AddGetSet("digest_size", (ts, o) => PyInt.From(Self(o).Algorithm.DigestSize));
            t.AddGetSet("block_size", (ts, o) => PyInt.From(Self(o).Algorithm.BlockSize));
            if (t.StaticModule == "_sha3")
            {
                // The sponge's rate is the block size, whichever implementation runs it.
                t.AddGetSet("_capacity_bits", (ts, o) => PyInt.From(1600 - Self(o).Algorithm.BlockSize * 8));
                t.AddGetSet("_rate_bits", (ts, o) => PyInt.From(Self(o).Algorithm.BlockSize * 8));
                t.AddGetSet("_suffix", (ts, o) => new PyBytes([shake ? (byte)0x1F : (byte)0x06]));
            }
        }
    }

    /// <summary>
    /// blake2b/blake2s(data=b'', *, digest_size, key, salt, person, fanout, depth, leaf_size, node_offset,
    /// node_depth, inner_size, last_node, usedforsecurity, string) with CPython's checks and messages.
    /// </summary>
    private static void InitBlake2(PyType t, bool big)
    {
        int maxDigest = big ? 64 : 32, saltSize = big ? 16 : 8;
        t.AddAttr("SALT_SIZE", PyInt.From(saltSize));
        t.AddAttr("PERSON_SIZE", PyInt.From(saltSize));
        t.AddAttr("MAX_KEY_SIZE", PyInt.From(maxDigest));
        t.AddAttr("MAX_DIGEST_SIZE", PyInt.From(maxDigest));
        t.Dict.SetItemStr(Names.__doc__, PyStr.From($"Return a new BLAKE2{(big ? 'b' : 's')} hash object."));
        string name = t.Name;
        t.SetNew((ts, cls, a, kw) =>
        {
            var p = Args.Parse(name, a, kw, ["data", "digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size",
                "node_offset", "node_depth", "inner_size", "last_node", "usedforsecurity", "string"], 0, kwOnlyFrom: 1);
            var data = p[0];
            if (p[13] != null && p[13] is not PyNone)
            {
                if (data != null)
                    throw PyErr.TypeError("'data' and 'string' are mutually exclusive and support for 'string' keyword parameter is slated for removal in a future version.");
                data = p[13];
            }
            int Int(PyObject? o, int def)
            {
                if (o == null) return def;
                var v = Ops.Index(ts, o);
                if (!v.IsSmall || v.Small > int.MaxValue || v.Small < int.MinValue) throw PyErr.OverflowError("Python int too large to convert to C int");
                return (int)v.Small;
            }
            byte[] Buf(PyObject? o) => o == null ? [] : BytesMethods.Buffer(o).ToArray();
            ulong Unsigned(PyObject? o)
            {
                if (o == null) return 0;
                var v = Ops.Index(ts, o);
                if (v.Sign < 0) throw PyErr.ValueError("Cannot convert negative int");
                if (v.Big > ulong.MaxValue) throw PyErr.OverflowError("int too big to convert");
                return (ulong)v.Big;
            }
            int digestSize = Int(p[1], maxDigest);
            if (digestSize <= 0 || digestSize > maxDigest) throw PyErr.ValueError($"digest_size for {(big ? "Blake2b" : "Blake2s")} must be between 1 and {maxDigest} bytes, here it is {digestSize}");
            var key = Buf(p[2]);
            var salt = Buf(p[3]);
            var person = Buf(p[4]);
            if (salt.Length > saltSize) throw PyErr.ValueError($"maximum salt length is {saltSize} bytes");
            if (person.Length > saltSize) throw PyErr.ValueError($"maximum person length is {saltSize} bytes");
            int fanout = Int(p[5], 1);
            if (fanout < 0 || fanout > 255) throw PyErr.ValueError("fanout must be between 0 and 255");
            int depth = Int(p[6], 1);
            if (depth <= 0 || depth > 255) throw PyErr.ValueError("depth must be between 1 and 255");
            ulong leaf = Unsigned(p[7]);
            if (leaf > uint.MaxValue) throw PyErr.OverflowError("leaf_size is too large");
            ulong nodeOffset = Unsigned(p[8]);
            if (!big && nodeOffset > (1UL << 48) - 1) throw PyErr.OverflowError("node_offset is too large");
            int nodeDepth = Int(p[9], 0);
            if (nodeDepth < 0 || nodeDepth > 255) throw PyErr.ValueError("node_depth must be between 0 and 255");
            int inner = Int(p[10], 0);
            if (inner < 0 || inner > maxDigest) throw PyErr.ValueError($"inner_size must be between 0 and is {maxDigest}");
            if (key.Length > maxDigest) throw PyErr.ValueError($"maximum key length is {maxDigest} bytes");
            bool lastNode = p[11] != null && Ops.IsTrue(ts, p[11]!);
            var h = new PyHash(t, new Blake2(big, new Blake2Params(digestSize, key, salt, person, fanout, depth, (uint)leaf, nodeOffset, nodeDepth, inner, lastNode)));
            if (data != null) h.Algorithm.Update(DataArg(data));
            return h;
        });
    }

    /// <summary>The SHAKE output length (an unsigned long in CPython 3.14, with its messages).</summary>
    private static int LengthArg(ThreadState ts, string fname, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        Args.Exact(fname, a, kw, 1);
        var n = Ops.Index(ts, a[0]);
        if (n.Sign < 0) throw PyErr.ValueError("Cannot convert negative int");
        if (!n.IsSmall && n.Big > ulong.MaxValue) throw PyErr.OverflowError("Python int too large for C unsigned long");
        if (!n.IsSmall) throw PyErr.MemoryError();
        if (n.Small >= 1L << 29) throw PyErr.MemoryError();
        return (int)n.Small;
    }
}
