using System.Runtime.CompilerServices;
using System.Text;
using Kaa.Compiler.CodeGen;
using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Eval;

/// <summary>Identifier strings the eval loop uses (immortal, DESIGN §2 rule 4).</summary>
internal static class EvalNames
{
    public static readonly PyStr __enter__ = PyStr.Immortal("__enter__");
    public static readonly PyStr __exit__ = PyStr.Immortal("__exit__");
    public static readonly PyStr __aenter__ = PyStr.Immortal("__aenter__");
    public static readonly PyStr __aexit__ = PyStr.Immortal("__aexit__");
    public static readonly PyStr __build_class__ = PyStr.Immortal("__build_class__");
    public static readonly PyStr __await__ = PyStr.Immortal("__await__");
    public static readonly PyStr __aiter__ = PyStr.Immortal("__aiter__");
    public static readonly PyStr __anext__ = PyStr.Immortal("__anext__");
    public static readonly PyStr __match_args__ = PyStr.Immortal("__match_args__");
    public static readonly PyStr __qualname__ = PyStr.Immortal("__qualname__");
    public static readonly PyStr __module__ = PyStr.Immortal("__module__");
    public static readonly PyStr __prepare__ = PyStr.Immortal("__prepare__");
    public static readonly PyStr __mro_entries__ = PyStr.Immortal("__mro_entries__");
    public static readonly PyStr __orig_bases__ = PyStr.Immortal("__orig_bases__");
    public static readonly PyStr __metaclass__ = PyStr.Immortal("metaclass");
    public static readonly PyStr __class__ = PyStr.Immortal("__class__");
    public static readonly PyStr displayhook = PyStr.Immortal("displayhook");
    public static readonly PyStr keys = PyStr.Immortal("keys");
    public static readonly PyStr get = PyStr.Immortal("get");
    public static readonly PyStr send = PyStr.Immortal("send");
    public static readonly PyStr @throw = PyStr.Immortal("throw");
    public static readonly PyStr close = PyStr.Immortal("close");
    public static readonly PyStr split = PyStr.Immortal("split");
    public static readonly PyStr value = PyStr.Immortal("value");
    public static readonly PyStr __notes__ = PyStr.Immortal("__notes__");
    public static readonly PyStr name = PyStr.Immortal("name");
}

public static partial class Interpreter
{
    // ------------------------------------------------------------------ errors

    internal static PyBaseException MakeException(PyType type, string message)
        => PyBaseException.Create(type, new PyTuple([PyStr.From(message)]));

    static PyException NameErrorWithName(PyType type, string message, PyStr name)
    {
        var e = (PyNameError)MakeException(type, message);
        e.Name = name;
        return new PyException(e);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static PyException UnboundLocal(PyCode code, int slot)
    {
        var name = code.LocalsPlusNames[slot];
        if (slot < code.FreeStart)
            return NameErrorWithName(PyExc.UnboundLocalError,
                $"cannot access local variable '{name.Value}' where it is not associated with a value", name);
        return NameErrorWithName(PyExc.NameError,
            $"cannot access free variable '{name.Value}' where it is not associated with a value in enclosing scope", name);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static PyException UnboundDeref(PyCode code, int slot) => UnboundLocal(code, slot);

    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static PyException NameNotDefined(PyStr name)
        => NameErrorWithName(PyExc.NameError, $"name '{name.Value}' is not defined", name);

    // ------------------------------------------------------------------ names

    [MethodImpl(MethodImplOptions.NoInlining)]
    static PyObject LoadGlobalSlow(ThreadState ts, PyFrame f, PyStr name, ref GlobalCacheEntry e)
    {
        var globals = f.Globals;
        if (!ReferenceEquals(globals.ObType, BuiltinTypes.Dict) || !ReferenceEquals(f.Builtins.ObType, BuiltinTypes.Dict))
            return LoadGlobalUncached(ts, f, name);
        var builtins = Unsafe.As<PyDict>(f.Builtins);
        int gv = globals.Version, bv = builtins.Version;
        if (!globals.TryGetStr(name, out var v) || v == null)
        {
            // The str fast path misses keys of other types; CPython's lookup also finds one whose
            // __eq__ accepts the name (a str subclass or look-alike put into globals or builtins).
            v = globals.GetItem(ts, name);
            if (v == null && (!builtins.TryGetStr(name, out v) || v == null)) v = builtins.GetItem(ts, name);
            if (v == null) throw NameNotDefined(name);
        }
        e.Value = v;
        e.GlobalsVersion = gv;
        e.BuiltinsVersion = bv;
        return v;
    }

    static PyObject LoadGlobalUncached(ThreadState ts, PyFrame f, PyStr name)
    {
        // As CPython's LOAD_GLOBAL: globals or builtins of a dict subclass are read as mappings, so
        // their __missing__/__getitem__ run (annotationlib's fake globals rely on it); never cached.
        var v = MappingLookup(ts, f.Globals, name) ?? MappingLookup(ts, f.Builtins, name);
        return v ?? throw NameNotDefined(name);
    }

    /// <summary>Looks a str key up in a mapping; null when missing (KeyError is swallowed).</summary>
    internal static PyObject? MappingLookup(ThreadState ts, PyObject mapping, PyStr name)
    {
        if (ReferenceEquals(mapping.ObType, BuiltinTypes.Dict))
            return Unsafe.As<PyDict>(mapping).TryGetStr(name, out var v) ? v : Unsafe.As<PyDict>(mapping).GetItem(ts, name);
        try
        {
            return Ops.GetItem(ts, mapping, name);
        }
        catch (PyException e) when (e.Value.ObType.IsSubtype(PyExc.KeyError))
        {
            return null;
        }
    }

    static PyObject LoadName(ThreadState ts, PyFrame f, PyStr name)
    {
        var locals = f.Locals ?? throw PyErr.SystemError($"no locals found when loading '{name.Value}'");
        var v = MappingLookup(ts, locals, name);
        if (v != null) return v;
        if (f.Globals.TryGetStr(name, out v) && v != null) return v;
        // Globals are read as a dict (PyDict_GetItemRef), builtins as any mapping.
        return f.Globals.GetItem(ts, name) ?? MappingLookup(ts, f.Builtins, name) ?? throw NameNotDefined(name);
    }

    static void StoreName(ThreadState ts, PyFrame f, PyStr name, PyObject v)
    {
        var locals = f.Locals ?? throw PyErr.SystemError($"no locals found when storing '{name.Value}'");
        if (locals is PyDict d && ReferenceEquals(d.ObType, BuiltinTypes.Dict)) d.SetItemStr(name, v);
        else Ops.SetItem(ts, locals, name, v);
    }

    static void DeleteName(ThreadState ts, PyFrame f, PyStr name)
    {
        var locals = f.Locals ?? throw PyErr.SystemError($"no locals when deleting '{name.Value}'");
        if (locals is PyDict d && ReferenceEquals(d.ObType, BuiltinTypes.Dict))
        {
            if (!d.DelItem(ts, name)) throw NameNotDefined(name);
            return;
        }
        try
        {
            Ops.DelItem(ts, locals, name);
        }
        catch (PyException e) when (e.Value.ObType.IsSubtype(PyExc.KeyError))
        {
            throw NameNotDefined(name);
        }
    }

    static PyObject LoadFromDictOrDeref(ThreadState ts, PyCode code, PyObject mapping, PyCell cell, int slot)
    {
        var v = MappingLookup(ts, mapping, code.LocalsPlusNames[slot]);
        if (v != null) return v;
        return cell.Contents ?? throw UnboundDeref(code, slot);
    }

    static PyObject LoadFromDictOrGlobals(ThreadState ts, PyFrame f, PyObject mapping, PyStr name)
    {
        var v = MappingLookup(ts, mapping, name);
        return v ?? LoadGlobalUncached(ts, f, name);
    }

    static PyObject LoadBuildClass(ThreadState ts, PyFrame f)
    {
        return MappingLookup(ts, f.Builtins, EvalNames.__build_class__) ?? throw PyErr.NameError("__build_class__ not found");
    }

    static void SetupAnnotations(ThreadState ts, PyFrame f)
    {
        var locals = f.Locals ?? throw PyErr.SystemError("no locals found when setting up annotations");
        if (locals is PyDict d && ReferenceEquals(d.ObType, BuiltinTypes.Dict))
        {
            if (!d.TryGetStr(Names.__annotations__, out _)) d.SetItemStr(Names.__annotations__, new PyDict());
            return;
        }
        if (MappingLookup(ts, locals, Names.__annotations__) == null)
            Ops.SetItem(ts, locals, Names.__annotations__, new PyDict());
    }

    // ------------------------------------------------------------------ attributes and operators

    static PyObject LoadAttr(ThreadState ts, PyObject owner, PyStr name) => Ops.GetAttr(ts, owner, name);

    static void StoreAttr(ThreadState ts, PyObject owner, PyStr name, PyObject v) => Ops.SetAttr(ts, owner, name, v);

    static BinOp ToBinOp(int op) => (BinaryOperator)(op % 13) switch
    {
        BinaryOperator.Add => BinOp.Add,
        BinaryOperator.And => BinOp.And,
        BinaryOperator.FloorDivide => BinOp.FloorDiv,
        BinaryOperator.LShift => BinOp.LShift,
        BinaryOperator.MatrixMultiply => BinOp.MatMul,
        BinaryOperator.Multiply => BinOp.Mul,
        BinaryOperator.Remainder => BinOp.Mod,
        BinaryOperator.Or => BinOp.Or,
        BinaryOperator.Power => BinOp.Pow,
        BinaryOperator.RShift => BinOp.RShift,
        BinaryOperator.Subtract => BinOp.Sub,
        BinaryOperator.TrueDivide => BinOp.TrueDiv,
        _ => BinOp.Xor,
    };

    [MethodImpl(MethodImplOptions.NoInlining)]
    static PyObject BinaryOpGeneric(ThreadState ts, PyObject a, PyObject b, int op)
    {
        // str + str (and s += t) on exact strs: str's own concatenation, without the slot lookup and dispatch.
        if (ReferenceEquals(a.ObType, BuiltinTypes.Str) && ReferenceEquals(b.ObType, BuiltinTypes.Str))
        {
            if (op == (int)BinaryOperator.InplaceAdd) return PyStr.ConcatInPlace(Unsafe.As<PyStr>(a), Unsafe.As<PyStr>(b));
            if (op == (int)BinaryOperator.Add) return PyStr.Concat(Unsafe.As<PyStr>(a), Unsafe.As<PyStr>(b));
        }
        var bop = ToBinOp(op);
        return op >= 13 ? Ops.InPlaceOp(ts, a, b, bop) : Ops.BinaryOp(ts, a, b, bop);
    }

    static PyObject ConvertValue(ThreadState ts, PyObject v, int which) => which switch
    {
        1 => Ops.Str(ts, v),
        2 => Ops.Repr(ts, v),
        _ => PyStr.From(AsciiEscape(Ops.Repr(ts, v).Value)),
    };

    /// <summary>ascii(): repr with non-ASCII characters escaped.</summary>
    internal static string AsciiEscape(string s)
    {
        StringBuilder? sb = null;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c < 128) { sb?.Append(c); continue; }
            sb ??= new StringBuilder(s, 0, i, s.Length + 16);
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                int cp = char.ConvertToUtf32(c, s[i + 1]);
                sb.Append("\\U").Append(cp.ToString("x8", System.Globalization.CultureInfo.InvariantCulture));
                i++;
            }
            else if (c < 0x100) sb.Append("\\x").Append(((int)c).ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            else sb.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
        }
        return sb?.ToString() ?? s;
    }

    // ------------------------------------------------------------------ building

    static int BuildSet(ThreadState ts, Span<PyObject> stack, int sp, int n)
    {
        var set = new PySet();
        for (int i = sp - n; i < sp; i++) set.Add(ts, stack[i]);
        sp -= n;
        stack[sp++] = set;
        return sp;
    }

    static int BuildMap(ThreadState ts, Span<PyObject> stack, int sp, int n)
    {
        var d = new PyDict(n);
        int start = sp - 2 * n;
        for (int i = 0; i < n; i++) d.SetItem(ts, stack[start + 2 * i], stack[start + 2 * i + 1]);
        sp = start;
        stack[sp++] = d;
        return sp;
    }

    static int BuildConstKeyMap(ThreadState ts, Span<PyObject> stack, int sp, int n)
    {
        var keys = ((PyTuple)stack[sp - 1]).Items;
        var d = new PyDict(n);
        int start = sp - 1 - n;
        for (int i = 0; i < n; i++) d.SetItem(ts, keys[i], stack[start + i]);
        sp = start;
        stack[sp++] = d;
        return sp;
    }

    /// <summary>BUILD_STRING: the pieces' total length is summed first, so the result is allocated once at
    /// its exact size and filled in place (no StringBuilder, no intermediate copies).</summary>
    static int BuildString(PyObject[] stack, int sp, int n)
    {
        int start = sp - n;
        string result;
        if (n == 2) result = string.Concat(Unsafe.As<PyStr>(stack[start]).Value, Unsafe.As<PyStr>(stack[start + 1]).Value);
        else if (n == 3) result = string.Concat(Unsafe.As<PyStr>(stack[start]).Value, Unsafe.As<PyStr>(stack[start + 1]).Value, Unsafe.As<PyStr>(stack[start + 2]).Value);
        else
        {
            long total = 0;
            for (int i = start; i < sp; i++) total += Unsafe.As<PyStr>(stack[i]).Value.Length;
            if (total > PercentFormat.MaxStringLength) throw PyErr.MemoryError();
            result = string.Create((int)total, (stack, start, sp), static (span, st) =>
            {
                int pos = 0;
                for (int i = st.start; i < st.sp; i++)
                {
                    var v = Unsafe.As<PyStr>(st.stack[i]).Value;
                    v.CopyTo(span[pos..]);
                    pos += v.Length;
                }
            });
        }
        // A seam of lone surrogates needs a surrogate in the text: one vectorised look settles nearly all.
        stack[start] = result.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF') && PyStr.PiecesMakeSeam(stack.AsSpan(start, n))
            ? PyStr.FromSeparatePieces(result, stack.AsSpan(start, n))
            : PyStr.From(result);
        return start + 1;
    }

    static bool IsSequenceLike(PyObject o) => o.ObType.Lookup(Names.__getitem__) != null && o is not PyDict;

    static void ListExtend(ThreadState ts, PyList list, PyObject iterable)
    {
        // Only exact lists and tuples are copied directly: a subclass may override __iter__.
        if (iterable is PyList l && ReferenceEquals(l.ObType, BuiltinTypes.List))
        {
            var items = l.ToArray();
            foreach (var x in items) list.Append(x);
            return;
        }
        if (iterable is PyTuple t && ReferenceEquals(t.ObType, BuiltinTypes.Tuple))
        {
            foreach (var x in t.Items) list.Append(x);
            return;
        }
        PyObject it;
        try
        {
            it = Ops.GetIter(ts, iterable);
        }
        catch (PyException e) when (e.Value.ObType.IsSubtype(PyExc.TypeError) && iterable.ObType.TpIter == null && !IsSequenceLike(iterable))
        {
            throw PyErr.TypeError($"Value after * must be an iterable, not {iterable.ObType.Name}");
        }
        while (Ops.Next(ts, it) is { } v) list.Append(v);
    }

    static void DictUpdate(ThreadState ts, PyDict dict, PyObject update)
    {
        if (update is PyDict d && ReferenceEquals(d.ObType, BuiltinTypes.Dict))
        {
            foreach (var (k, v) in d.EnumerateItems().ToArray()) dict.SetItem(ts, k, v);
            return;
        }
        if (!Ops.TryGetAttr(ts, update, EvalNames.keys, out var keysMeth))
            throw PyErr.TypeError($"'{update.ObType.Name}' object is not a mapping");
        var it = Ops.GetIter(ts, Ops.Call(ts, keysMeth!));
        while (Ops.Next(ts, it) is { } k) dict.SetItem(ts, k, Ops.GetItem(ts, update, k));
    }

    static void DictMerge(ThreadState ts, PyDict dict, PyObject update, PyObject callable)
    {
        void Add(PyObject k, PyObject v)
        {
            if (dict.GetItem(ts, k) != null)
            {
                if (k is not PyStr ks) throw PyErr.TypeError($"{FunctionStr(ts, callable)} keywords must be strings");
                throw PyErr.TypeError($"{FunctionStr(ts, callable)} got multiple values for keyword argument '{ks.Value}'");
            }
            dict.SetItem(ts, k, v);
        }
        if (update is PyDict d && ReferenceEquals(d.ObType, BuiltinTypes.Dict))
        {
            foreach (var (k, v) in d.EnumerateItems().ToArray()) Add(k, v);
            return;
        }
        if (!Ops.TryGetAttr(ts, update, EvalNames.keys, out var keysMeth))
            throw PyErr.TypeError($"{FunctionStr(ts, callable)} argument after ** must be a mapping, not {update.ObType.Name}");
        var it = Ops.GetIter(ts, Ops.Call(ts, keysMeth!));
        while (Ops.Next(ts, it) is { } k) Add(k, Ops.GetItem(ts, update, k));
    }

    /// <summary>UNPACK_SEQUENCE (after &lt; 0) and UNPACK_EX: pops the iterable and pushes its items,
    /// first item on top.</summary>
    static int UnpackIterable(ThreadState ts, Span<PyObject> stack, int sp, int before, int after)
    {
        var seq = stack[--sp];
        PyObject it;
        try
        {
            it = Ops.GetIter(ts, seq);
        }
        catch (PyException e) when (e.Value.ObType.IsSubtype(PyExc.TypeError) && seq.ObType.TpIter == null && !IsSequenceLike(seq))
        {
            throw PyErr.TypeError($"cannot unpack non-iterable {seq.ObType.Name} object");
        }
        var head = new PyObject[before];
        for (int i = 0; i < before; i++)
        {
            var v = Ops.Next(ts, it);
            if (v == null)
            {
                if (after < 0) throw PyErr.ValueError($"not enough values to unpack (expected {before}, got {i})");
                throw PyErr.ValueError($"not enough values to unpack (expected at least {before + after}, got {i})");
            }
            head[i] = v;
        }
        if (after < 0)
        {
            if (Ops.Next(ts, it) != null)
            {
                // 3.14 names the size of an exact list, tuple or dict (read after the iteration, as CPython).
                long size = ReferenceEquals(seq.ObType, BuiltinTypes.List) ? ((PyList)seq).Count
                    : ReferenceEquals(seq.ObType, BuiltinTypes.Tuple) ? ((PyTuple)seq).Items.Length
                    : ReferenceEquals(seq.ObType, BuiltinTypes.Dict) ? ((PyDict)seq).Count : -1;
                throw PyErr.ValueError(size > before
                    ? $"too many values to unpack (expected {before}, got {size})"
                    : $"too many values to unpack (expected {before})");
            }
            for (int i = before - 1; i >= 0; i--) stack[sp++] = head[i];
            return sp;
        }
        var rest = new PyList();
        while (Ops.Next(ts, it) is { } v) rest.Append(v);
        if (rest.Count < after)
            throw PyErr.ValueError($"not enough values to unpack (expected at least {before + after}, got {before + rest.Count})");
        for (int i = 0; i < after; i++) stack[sp++] = rest.Items[rest.Count - 1 - i];
        rest.Count -= after;
        stack[sp++] = rest;
        for (int i = before - 1; i >= 0; i--) stack[sp++] = head[i];
        return sp;
    }

    // ------------------------------------------------------------------ calls

    /// <summary>CALL_FUNCTION_EX's argument preparation: a positional array and keyword names.</summary>
    static PyObject[] PrepareCallEx(ThreadState ts, PyObject func, PyObject callargs, PyObject? kwargs, out PyTuple? kwnames)
    {
        PyObject[] pos;
        if (callargs is PyTuple t && ReferenceEquals(t.ObType, BuiltinTypes.Tuple)) pos = t.Items;
        else
        {
            if (callargs.ObType.TpIter == null && !IsSequenceLike(callargs))
                throw PyErr.TypeError($"{FunctionStr(ts, func)} argument after * must be an iterable, not {callargs.ObType.Name}");
            pos = Ops.ToArray(ts, callargs);
        }
        kwnames = null;
        if (kwargs is PyDict kd && kd.Count > 0)
        {
            var all = new PyObject[pos.Length + kd.Count];
            pos.CopyTo(all, 0);
            var names = new PyObject[kd.Count];
            int i = 0;
            foreach (var (k, v) in kd.EnumerateItems())
            {
                if (k is not PyStr) throw PyErr.TypeError("keywords must be strings");
                names[i] = k;
                all[pos.Length + i] = v;
                i++;
            }
            kwnames = new PyTuple(names);
            return all;
        }
        return pos;
    }

    static PyObject CallFunctionEx(ThreadState ts, PyObject func, PyObject callargs, PyObject? kwargs)
    {
        var args = PrepareCallEx(ts, func, callargs, kwargs, out var kwnames);
        return Ops.Call(ts, func, args, kwnames);
    }

    static int MakeFunction(ThreadState ts, PyFrame f, Span<PyObject> stack, int sp, int flags)
    {
        var code = (PyCode)stack[--sp];
        var parent = f.Func;
        if (parent != null && (flags & ~(int)MakeFunctionFlags.Closure) == 0 && code.Unit.InlinedComprehension
            && !code.IsGeneratorLike && ReferenceEquals(f.Globals, parent.Globals) && ReferenceEquals(f.Builtins, parent.Builtins))
        {
            var cf = parent.ComprehensionFunction(code);
            cf.Closure = (flags & (int)MakeFunctionFlags.Closure) != 0 ? (PyTuple)stack[--sp] : null;
            stack[sp++] = cf;
            return sp;
        }
        var fn = new PyFunction(code, f.Globals, f.Builtins);
        if ((flags & (int)MakeFunctionFlags.Closure) != 0) fn.Closure = (PyTuple)stack[--sp];
        if ((flags & (int)MakeFunctionFlags.Annotations) != 0) fn.SetAnnotationTuple((PyTuple)stack[--sp]);
        else if ((flags & (int)MakeFunctionFlags.Annotate) != 0) fn.Annotate = stack[--sp];
        if ((flags & (int)MakeFunctionFlags.KwDefaults) != 0) fn.KwDefaults = (PyDict)stack[--sp];
        if ((flags & (int)MakeFunctionFlags.Defaults) != 0) fn.Defaults = (PyTuple)stack[--sp];
        stack[sp++] = fn;
        return sp;
    }

    static PyObject CallIntrinsic1(ThreadState ts, PyFrame f, PyObject v, Intrinsic1 which)
    {
        switch (which)
        {
            case Intrinsic1.Print:
                {
                    if (ts.Interp.Sys.Dict.TryGetStr(EvalNames.displayhook, out var hook) && hook != null)
                        return Ops.Call(ts, hook, v);
                    return DefaultDisplayHook(ts, v);
                }
            case Intrinsic1.ImportStar:
                ImportSystem.ImportStar(ts, f, v);
                return PyNone.Value;
            case Intrinsic1.UnaryPositive:
                return Ops.Positive(ts, v);
            case Intrinsic1.ListToTuple:
                return PyTuple.Create(((PyList)v).ToArray());
            case Intrinsic1.AsyncGenWrap:
                return new AsyncGenWrappedValue(v);
            case Intrinsic1.BuildInterpolation:
                return BuildInterpolation(v);
            case Intrinsic1.TypeVar or Intrinsic1.ParamSpec or Intrinsic1.TypeVarTuple or Intrinsic1.SubscriptGeneric
                or Intrinsic1.TypeAlias or Intrinsic1.CheckAnnotateFormat:
                return TypeParamIntrinsic1(ts, v, which);
            default:
                throw PyErr.SystemError($"intrinsic {which} is not supported");
        }
    }

    static PyObject CallIntrinsic2(ThreadState ts, PyFrame f, PyObject v1, PyObject v2, Intrinsic2 which)
    {
        switch (which)
        {
            case Intrinsic2.PrepReraiseStar:
                return PrepReraiseStar(ts, v1, (PyList)v2);
            case Intrinsic2.BuildTemplate:
                return PyTemplate.Build(v1, v2);
            case Intrinsic2.TypeVarWithBound or Intrinsic2.TypeVarWithConstraints or Intrinsic2.SetFunctionTypeParams
                or Intrinsic2.SetTypeParamDefault:
                return TypeParamIntrinsic2(ts, v1, v2, which);
            default:
                throw PyErr.SystemError($"intrinsic {which} is not supported");
        }
    }

    /// <summary>sys.__displayhook__: prints repr(value) and stores it in builtins._.</summary>
    public static PyObject DefaultDisplayHook(ThreadState ts, PyObject v)
    {
        if (v is PyNone) return PyNone.Value;
        var builtins = ts.Interp.BuiltinsDict;
        builtins.SetItemStr(PyStr.From("_"), PyNone.Value);
        var text = Ops.Repr(ts, v).Value + "\n";
        var stdout = ts.Interp.Sys.Dict.GetStr("stdout");
        if (stdout == null || stdout is PyNone) throw PyErr.RuntimeError("lost sys.stdout");
        Ops.CallMethod(ts, stdout, "write", PyStr.From(text));
        builtins.SetItemStr(PyStr.From("_"), v);
        return PyNone.Value;
    }

    // ------------------------------------------------------------------ with

    static int BeforeWith(ThreadState ts, Span<PyObject> stack, int sp)
    {
        var mgr = stack[sp - 1];
        // 3.14 looks __exit__ up first (LOAD_SPECIAL) and names the missing method.
        var exit = Ops.LookupSpecial(ts, mgr, EvalNames.__exit__)
            ?? throw PyErr.TypeError($"'{mgr.ObType.Name}' object does not support the context manager protocol (missed __exit__ method)");
        var enter = Ops.LookupSpecial(ts, mgr, EvalNames.__enter__)
            ?? throw PyErr.TypeError($"'{mgr.ObType.Name}' object does not support the context manager protocol (missed __enter__ method)");
        stack[sp - 1] = exit;
        stack[sp++] = Ops.Call(ts, enter);
        return sp;
    }

    static int BeforeAsyncWith(ThreadState ts, Span<PyObject> stack, int sp)
    {
        var mgr = stack[sp - 1];
        var exit = Ops.LookupSpecial(ts, mgr, EvalNames.__aexit__)
            ?? throw PyErr.TypeError($"'{mgr.ObType.Name}' object does not support the asynchronous context manager protocol (missed __aexit__ method)");
        var enter = Ops.LookupSpecial(ts, mgr, EvalNames.__aenter__)
            ?? throw PyErr.TypeError($"'{mgr.ObType.Name}' object does not support the asynchronous context manager protocol (missed __aenter__ method)");
        stack[sp - 1] = exit;
        stack[sp++] = Ops.Call(ts, enter);
        return sp;
    }

    static PyObject GetYieldFromIter(ThreadState ts, PyCode code, PyObject v)
    {
        if (v is PyCoroutine)
        {
            if ((code.Flags & (CodeFlags.Coroutine | CodeFlags.IterableCoroutine)) == 0)
                throw PyErr.TypeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
            return v;
        }
        if (v is PyGenerator) return v;
        return Ops.GetIter(ts, v);
    }

    internal static PyObject StopIterationValue(PyBaseException e)
    {
        // _PyGen_FetchStopIterationValue reads the value field; one the runtime raised without running
        // __init__ may only have args.
        if (e is PyStopIteration { Value: { } v }) return v;
        return e.Args.Count > 0 ? e.Args[0] : PyNone.Value;
    }
}
