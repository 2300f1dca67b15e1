using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

public static partial class Ops
{
    public static readonly System.Collections.Immutable.ImmutableArray<string> BinOpSymbols =
        ["+", "-", "*", "@", "/", "//", "%", "** or pow()", "<<", ">>", "&", "|", "^", "divmod()"];
    public static readonly System.Collections.Immutable.ImmutableArray<string> InPlaceSymbols =
        ["+=", "-=", "*=", "@=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "divmod()"];

    /// <summary>CPython's binary_op1: the left operand's slot, the right's, with a subclass of the left going first.
    /// Returns NotImplemented when neither side handles the operands.</summary>
    public static PyObject BinaryOp1(ThreadState ts, PyObject v, PyObject w, BinOp op)
    {
        var slotv = v.ObType.NbBinary[(int)op];
        BinaryFunc? slotw = null;
        if (!ReferenceEquals(v.ObType, w.ObType))
        {
            slotw = w.ObType.NbBinary[(int)op];
            if (ReferenceEquals(slotw, slotv)) slotw = null;
        }
        if (slotv != null)
        {
            if (slotw != null && w.ObType.IsSubtype(v.ObType))
            {
                var x0 = slotw(ts, v, w);
                if (x0 is not PyNotImplemented) return x0;
                slotw = null;
            }
            var x = slotv(ts, v, w);
            if (x is not PyNotImplemented) return x;
        }
        if (slotw != null) return slotw(ts, v, w);
        return PyNotImplemented.Value;
    }

    public static PyObject BinaryOp(ThreadState ts, PyObject v, PyObject w, BinOp op)
    {
        Isolation.Check(ts, v);
        Isolation.Check(ts, w);
        var r = BinaryOp1(ts, v, w, op);
        if (r is not PyNotImplemented) return r;
        return SequenceFallback(ts, v, w, op, inplace: false);
    }

    private static PyObject SequenceFallback(ThreadState ts, PyObject v, PyObject w, BinOp op, bool inplace)
    {
        if (op == BinOp.Add && v.ObType.SqConcat is { } concat) return concat(ts, v, w);
        if (op == BinOp.Mul)
        {
            if (v.ObType.SqRepeat is { } rep) return rep(ts, v, w);
            // `x *= seq` repeats the right operand only when x's type has no sequence methods at all
            // (an int); every class has them in CPython (tp_as_sequence), so `C() *= [1]` fails.
            bool vHasSequenceMethods = v.ObType.IsHeapType || v.ObType.SqConcat != null || v.ObType.SqContains != null;
            if ((!inplace || !vHasSequenceMethods) && w.ObType.SqRepeat is { } rep2) return rep2(ts, w, v);
        }
        var sym = inplace ? InPlaceSymbols[(int)op] : BinOpSymbols[(int)op];
        if (op == BinOp.RShift && v is PyBuiltinFunction { Name: "print" })
            throw PyErr.TypeError($"unsupported operand type(s) for {sym}: '{v.ObType.TpName}' and '{w.ObType.TpName}'. Did you mean \"print(<message>, file=<output_stream>)\"?");
        throw PyErr.TypeError($"unsupported operand type(s) for {sym}: '{v.ObType.TpName}' and '{w.ObType.TpName}'");
    }

    public static PyObject InPlaceOp(ThreadState ts, PyObject v, PyObject w, BinOp op)
    {
        var slot = v.ObType.NbInplace[(int)op];
        if (slot != null)
        {
            var x = slot(ts, v, w);
            if (x is not PyNotImplemented) return x;
        }
        var r = BinaryOp1(ts, v, w, op);
        if (r is not PyNotImplemented) return r;
        return SequenceFallback(ts, v, w, op, inplace: true);
    }

    public static PyObject Add(ThreadState ts, PyObject a, PyObject b)
    {
        if (a is PyInt ia && b is PyInt ib && PyType.IsExact(a, BuiltinTypes.Int) && PyType.IsExact(b, BuiltinTypes.Int))
            return PyIntArith.Add(ia, ib);
        return BinaryOp(ts, a, b, BinOp.Add);
    }

    public static PyObject Power(ThreadState ts, PyObject a, PyObject b, PyObject? mod)
    {
        if (mod == null || mod is PyNone) return BinaryOp(ts, a, b, BinOp.Pow);
        if (a is PyInt ia && b is PyInt ib && mod is PyInt im && PyType.IsExact(a, BuiltinTypes.Int) && PyType.IsExact(b, BuiltinTypes.Int))
        {
            return PyIntArith.PowMod(ia, ib, im);
        }
        // CPython's ternary_op: the slots of a, then b (first when b's type is a subclass of a's), then mod.
        var slotv = a.ObType.NbPowerMod;
        var slotw = ReferenceEquals(a.ObType, b.ObType) ? null : b.ObType.NbPowerMod;
        if (slotw == slotv) slotw = null;
        if (slotv != null)
        {
            if (slotw != null && b.ObType.IsSubtype(a.ObType))
            {
                var rw = slotw(ts, a, b, mod);
                if (rw is not PyNotImplemented) return rw;
                slotw = null;
            }
            var r = slotv(ts, a, b, mod);
            if (r is not PyNotImplemented) return r;
        }
        if (slotw != null)
        {
            var r = slotw(ts, a, b, mod);
            if (r is not PyNotImplemented) return r;
        }
        var slotz = mod.ObType.NbPowerMod;
        if (slotz != null && slotz != slotv && slotz != slotw)
        {
            var r = slotz(ts, a, b, mod);
            if (r is not PyNotImplemented) return r;
        }
        throw PyErr.TypeError($"unsupported operand type(s) for ** or pow(): '{a.ObType.Name}', '{b.ObType.Name}', '{mod.ObType.Name}'");
    }

    private static PyObject UnaryOp(ThreadState ts, PyObject a, UnaryFunc? f, string what)
    {
        if (f == null) throw PyErr.TypeError($"bad operand type for {what}: '{a.ObType.Name}'");
        return f(ts, a);
    }

    public static PyObject Negative(ThreadState ts, PyObject a) => UnaryOp(ts, a, a.ObType.NbNegative, "unary -");
    public static PyObject Positive(ThreadState ts, PyObject a) => UnaryOp(ts, a, a.ObType.NbPositive, "unary +");
    public static PyObject Invert(ThreadState ts, PyObject a) => UnaryOp(ts, a, a.ObType.NbInvert, "unary ~");
    public static PyObject Absolute(ThreadState ts, PyObject a) => UnaryOp(ts, a, a.ObType.NbAbsolute, "abs()");

    /// <summary>operator.index(): an exact int from __index__.</summary>
    public static PyInt Index(ThreadState ts, PyObject o)
    {
        if (o is PyInt i) return PyType.IsExact(o, BuiltinTypes.Int) || o is PyBool ? i : PyInt.From(i.Big);
        var f = o.ObType.NbIndex ?? throw PyErr.TypeError($"'{o.ObType.Name}' object cannot be interpreted as an integer");
        var r = f(ts, o);
        if (r is not PyInt ri)
            throw PyErr.TypeError($"__index__ returned non-int (type {r.ObType.Name})");
        if (!PyType.IsExact(r, BuiltinTypes.Int))
        {
            WarningsModule.Warn(ts, PyExc.DeprecationWarning, $"__index__ returned non-int (type {r.ObType.Name}).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.");
            return r is PyBool ? ri : PyInt.From(ri.Big);
        }
        return ri;
    }

    public static bool HasIndex(PyObject o) => o is PyInt || o.ObType.NbIndex != null;

    /// <summary>Index as a C# long; OverflowError names the type like CPython's "cannot fit 'int' into an index-sized integer".</summary>
    public static long IndexAsLong(ThreadState ts, PyObject o)
    {
        var i = Index(ts, o);
        if (!i.IsSmall) throw PyErr.New(PyExc.IndexError, $"cannot fit '{o.ObType.Name}' into an index-sized integer");
        return i.Small;
    }

    /// <summary>Argument Clinic's Py_ssize_t converter: an index, OverflowError when it does not fit.</summary>
    public static long AsSsizeT(ThreadState ts, PyObject o)
    {
        var i = Index(ts, o);
        if (!i.IsSmall) throw PyErr.OverflowError("Python int too large to convert to C ssize_t");
        return i.Small;
    }

    /// <summary>Clamps out-of-range values instead of raising (for slice bounds).</summary>
    public static long IndexClamped(ThreadState ts, PyObject o)
    {
        var i = Index(ts, o);
        if (i.IsSmall) return i.Small;
        return i.Sign < 0 ? long.MinValue : long.MaxValue;
    }

    public static PyObject Number_Int(ThreadState ts, PyObject o) => IntType.FromObject(ts, o);
    public static PyObject Number_Float(ThreadState ts, PyObject o) => FloatType.FromObject(ts, o);

    public static double AsDouble(ThreadState ts, PyObject o)
    {
        if (o is PyFloat f) return f.Value;
        if (o is PyInt i) return i.ToDouble();
        return ((PyFloat)FloatType.FromObject(ts, o)).Value;
    }
}
