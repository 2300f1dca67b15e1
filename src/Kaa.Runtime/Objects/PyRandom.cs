using System.Numerics;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>
/// _random.Random (Modules/_randommodule.c): the MT19937 Mersenne Twister with CPython's seeding
/// (init_by_array over the absolute value's 32-bit words, or over 624 words of os.urandom), its
/// 53-bit random(), getrandbits and the (624 words + index) state tuple, bit for bit, so
/// Lib/random.py produces CPython's sequences.
/// </summary>
public sealed class PyRandom : PyObject, IHasDict
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("Random", BuiltinTypes.Object, "_random");

    private const int N = 624, M = 397;
    private const uint MatrixA = 0x9908b0dfU, UpperMask = 0x80000000U, LowerMask = 0x7fffffffU;

    private readonly uint[] _mt = new uint[N];
    private int _index;

    public PyDict? Dict { get; set; }

    public PyRandom(PyType type) : base(type)
    {
        if (type.HasInstanceDict) Dict = new PyDict();
    }

    private void InitGenrand(uint s)
    {
        var mt = _mt;
        mt[0] = s;
        for (int i = 1; i < N; i++) mt[i] = 1812433253U * (mt[i - 1] ^ (mt[i - 1] >> 30)) + (uint)i;
        _index = N;
    }

    private void InitByArray(ReadOnlySpan<uint> key)
    {
        var mt = _mt;
        InitGenrand(19650218U);
        int i = 1, j = 0;
        for (int k = Math.Max(N, key.Length); k > 0; k--)
        {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + (uint)j;
            i++; j++;
            if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
            if (j >= key.Length) j = 0;
        }
        for (int k = N - 1; k > 0; k--)
        {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - (uint)i;
            i++;
            if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
        }
        mt[0] = 0x80000000U;
    }

    public uint NextUInt32()
    {
        var mt = _mt;
        uint y;
        if (_index >= N)
        {
            int kk;
            for (kk = 0; kk < N - M; kk++)
            {
                y = (mt[kk] & UpperMask) | (mt[kk + 1] & LowerMask);
                mt[kk] = mt[kk + M] ^ (y >> 1) ^ ((y & 1) != 0 ? MatrixA : 0);
            }
            for (; kk < N - 1; kk++)
            {
                y = (mt[kk] & UpperMask) | (mt[kk + 1] & LowerMask);
                mt[kk] = mt[kk + (M - N)] ^ (y >> 1) ^ ((y & 1) != 0 ? MatrixA : 0);
            }
            y = (mt[N - 1] & UpperMask) | (mt[0] & LowerMask);
            mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ ((y & 1) != 0 ? MatrixA : 0);
            _index = 0;
        }
        y = mt[_index++];
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c5680U;
        y ^= (y << 15) & 0xefc60000U;
        y ^= y >> 18;
        return y;
    }

    /// <summary>random_random: 53 random bits from two draws (27 + 26 bits) scaled into [0, 1).</summary>
    public double NextDouble()
    {
        uint a = NextUInt32() >> 5, b = NextUInt32() >> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /// <summary>random_seed: None seeds from os.urandom; an int by its absolute value; anything else by its hash.</summary>
    public void Seed(ThreadState ts, PyObject? arg)
    {
        if (arg == null || arg is PyNone)
        {
            Span<byte> bytes = stackalloc byte[N * 4];
            System.Security.Cryptography.RandomNumberGenerator.Fill(bytes);
            var key = new uint[N];
            for (int w = 0; w < N; w++) key[w] = BitConverter.ToUInt32(bytes.Slice(w * 4, 4));
            InitByArray(key);
            return;
        }
        BigInteger n;
        // An int subclass's own __abs__ is not called (bpo-31478): the value is used directly.
        if (arg is PyInt i) n = BigInteger.Abs(i.IsSmall ? i.Small : i.Big);
        else n = new BigInteger(unchecked((ulong)Ops.Hash(ts, arg)));
        var words = n.IsZero ? [0u] : ToWords(n);
        InitByArray(words);
    }

    /// <summary>The little-endian 32-bit words of a non-negative integer (at least one).</summary>
    private static uint[] ToWords(BigInteger n)
    {
        var bytes = n.ToByteArray(isUnsigned: true, isBigEndian: false);
        int count = Math.Max(1, (bytes.Length + 3) / 4);
        var words = new uint[count];
        for (int k = 0; k < bytes.Length; k++) words[k / 4] |= (uint)bytes[k] << (8 * (k % 4));
        return words;
    }

    /// <summary>random_getrandbits: k bits filled 32 at a time from the least significant word up.</summary>
    public PyInt GetRandBits(int k)
    {
        if (k < 0) throw PyErr.ValueError("Cannot convert negative int");
        if (k == 0) return PyInt.Zero;
        if (k <= 32) return PyInt.From((long)(NextUInt32() >> (32 - k)));
        int words = (k - 1) / 32 + 1;
        var bytes = new byte[words * 4];
        for (int w = 0; w < words; w++, k -= 32)
        {
            uint r = NextUInt32();
            if (k < 32) r >>= 32 - k;
            BitConverter.TryWriteBytes(bytes.AsSpan(w * 4, 4), r);
            if (!BitConverter.IsLittleEndian) bytes.AsSpan(w * 4, 4).Reverse();
        }
        return PyInt.From(new BigInteger(bytes, isUnsigned: true, isBigEndian: false));
    }

    public PyTuple GetState()
    {
        var items = new PyObject[N + 1];
        for (int i = 0; i < N; i++) items[i] = PyInt.From((long)_mt[i]);
        items[N] = PyInt.From(_index);
        return new PyTuple(items);
    }

    /// <summary>random_setstate: each word goes through PyLong_AsUnsignedLong and is truncated to 32 bits.</summary>
    public void SetState(ThreadState ts, PyObject state)
    {
        if (state is not PyTuple t) throw PyErr.TypeError("state vector must be a tuple");
        if (t.Count != N + 1) throw PyErr.ValueError("state vector is the wrong size");
        var fresh = new uint[N];
        for (int i = 0; i < N; i++)
        {
            if (t[i] is not PyInt v) throw PyErr.TypeError("an integer is required");
            var b = v.IsSmall ? v.Small : v.Big;
            if (b.Sign < 0) throw PyErr.OverflowError("can't convert negative value to unsigned int");
            if (b > ulong.MaxValue) throw PyErr.OverflowError("Python int too large to convert to C unsigned long");
            fresh[i] = unchecked((uint)(ulong)b);
        }
        var idx = Ops.Index(ts, t[N]);
        if (!idx.IsSmall) throw PyErr.OverflowError("Python int too large to convert to C long");
        if (idx.Small < 0 || idx.Small > N) throw PyErr.ValueError("invalid state");
        _index = (int)idx.Small;
        fresh.CopyTo(_mt, 0);
    }

    private static PyRandom Self(PyObject o) => (PyRandom)o;

    internal static void Init()
    {
        var t = TypeObject;
        t.InstanceFactory = cls => new PyRandom(cls);
        t.SetNew((ts, cls, args, kw) => new PyRandom(cls));
        t.TpInit = (ts, self, args, kw) =>
        {
            // random_init: keywords are refused only while __init__ is Random's own.
            int nkw = kw?.Count ?? 0;
            if (nkw > 0 && (PyType.IsExact(self, TypeObject) || ReferenceEquals(self.ObType.TpInit, t.TpInit)))
                throw PyErr.TypeError("Random() takes no keyword arguments");
            int npos = args.Length - nkw;
            if (npos > 1) throw PyErr.TypeError("Random() requires 0 or 1 argument");
            Self(self).Seed(ts, npos == 1 ? args[0] : null);
        };
        t.AddMethod("random", (ts, self, a, kw) =>
        {
            Args.Exact("Random.random", a, kw, 0);
            return new PyFloat(Self(self).NextDouble());
        }, "random($self, /)\n--\n\nrandom() -> x in the interval [0, 1).");
        t.AddMethod("seed", (ts, self, a, kw) =>
        {
            Args.NoKeywords("Random.seed", kw);
            if (a.Length > 1) throw PyErr.TypeError($"seed expected at most 1 argument, got {a.Length}");
            Self(self).Seed(ts, a.Length == 1 ? a[0] : null);
            return PyNone.Value;
        }, "seed($self, n=None, /)\n--\n\nseed([n]) -> None.\n\nDefaults to use urandom and falls back to a combination\nof the current time and the process identifier.");
        t.AddMethod("getstate", (ts, self, a, kw) =>
        {
            Args.Exact("Random.getstate", a, kw, 0);
            return Self(self).GetState();
        }, "getstate($self, /)\n--\n\ngetstate() -> tuple containing the current state.");
        t.AddMethod("setstate", (ts, self, a, kw) =>
        {
            Args.Exact("Random.setstate", a, kw, 1);
            Self(self).SetState(ts, a[0]);
            return PyNone.Value;
        }, "setstate($self, state, /)\n--\n\nsetstate(state) -> None.  Restores generator state.");
        t.AddMethod("getrandbits", (ts, self, a, kw) =>
        {
            Args.Exact("Random.getrandbits", a, kw, 1);
            if (a[0] is PyFloat) throw PyErr.TypeError("'float' object cannot be interpreted as an integer");
            // 3.14 takes k as a uint64_t.
            var k = Ops.Index(ts, a[0]);
            if (k.Sign < 0) throw PyErr.ValueError("Cannot convert negative int");
            if (!k.IsSmall && k.Big > ulong.MaxValue) throw PyErr.OverflowError("Python int too large for C uint64_t");
            if (!k.IsSmall || k.Small > int.MaxValue) throw PyErr.MemoryError();
            return Self(self).GetRandBits((int)k.Small);
        }, "getrandbits($self, k, /)\n--\n\ngetrandbits(k) -> x.  Generates an int with k random bits.");
    }
}
