using System.Text;
using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>The builtins module: built-in types and functions (more functions in Builtins.*.cs).</summary>
public static partial class Builtins
{
    internal static void Exec(ThreadState ts, PyModule m)
    {
        m.Set("__doc__", PyStr.From("Built-in functions, types, exceptions, and other objects."));
        m.Set("None", PyNone.Value);
        m.Set("True", PyBool.True);
        m.Set("False", PyBool.False);
        m.Set("Ellipsis", PyEllipsis.Value);
        m.Set("NotImplemented", PyNotImplemented.Value);
        m.Set("__debug__", PyBool.From(ts.Interp.Runtime.Config.OptimizeLevel == 0));
        foreach (var t in new[] { BuiltinTypes.Object, BuiltinTypes.Type, BuiltinTypes.Int, BuiltinTypes.Bool, BuiltinTypes.Float,
                                  BuiltinTypes.Complex, BuiltinTypes.Str, BuiltinTypes.Bytes, BuiltinTypes.ByteArray, BuiltinTypes.List,
                                  BuiltinTypes.Tuple, BuiltinTypes.Dict, BuiltinTypes.Set, BuiltinTypes.FrozenSet, BuiltinTypes.Slice,
                                  BuiltinTypes.Range, BuiltinTypes.Property, BuiltinTypes.ClassMethod, BuiltinTypes.StaticMethod,
                                  BuiltinTypes.Super })
            m.Set(t.Name, t);
        foreach (var e in PyExc.All)
            m.Set(e.Name, e);
        m.Set("EnvironmentError", PyExc.OSError);
        m.Set("IOError", PyExc.OSError);

        void Fn(string name, BuiltinFunc f) => m.Set(name, new PyBuiltinFunction(name, f, m, FunctionDoc(name)));
        ExecEval(ts, m);
        Fn("print", Print);
        Fn("len", (ts, _, a, kw) => { Args.Exact("len", a, kw, 1); return PyInt.From(Ops.Length(ts, a[0])); });
        Fn("repr", (ts, _, a, kw) => { Args.Exact("repr", a, kw, 1); return Ops.Repr(ts, a[0]); });
        Fn("ascii", (ts, _, a, kw) => { Args.Exact("ascii", a, kw, 1); return AsciiObject(ts, a[0]); });
        Fn("abs", (ts, _, a, kw) => { Args.Exact("abs", a, kw, 1); return Ops.Absolute(ts, a[0]); });
        Fn("isinstance", (ts, _, a, kw) => { Args.Exact("isinstance", a, kw, 2); return PyBool.From(Ops.IsInstance(ts, a[0], a[1])); });
        Fn("issubclass", (ts, _, a, kw) => { Args.Exact("issubclass", a, kw, 2); return PyBool.From(Ops.IsSubclass(ts, a[0], a[1])); });
        Fn("callable", (ts, _, a, kw) => { Args.Exact("callable", a, kw, 1); return PyBool.From(Ops.IsCallable(a[0])); });
        Fn("id", (ts, _, a, kw) => { Args.Exact("id", a, kw, 1); return PyInt.From(ObjectIds.Id(ts, a[0])); });
        Fn("hash", (ts, _, a, kw) => { Args.Exact("hash", a, kw, 1); return PyInt.From(Ops.Hash(ts, a[0])); });
        Fn("getattr", GetAttr);
        Fn("setattr", (ts, _, a, kw) =>
        {
            Args.Exact("setattr", a, kw, 3);
            Ops.SetAttr(ts, a[0], AttrName(a[1], "setattr"), a[2]);
            return PyNone.Value;
        });
        Fn("delattr", (ts, _, a, kw) =>
        {
            Args.Exact("delattr", a, kw, 2);
            Ops.DelAttr(ts, a[0], AttrName(a[1], "delattr"));
            return PyNone.Value;
        });
        Fn("hasattr", (ts, _, a, kw) =>
        {
            Args.Exact("hasattr", a, kw, 2);
            return PyBool.From(Ops.TryGetAttr(ts, a[0], AttrName(a[1], "hasattr"), out PyObject? _));
        });
        Fn("iter", (ts, _, a, kw) =>
        {
            Args.Range("iter", a, kw, 1, 2);
            if (a.Length == 1) return Ops.GetIter(ts, a[0]);
            if (!Ops.IsCallable(a[0])) throw PyErr.TypeError("iter(v, w): v must be callable");
            return new PyCallableIterator(a[0], a[1]);
        });
        Fn("next", (ts, _, a, kw) =>
        {
            Args.Range("next", a, kw, 1, 2);
            if (a[0].ObType.TpIterNext == null) throw PyErr.TypeError($"'{a[0].ObType.Name}' object is not an iterator");
            ts.ClearStopIteration();
            var v = Ops.Next(ts, a[0]);
            if (v != null) return v;
            if (a.Length > 1) { ts.ClearStopIteration(); return a[1]; }
            throw PyErr.StopIterationOf(ts, a[0]);
        });
        Fn("chr", (ts, _, a, kw) =>
        {
            Args.Exact("chr", a, kw, 1);
            var i = Ops.Index(ts, a[0]);
            if (!i.IsSmall || i.Small < 0 || i.Small > 0x10FFFF) throw PyErr.ValueError("chr() arg not in range(0x110000)");
            // BMP code points (lone surrogates included) are one UTF-16 unit; Latin-1 ones are cached.
            return i.Small < 0x10000 ? PyStr.FromChar((char)i.Small) : PyStr.From(char.ConvertFromUtf32((int)i.Small));
        });
        Fn("ord", (ts, _, a, kw) =>
        {
            Args.Exact("ord", a, kw, 1);
            if (a[0] is PyStr s)
            {
                if (s.CodePointLength != 1)
                    throw PyErr.TypeError($"ord() expected a character, but string of length {s.CodePointLength} found");
                return PyInt.From(s.Value.Length == 2 ? char.ConvertToUtf32(s.Value[0], s.Value[1]) : s.Value[0]);
            }
            if (a[0] is PyBytes b)
            {
                if (b.Value.Length != 1) throw PyErr.TypeError($"ord() expected a character, but string of length {b.Value.Length} found");
                return PyInt.From(b.Value[0]);
            }
            if (a[0] is PyByteArray ba)
            {
                if (ba.Count != 1) throw PyErr.TypeError($"ord() expected a character, but string of length {ba.Count} found");
                return PyInt.From(ba.Items[0]);
            }
            throw PyErr.TypeError($"ord() expected string of length 1, but {a[0].ObType.Name} found");
        });
        Fn("min", (ts, _, a, kw) => MinMax(ts, a, kw, "min", CompareOp.Lt));
        Fn("max", (ts, _, a, kw) => MinMax(ts, a, kw, "max", CompareOp.Gt));
        Fn("sum", Sum);
        Fn("sorted", (ts, _, a, kw) =>
        {
            int npos = a.Length - (kw?.Count ?? 0);
            if (npos != 1) throw PyErr.TypeError($"sorted expected 1 argument, got {npos}");
            // list(iterable)'s copy (presized for containers and length hints), then the sort in place.
            var l = new PyList();
            ListType.Extend(ts, l, a[0]);
            var p = Args.Parse("sort", a[1..], kw, ["key", "reverse"], 0, kwOnlyFrom: 0);
            ListSort(ts, l, p[0] is PyNone ? null : p[0], p[1] != null && Ops.IsTrue(ts, p[1]!));
            return l;
        });
        Fn("any", (ts, _, a, kw) =>
        {
            Args.Exact("any", a, kw, 1);
            var it = Ops.GetIter(ts, a[0]);
            while (Ops.Next(ts, it) is { } x) if (Ops.IsTrue(ts, x)) return PyBool.True;
            return PyBool.False;
        });
        Fn("all", (ts, _, a, kw) =>
        {
            Args.Exact("all", a, kw, 1);
            var it = Ops.GetIter(ts, a[0]);
            while (Ops.Next(ts, it) is { } x) if (!Ops.IsTrue(ts, x)) return PyBool.False;
            return PyBool.True;
        });
        Fn("divmod", (ts, _, a, kw) => { Args.Exact("divmod", a, kw, 2); return Ops.BinaryOp(ts, a[0], a[1], BinOp.DivMod); });
        Fn("pow", (ts, _, a, kw) =>
        {
            var p = Args.Parse("pow", a, kw, ["base", "exp", "mod"], 2);
            return Ops.Power(ts, p[0]!, p[1]!, p[2]);
        });
        Fn("round", (ts, _, a, kw) =>
        {
            var p = Args.Parse("round", a, kw, ["number", "ndigits"], 1);
            var meth = p[0]!.ObType.Lookup(Names.__round__) ?? throw PyErr.TypeError($"type {p[0]!.ObType.Name} doesn't define __round__ method");
            return p[1] == null || p[1] is PyNone ? Ops.CallUnbound(ts, meth, p[0]!, []) : Ops.CallUnbound(ts, meth, p[0]!, [p[1]!]);
        });
        Fn("bin", (ts, _, a, kw) => { Args.Exact("bin", a, kw, 1); return PyStr.From(IntToBase(Ops.Index(ts, a[0]), 2)); });
        Fn("oct", (ts, _, a, kw) => { Args.Exact("oct", a, kw, 1); return PyStr.From(IntToBase(Ops.Index(ts, a[0]), 8)); });
        Fn("hex", (ts, _, a, kw) => { Args.Exact("hex", a, kw, 1); return PyStr.From(IntToBase(Ops.Index(ts, a[0]), 16)); });
        Fn("format", (ts, _, a, kw) =>
        {
            Args.Range("format", a, kw, 1, 2);
            var spec = a.Length > 1 ? a[1] as PyStr ?? throw PyErr.TypeError($"format() argument 2 must be str, not {PyErr.ArgTypeName(a[1])}") : PyStr.Empty;
            return Ops.Format(ts, a[0], spec);
        });
        Fn("input", (ts, _, a, kw) =>
        {
            Args.Range("input", a, kw, 0, 1);
            // As builtin_input_impl on a non-interactive stream: the streams must exist; flushing is
            // best effort (a stdout without flush() still gets the prompt); readline must give a str.
            var si = Lost(ts, "stdin");
            var so = Lost(ts, "stdout");
            var se = Lost(ts, "stderr");
            FlushIgnoringErrors(ts, se);
            if (a.Length > 0) Ops.CallMethod(ts, so, Names.write, Ops.Str(ts, a[0]));
            FlushIgnoringErrors(ts, so);
            var line = Ops.CallMethod(ts, si, Names.readline);
            if (line is PyBytes lb)
            {
                // PyFile_GetLine accepts bytes too, and hands them back as bytes.
                var data = lb.Value;
                if (data.Length == 0) throw PyErr.New(PyExc.EOFError, "EOF when reading a line");
                return data[^1] == (byte)'\n' ? new PyBytes(data[..^1]) : lb;
            }
            if (line is not PyStr ls) throw PyErr.TypeError("object.readline() returned non-string");
            var s = ls.Value;
            if (s.Length == 0) throw PyErr.New(PyExc.EOFError, "EOF when reading a line");
            return PyStr.From(s.EndsWith('\n') ? s[..^1] : s);

            static PyObject Lost(ThreadState ts, string name)
                => ts.Interp.Sys.Dict.GetStr(name) is { } v and not PyNone ? v : throw PyErr.RuntimeError($"lost sys.{name}");
            static void FlushIgnoringErrors(ThreadState ts, PyObject stream)
            {
                try { Ops.CallMethod(ts, stream, Names.flush); }
                catch (PyException) { }
            }
        });
        Fn("dir", (ts, _, a, kw) =>
        {
            Args.Range("dir", a, kw, 0, 1);
            if (a.Length == 0)
            {
                var g = ts.CurrentLocalsForDir() ?? throw PyErr.SystemError("dir(): no current frame");
                var keys = Ops.ToArray(ts, Ops.CallMethod(ts, g, Names.keys));
                var l0 = new PyList(keys.ToArray());
                ListSort(ts, l0, null, false);
                return l0;
            }
            // Like CPython, __dir__ is looked up on the type: dir(SomeClass) uses type.__dir__.
            var dirMethod = Ops.LookupSpecial(ts, a[0], Names.__dir__) ?? throw PyErr.TypeError("object does not provide __dir__");
            var r = Ops.Call(ts, dirMethod);
            var l = new PyList(Ops.ToArray(ts, r).ToArray());
            ListSort(ts, l, null, false);
            return l;
        });
        m.Set("open", IoModule.CreateOpen(m));
        MoreFunctions(ts, m);
    }

    /// <summary>Further built-in functions defined in other Builtins.*.cs files (and by the eval loop).</summary>
    static partial void MoreFunctions(ThreadState ts, PyModule m);

    internal static void ListSort(ThreadState ts, PyList l, PyObject? key, bool reverse)
        => Objects.ListType.Sort(ts, l, key, reverse);

    private static PyStr AttrName(PyObject o, string fname)
        => o as PyStr ?? throw PyErr.TypeError($"attribute name must be string, not '{o.ObType.Name}'");

    private static PyObject GetAttr(ThreadState ts, PyModule? _, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        Args.Range("getattr", a, kw, 2, 3);
        var name = a[1] as PyStr ?? throw PyErr.TypeError($"attribute name must be string, not '{a[1].ObType.Name}'");
        if (a.Length == 2) return Ops.GetAttr(ts, a[0], name);
        return Ops.TryGetAttr(ts, a[0], name, out var v) ? v! : a[2];
    }

    /// <summary>PyObject_ASCII: a repr that is already ASCII comes back as is (a str subclass stays one).</summary>
    public static PyStr AsciiObject(ThreadState ts, PyObject o)
    {
        var r = Ops.Repr(ts, o);
        return System.Text.Ascii.IsValid(r.Value) ? r : PyStr.From(Escape(r.Value));
    }

    public static string Ascii(ThreadState ts, PyObject o) => Escape(Ops.ReprString(ts, o));

    private static string Escape(string r)
    {
        var sb = new StringBuilder(r.Length);
        for (int i = 0; i < r.Length; i++)
        {
            char c = r[i];
            if (c < 128) sb.Append(c);
            else if (char.IsHighSurrogate(c) && i + 1 < r.Length && char.IsLowSurrogate(r[i + 1]))
            {
                sb.Append($"\\U{char.ConvertToUtf32(c, r[i + 1]):x8}");
                i++;
            }
            else if (c <= 0xff) sb.Append($"\\x{(int)c:x2}");
            else sb.Append($"\\u{(int)c:x4}");
        }
        return sb.ToString();
    }

    /// <summary>bin/oct/hex: sign, prefix and the digits of |v| in base 2, 8 or 16.</summary>
    public static string IntToBase(PyInt v, int b) => NumberFormat.ToPrefixedBase(v, b);

    private static PyObject Print(ThreadState ts, PyModule? _, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        int nkw = kw?.Count ?? 0;
        int npos = a.Length - nkw;
        PyObject? sep = null, end = null, file = null, flush = null;
        for (int i = 0; i < nkw; i++)
        {
            var k = ((PyStr)kw!.Items[i]).Value;
            var v = a[npos + i];
            switch (k)
            {
                case "sep": sep = v; break;
                case "end": end = v; break;
                case "file": file = v; break;
                case "flush": flush = v; break;
                default: throw PyErr.TypeError($"print() got an unexpected keyword argument '{k}'");
            }
        }
        if (sep is not null and not PyNone and not PyStr) throw PyErr.TypeError($"sep must be None or a string, not {sep.ObType.Name}");
        if (end is not null and not PyNone and not PyStr) throw PyErr.TypeError($"end must be None or a string, not {end.ObType.Name}");
        string sepS = sep is PyStr ss ? ss.Value : " ";
        string endS = end is PyStr es ? es.Value : "\n";
        if (file == null || file is PyNone)
        {
            file = ts.Interp.Sys.Dict.GetStr("stdout");
            if (file == null || file is PyNone) return PyNone.Value;
        }
        if (file is PyTextIOWrapper fast && !file.ObType.IsHeapType)
        {
            var sb = new StringBuilder();
            for (int i = 0; i < npos; i++)
            {
                if (i > 0) sb.Append(sepS);
                sb.Append(Ops.Str(ts, a[i]).Value);
            }
            sb.Append(endS);
            fast.Write(ts, sb.ToString());
            if (flush != null && Ops.IsTrue(ts, flush)) fast.Flush(ts);
            return PyNone.Value;
        }
        var write = Ops.GetAttr(ts, file, Names.write);
        for (int i = 0; i < npos; i++)
        {
            if (i > 0) Ops.Call(ts, write, PyStr.From(sepS));
            Ops.Call(ts, write, Ops.Str(ts, a[i]));
        }
        Ops.Call(ts, write, PyStr.From(endS));
        if (flush != null && Ops.IsTrue(ts, flush)) Ops.CallMethod(ts, file, Names.flush);
        return PyNone.Value;
    }

    private static PyObject MinMax(ThreadState ts, ReadOnlySpan<PyObject> a, PyTuple? kw, string name, CompareOp op)
    {
        int nkw = kw?.Count ?? 0;
        int npos = a.Length - nkw;
        // min_max checks the positional count before it parses the keywords.
        if (npos == 0) throw PyErr.TypeError($"{name} expected at least 1 argument, got 0");
        PyObject? key = null, dflt = null;
        for (int i = 0; i < nkw; i++)
        {
            var k = ((PyStr)kw!.Items[i]).Value;
            if (k == "key") key = a[npos + i] is PyNone ? null : a[npos + i];
            else if (k == "default") dflt = a[npos + i];
            else throw PyErr.TypeError($"{name}() got an unexpected keyword argument '{k}'");
        }
        PyObject[] items;
        if (npos == 1) items = Ops.ToArray(ts, a[0]);
        else
        {
            if (dflt != null) throw PyErr.TypeError($"Cannot specify a default for {name}() with multiple positional arguments");
            items = a[..npos].ToArray();
        }
        if (items.Length == 0)
        {
            if (dflt != null) return dflt;
            throw PyErr.ValueError($"{name}() iterable argument is empty");
        }
        PyObject best = items[0];
        PyObject bestKey = key == null ? best : Ops.Call(ts, key, best);
        for (int i = 1; i < items.Length; i++)
        {
            var k = key == null ? items[i] : Ops.Call(ts, key, items[i]);
            if (Ops.RichCompareBool(ts, k, bestKey, op)) { best = items[i]; bestKey = k; }
        }
        return best;
    }

    private static PyObject Sum(ThreadState ts, PyModule? _, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        var p = Args.Parse("sum", a, kw, ["iterable", "start"], 1, posOnly: 1);
        PyObject acc = p[1] ?? PyInt.Zero;
        if (acc is PyStr) throw PyErr.TypeError("sum() can't sum strings [use ''.join(seq) instead]");
        if (acc is PyBytes) throw PyErr.TypeError("sum() can't sum bytes [use b''.join(seq) instead]");
        if (acc is PyByteArray) throw PyErr.TypeError("sum() can't sum bytearray [use b''.join(seq) instead]");
        var it = Ops.GetIter(ts, p[0]!);
        // Exact ints are summed in a long while they fit (CPython's int fast path); the first other
        // item or an overflow hands the running total to the generic loop below.
        if (acc is PyInt { IsSmall: true } start && PyType.IsExact(acc, BuiltinTypes.Int))
        {
            long total = start.Small;
            while (true)
            {
                var x = Ops.Next(ts, it);
                if (x == null) return PyInt.From(total);
                if (ReferenceEquals(x.ObType, BuiltinTypes.Int) && ((PyInt)x).IsSmall)
                {
                    long y = ((PyInt)x).Small, r = total + y;
                    if (((total ^ r) & (y ^ r)) >= 0)
                    {
                        total = r;
                        continue;
                    }
                }
                acc = Ops.Add(ts, PyInt.From(total), x);
                if (PyType.IsExact(acc, BuiltinTypes.Float)) return SumFloats(ts, ((PyFloat)acc).Value, it);
                break;
            }
        }
        while (Ops.Next(ts, it) is { } x)
        {
            acc = Ops.Add(ts, acc, x);
            // Like CPython 3.12+, once the total is an exact float, floats (and small ints) are added
            // with Neumaier's compensated summation, so sum([0.1] * 10) == 1.0.
            if (PyType.IsExact(acc, BuiltinTypes.Float)) return SumFloats(ts, ((PyFloat)acc).Value, it);
        }
        return acc;
    }

    private static PyObject SumFloats(ThreadState ts, double total, PyObject it)
    {
        double c = 0.0;
        while (Ops.Next(ts, it) is { } item)
        {
            double x;
            if (PyType.IsExact(item, BuiltinTypes.Float)) x = ((PyFloat)item).Value;
            else if (item is PyInt i && PyType.IsExact(item, BuiltinTypes.Int) && i.IsSmall && Math.Abs(i.Small) < (1L << 53)) x = i.Small;
            else
            {
                if (c != 0 && double.IsFinite(c)) total += c;
                PyObject acc = Ops.Add(ts, new PyFloat(total), item);
                while (Ops.Next(ts, it) is { } rest) acc = Ops.Add(ts, acc, rest);
                return acc;
            }
            double t = total + x;
            if (Math.Abs(total) >= Math.Abs(x)) c += (total - t) + x;
            else c += (x - t) + total;
            total = t;
        }
        if (c != 0 && double.IsFinite(c)) total += c;
        return new PyFloat(total);
    }
}

/// <summary>iter(callable, sentinel).</summary>
public sealed class PyCallableIterator(PyObject callable, PyObject sentinel) : PyObject(BuiltinTypes.CallableIterator)
{
    private PyObject? _callable = callable;
    private readonly PyObject _sentinel = sentinel;

    public PyObject? Next(ThreadState ts)
    {
        if (_callable == null) return null;
        PyObject v;
        try { v = Ops.Call(ts, _callable); }
        catch (PyException e) when (e.Value.ObType.IsSubtype(PyExc.StopIteration)) { _callable = null; return null; }
        // The call may have exhausted this iterator reentrantly (calliter_iternext then stops too).
        if (_callable == null) return null;
        if (Ops.RichCompareBool(ts, _sentinel, v, CompareOp.Eq)) { _callable = null; return null; }
        return v;
    }

    internal static void Init()
    {
        var t = BuiltinTypes.CallableIterator;
        t.TpIter = (ts, o) => o;
        t.TpIterNext = (ts, o) => ((PyCallableIterator)o).Next(ts);
        // calliter_reduce: (iter, (callable, sentinel)), or (iter, ((),)) once exhausted; iter is looked up first.
        t.AddMethod("__reduce__", (ts, self, a, kw) =>
        {
            Args.Exact("__reduce__", a, kw, 0);
            var it = (PyCallableIterator)self;
            var iter = Ops.GetBuiltin(ts, "iter");
            if (it._callable == null) return new PyTuple([iter, new PyTuple([PyTuple.Empty])]);
            return new PyTuple([iter, new PyTuple([it._callable, it._sentinel])]);
        }, "Return state information for pickling.");
    }
}
