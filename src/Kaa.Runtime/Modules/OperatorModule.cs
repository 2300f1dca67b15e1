using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// The _operator module (Modules/_operator.c): the operator functions as built-ins calling the
/// abstract object API directly, so they behave like the C versions (index() checks __index__'s result,
/// a missing __index__ is a TypeError, the argument counts and messages are the built-ins'). Lib/operator.py
/// does `from _operator import *`, so what is not here (itemgetter, attrgetter, methodcaller,
/// ...) stays operator.py's pure-Python code; itemgetter, attrgetter and methodcaller are the C types
/// (Objects/PyItemGetter.cs and its siblings).
/// </summary>
public static class OperatorModule
{
    public static readonly BuiltinModuleDef Definition = new() { Name = "_operator", Exec = Exec };

    private static void Exec(ThreadState ts, PyModule m)
    {
        m.Set("__doc__", PyStr.From("Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  The function names are those\nused for special methods; variants without leading and trailing\n'__' are also provided for convenience."));
        void Fn(string name, BuiltinFunc f) => m.Set(name, new PyBuiltinFunction(name, f, m));
        void Unary(string name, Func<ThreadState, PyObject, PyObject> f)
            => Fn(name, (ts2, _, a, kw) => { Exact(name, a, kw, 1); return f(ts2, a[0]); });
        void Binary(string name, Func<ThreadState, PyObject, PyObject, PyObject> f)
            => Fn(name, (ts2, _, a, kw) => { Exact(name, a, kw, 2); return f(ts2, a[0], a[1]); });

        (string Name, BinOp Op)[] binops =
        [
            ("add", BinOp.Add), ("sub", BinOp.Sub), ("mul", BinOp.Mul), ("matmul", BinOp.MatMul), ("truediv", BinOp.TrueDiv),
            ("floordiv", BinOp.FloorDiv), ("mod", BinOp.Mod), ("lshift", BinOp.LShift), ("rshift", BinOp.RShift),
            ("and_", BinOp.And), ("or_", BinOp.Or), ("xor", BinOp.Xor),
        ];
        foreach (var (name, op) in binops)
        {
            Binary(name, (ts2, x, y) => Ops.BinaryOp(ts2, x, y, op));
            string iname = "i" + name.TrimEnd('_');
            Binary(iname, (ts2, x, y) => Ops.InPlaceOp(ts2, x, y, op));
        }
        Binary("pow", (ts2, x, y) => Ops.Power(ts2, x, y, null));
        Binary("ipow", (ts2, x, y) => Ops.InPlaceOp(ts2, x, y, BinOp.Pow));
        (string Name, CompareOp Op)[] cmps =
            [("lt", CompareOp.Lt), ("le", CompareOp.Le), ("eq", CompareOp.Eq), ("ne", CompareOp.Ne), ("gt", CompareOp.Gt), ("ge", CompareOp.Ge)];
        foreach (var (name, op) in cmps) Binary(name, (ts2, x, y) => Ops.RichCompare(ts2, x, y, op));

        Unary("neg", Ops.Negative);
        Unary("pos", Ops.Positive);
        Unary("abs", Ops.Absolute);
        Unary("inv", Ops.Invert);
        Unary("invert", Ops.Invert);
        Unary("not_", (ts2, x) => Ops.Not(ts2, x));
        Unary("truth", (ts2, x) => PyBool.From(Ops.IsTrue(ts2, x)));
        // PyNumber_Index: always an exact int (True gives 1).
        Unary("index", (ts2, x) =>
        {
            var r = Ops.Index(ts2, x);
            return PyType.IsExact(r, BuiltinTypes.Int) ? r : r.IsSmall ? PyInt.From(r.Small) : PyInt.From(r.Big);
        });
        Binary("is_", (ts2, x, y) => PyBool.From(ReferenceEquals(x, y)));
        Binary("is_not", (ts2, x, y) => PyBool.From(!ReferenceEquals(x, y)));
        Unary("is_none", (ts2, x) => PyBool.From(x is PyNone));
        Unary("is_not_none", (ts2, x) => PyBool.From(x is not PyNone));

        Binary("getitem", Ops.GetItem);
        Fn("setitem", (ts2, _, a, kw) => { Exact("setitem", a, kw, 3); Ops.SetItem(ts2, a[0], a[1], a[2]); return PyNone.Value; });
        Binary("delitem", (ts2, x, y) => { Ops.DelItem(ts2, x, y); return PyNone.Value; });
        Binary("contains", (ts2, x, y) => PyBool.From(Ops.Contains(ts2, x, y)));
        Binary("concat", (ts2, x, y) => { CheckSequence(x); return Ops.BinaryOp(ts2, x, y, BinOp.Add); });
        Binary("iconcat", (ts2, x, y) => { CheckSequence(x); return Ops.InPlaceOp(ts2, x, y, BinOp.Add); });
        Binary("countOf", (ts2, x, y) =>
        {
            long n = 0;
            var it = Ops.GetIter(ts2, x);
            while (Ops.Next(ts2, it) is { } v)
                if (ReferenceEquals(v, y) || Ops.RichCompareBool(ts2, v, y, CompareOp.Eq)) n++;
            return PyInt.From(n);
        });
        Binary("indexOf", (ts2, x, y) =>
        {
            long i = 0;
            var it = Ops.GetIter(ts2, x);
            while (Ops.Next(ts2, it) is { } v)
            {
                if (ReferenceEquals(v, y) || Ops.RichCompareBool(ts2, v, y, CompareOp.Eq)) return PyInt.From(i);
                i++;
            }
            throw PyErr.ValueError("sequence.index(x): x not in sequence");
        });
        Fn("call", (ts2, _, a, kw) =>
        {
            int npos = a.Length - (kw?.Count ?? 0);
            if (npos < 1) throw PyErr.TypeError("call() missing required argument 'obj' (pos 1)");
            return Ops.Call(ts2, a[0], a[1..], kw);
        });
        m.Set("itemgetter", PyItemGetter.TypeObject);
        m.Set("attrgetter", PyAttrGetter.TypeObject);
        m.Set("methodcaller", PyMethodCaller.TypeObject);
        m.Set("length_hint", new PyBuiltinFunction("length_hint", LengthHint, m,
            "length_hint($module, obj, default=0, /)\n--\n\nReturn an estimate of the number of items in obj.\n\n"
            + "This is useful for presizing containers when building from an iterable.\n\n"
            + "If the object supports len(), the result will be exact.\n"
            + "Otherwise, it may over- or under-estimate by an arbitrary amount.\nThe result will be an integer >= 0."));
        Fn("_compare_digest", (ts2, _, a, kw) =>
        {
            Exact("_compare_digest", a, kw, 2);
            return PyBool.From(CompareDigest(a[0], a[1]));
        });
    }

    public static IEnumerable<PyType> Types()
    {
        yield return PyItemGetter.TypeObject;
        yield return PyAttrGetter.TypeObject;
        yield return PyMethodCaller.TypeObject;
    }

    internal static void InitTypes()
    {
        PyItemGetter.Init();
        PyAttrGetter.Init();
        PyMethodCaller.Init();
    }

    /// <summary>length_hint(obj, default=0, /): PyObject_LengthHint with an int default.</summary>
    private static PyObject LengthHint(ThreadState ts, PyModule? module, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        if (kw is { Count: > 0 }) throw PyErr.TypeError("_operator.length_hint() takes no keyword arguments");
        if (a.Length < 1) throw PyErr.TypeError($"length_hint expected at least 1 argument, got {a.Length}");
        if (a.Length > 2) throw PyErr.TypeError($"length_hint expected at most 2 arguments, got {a.Length}");
        long dflt = 0;
        if (a.Length == 2)
        {
            if (a[1] is not PyInt d) throw PyErr.TypeError($"'{a[1].ObType.Name}' object cannot be interpreted as an integer");
            dflt = Ops.AsSsizeT(ts, d);
        }
        return PyInt.From(Ops.LengthHint(ts, a[0], dflt));
    }

    private static void Exact(string name, ReadOnlySpan<PyObject> a, PyTuple? kw, int n)
    {
        Args.NoKeywords(name, kw);
        if (a.Length != n) throw PyErr.TypeError($"{name} expected {n} argument{(n == 1 ? "" : "s")}, got {a.Length}");
    }

    /// <summary>PySequence_Concat's check: the left operand must be a sequence.</summary>
    private static void CheckSequence(PyObject x)
    {
        if (x is PyDict || (x.ObType.MpSubscript == null && x.ObType.SqConcat == null))
            throw PyErr.TypeError($"'{x.ObType.Name}' object can't be concatenated");
    }

    /// <summary>Constant-time comparison of two ASCII strings or two bytes-like objects (hmac.compare_digest).</summary>
    private static bool CompareDigest(PyObject a, PyObject b)
    {
        byte[] x, y;
        if (a is PyStr sa && b is PyStr sb)
        {
            if (sa.Value.Any(c => c > 127) || sb.Value.Any(c => c > 127))
                throw PyErr.TypeError("comparing strings with non-ASCII characters is not supported");
            x = System.Text.Encoding.ASCII.GetBytes(sa.Value);
            y = System.Text.Encoding.ASCII.GetBytes(sb.Value);
        }
        else if (BytesMethods.IsBuffer(a) && BytesMethods.IsBuffer(b))
        {
            x = BytesMethods.Span(a).ToArray();
            y = BytesMethods.Span(b).ToArray();
        }
        else
            throw PyErr.TypeError($"unsupported operand types(s) or combination of types: '{a.ObType.Name}' and '{b.ObType.Name}'");
        return System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(x, y);
    }
}
