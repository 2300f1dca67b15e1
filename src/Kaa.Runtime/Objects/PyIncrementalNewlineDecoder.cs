using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>_io.IncrementalNewlineDecoder: wraps a codecs incremental decoder and translates newlines (textio.c).</summary>
public sealed class PyIncrementalNewlineDecoder : PyObject, IHasDict
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("IncrementalNewlineDecoder", BuiltinTypes.Object, "_io");

    public PyDict? Dict { get; set; } = new PyDict();
    private PyObject? _decoder;
    private bool _translate, _pendingCr, _initialized;
    private int _seen;

    public PyIncrementalNewlineDecoder(PyType type) : base(type) { }

    private static PyIncrementalNewlineDecoder Self(PyObject o)
    {
        var d = (PyIncrementalNewlineDecoder)o;
        if (!d._initialized) throw PyErr.ValueError("IncrementalNewlineDecoder.__init__() not called");
        return d;
    }

    public string Decode(ThreadState ts, PyObject input, bool final)
    {
        string output;
        if (_decoder == null || _decoder is PyNone)
            output = input is PyStr s ? s.Value : throw PyErr.TypeError($"decoder should return a string result, not '{input.ObType.Name}'");
        else
        {
            var r = Ops.CallMethod(ts, _decoder, "decode", input, PyBool.From(final));
            output = r is PyStr rs ? rs.Value : throw PyErr.TypeError($"decoder should return a string result, not '{r.ObType.Name}'");
        }
        if (_pendingCr && (output.Length > 0 || final))
        {
            output = "\r" + output;
            _pendingCr = false;
        }
        if (!final && output.Length > 0 && output[^1] == '\r')
        {
            output = output[..^1];
            _pendingCr = true;
        }
        int crlf = 0, cr = 0, lf = 0;
        for (int i = 0; i < output.Length; i++)
        {
            if (output[i] == '\r')
            {
                if (i + 1 < output.Length && output[i + 1] == '\n') { crlf++; i++; }
                else cr++;
            }
            else if (output[i] == '\n') lf++;
        }
        if (lf > 0) _seen |= 2;
        if (cr > 0) _seen |= 1;
        if (crlf > 0) _seen |= 4;
        if (_translate && (cr > 0 || crlf > 0)) output = output.Replace("\r\n", "\n").Replace('\r', '\n');
        return output;
    }

    internal static void Init()
    {
        var t = TypeObject;
        t.HasInstanceDict = true;
        t.InstanceFactory = cls => new PyIncrementalNewlineDecoder(cls);
        t.SetNew((ts, cls, a, kw) => cls.InstanceFactory!(cls));
        t.TpInit = (ts, self, a, kw) =>
        {
            var p = Args.Parse("IncrementalNewlineDecoder", a, kw, ["decoder", "translate", "errors"], 2);
            var d = (PyIncrementalNewlineDecoder)self;
            d._decoder = p[0];
            d._translate = Ops.IsTrue(ts, p[1]!);
            d._pendingCr = false;
            d._seen = 0;
            d._initialized = true;
        };
        t.AddMethod("decode", (ts, self, a, kw) =>
        {
            var p = Args.Parse("decode", a, kw, ["input", "final"], 1);
            return PyStr.From(Self(self).Decode(ts, p[0]!, p[1] != null && Ops.IsTrue(ts, p[1]!)));
        });
        t.AddMethod("getstate", (ts, self, a, kw) =>
        {
            var d = Self(self);
            PyObject buf = PyBytes.Empty;
            long flag = 0;
            if (d._decoder != null && d._decoder is not PyNone)
            {
                var st = Ops.ToArray(ts, Ops.CallMethod(ts, d._decoder, "getstate"));
                if (st.Length != 2) throw PyErr.TypeError("illegal decoder state");
                buf = st[0];
                flag = Ops.IndexAsLong(ts, st[1]);
            }
            flag <<= 1;
            if (d._pendingCr) flag |= 1;
            return new PyTuple([buf, PyInt.From(flag)]);
        });
        t.AddMethod("setstate", (ts, self, a, kw) =>
        {
            Args.Exact("setstate", a, kw, 1);
            var d = Self(self);
            var st = Ops.ToArray(ts, a[0]);
            if (st.Length != 2) throw PyErr.TypeError("state argument must be a tuple");
            long flag = Ops.IndexAsLong(ts, st[1]);
            d._pendingCr = (flag & 1) != 0;
            if (d._decoder != null && d._decoder is not PyNone)
                Ops.CallMethod(ts, d._decoder, "setstate", new PyTuple([st[0], PyInt.From(flag >> 1)]));
            return PyNone.Value;
        });
        t.AddMethod("reset", (ts, self, a, kw) =>
        {
            var d = Self(self);
            d._seen = 0;
            d._pendingCr = false;
            if (d._decoder != null && d._decoder is not PyNone) Ops.CallMethod(ts, d._decoder, "reset");
            return PyNone.Value;
        });
        t.AddGetSet("newlines", (ts, o) =>
        {
            var d = Self(o);
            var l = new List<PyObject>();
            if ((d._seen & 1) != 0) l.Add(PyStr.From("\r"));
            if ((d._seen & 2) != 0) l.Add(PyStr.From("\n"));
            if ((d._seen & 4) != 0) l.Add(PyStr.From("\r\n"));
            return l.Count switch { 0 => PyNone.Value, 1 => l[0], _ => new PyTuple(l.ToArray()) };
        });
    }
}
