using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime.CrossInterpreter;

/// <summary>What <c>fallback</c> means in _interpqueues and _interpreters (CPython's xidata_fallback_t).</summary>
public enum XIFallback
{
    /// <summary>Only objects with cross-interpreter data of their own (_PyXIDATA_XIDATA_ONLY).</summary>
    XIDataOnly = 0,
    /// <summary>Also stateless functions and, failing that, pickle (_PyXIDATA_FULL_FALLBACK).</summary>
    FullFallback = 1,
}

/// <summary>
/// Cross-interpreter data (CPython's _PyXIData_t): taken from an object in one interpreter, turned
/// back into an object in another. Deeply immutable values travel as the object itself (zero-copy,
/// DESIGN §5); the rest carry just enough to rebuild an equivalent object on the other side. An
/// XIData never holds a mutable object of its source interpreter.
/// </summary>
public abstract class XIData
{
    /// <summary>The interpreter the data was taken from.</summary>
    public long SourceInterpreterId { get; internal set; } = -1;

    /// <summary>Makes the object in the interpreter of <paramref name="ts"/> (which holds its GIL).</summary>
    public abstract PyObject NewObject(ThreadState ts);

    /// <summary>For a shared-by-reference value, the object itself (what crosses); else null.</summary>
    public virtual PyObject? SharedObject => null;

    /// <summary>_PyObject_GetXIData: fails with NotShareableError when the object cannot cross.</summary>
    public static XIData Get(ThreadState ts, PyObject obj, XIFallback fallback = XIFallback.XIDataOnly)
    {
        var d = TryGetBasic(ts, obj, out var failure);
        if (d == null && fallback == XIFallback.FullFallback)
        {
            if (obj is PyFunction f && FunctionData.TryCreate(ts, f, out var fd, out _)) d = fd;
            else if (CopyData.TryCreate(ts, obj, out var cd)) d = cd;
            else if (PickleData.TryCreate(ts, obj, out var pd)) d = pd;
        }
        if (d == null) throw failure ?? XIErrors.NotShareableObject(ts, obj);
        d.SourceInterpreterId = ts.Interp.Id;
        return d;
    }

    /// <summary>is_shareable(): true when the object has cross-interpreter data without any fallback.</summary>
    public static bool IsShareable(ThreadState ts, PyObject obj) => TryGetBasic(ts, obj, out _) != null;

    private static XIData? TryGetBasic(ThreadState ts, PyObject obj, out PyException? failure)
    {
        failure = null;
        if (Shareable.IsDeeplyImmutable(obj)) return new SharedRefData(obj);
        if (obj is PyTuple t && PyType.IsExact(t, BuiltinTypes.Tuple))
        {
            var items = new XIData[t.Count];
            for (int i = 0; i < items.Length; i++)
            {
                var item = TryGetBasic(ts, t.Items[i], out failure);
                if (item == null)
                {
                    failure = XIErrors.NotShareableObject(ts, obj, (failure ?? XIErrors.NotShareableObject(ts, t.Items[i])).Value);
                    return null;
                }
                items[i] = item;
            }
            return new TupleData(items);
        }
        var getter = ts.Interp.LookupXIClass(obj.ObType);
        if (getter != null)
        {
            try { return getter(ts, obj); }
            catch (PyException e)
            {
                failure = XIErrors.NotShareableObject(ts, obj, e.Value);
                return null;
            }
        }
        return null;
    }
}

/// <summary>A deeply immutable value: the object itself crosses (zero-copy).</summary>
public sealed class SharedRefData(PyObject obj) : XIData
{
    public PyObject Object { get; } = obj;
    public override PyObject? SharedObject => Object;
    public override PyObject NewObject(ThreadState ts) => Object;
}

/// <summary>A tuple whose items are shareable but not all immutable by reference (it holds a queue, say).</summary>
public sealed class TupleData(XIData[] items) : XIData
{
    public override PyObject NewObject(ThreadState ts)
    {
        var objs = new PyObject[items.Length];
        for (int i = 0; i < objs.Length; i++) objs[i] = items[i].NewObject(ts);
        return PyTuple.Create(objs);
    }
}

/// <summary>
/// A stateless function (no closure, no defaults, no globals besides builtins): its code object crosses
/// by reference and the other side makes a new function whose globals are its <c>__main__</c>, as
/// CPython's _PyFunction_FromXIData does.
/// </summary>
public sealed class FunctionData : XIData
{
    private readonly PyCode _code;
    private readonly PyStr _name, _qualname;

    private FunctionData(PyFunction f) { _code = f.Code; _name = f.Name; _qualname = f.QualName; }

    public PyCode Code => _code;

    public static bool TryCreate(ThreadState ts, PyFunction f, out XIData? data, out string? reason)
    {
        data = null;
        reason = Shareable.CheckStateless(ts, f);
        if (reason != null) return false;
        data = new FunctionData(f);
        return true;
    }

    public override PyObject NewObject(ThreadState ts)
    {
        var globals = ts.Interp.MainModule.Dict;
        var fn = new PyFunction(_code, globals, ts.Interp.BuiltinsDict) { Name = _name, QualName = _qualname };
        if (globals.GetStr("__name__") is { } modName) fn.Module = modName;
        return fn;
    }
}

/// <summary>
/// Kaa's copy fallback for the common containers (exact list, dict, set, and tuples holding them): the
/// items cross as cross-interpreter data (immutable ones by reference) and the other side builds a new
/// container, which is what pickle would produce, without needing the pickle module.
/// </summary>
public sealed class CopyData : XIData
{
    private enum Kind { List, Dict, Set, FrozenSet, Tuple }
    private readonly Kind _kind;
    private readonly XIData[] _items;

    private CopyData(Kind kind, XIData[] items) { _kind = kind; _items = items; }

    public static bool TryCreate(ThreadState ts, PyObject obj, out XIData? data) => TryCreate(ts, obj, 0, out data);

    private static bool TryCreate(ThreadState ts, PyObject obj, int depth, out XIData? data)
    {
        data = null;
        if (depth > 100) return false;
        var t = obj.ObType;
        var items = new List<XIData>();
        bool Add(PyObject item)
        {
            XIData? d;
            try { d = XIData.Get(ts, item); }
            catch (PyException)
            {
                if (!TryCreate(ts, item, depth + 1, out d)) return false;
            }
            items.Add(d!);
            return true;
        }
        Kind kind;
        switch (obj)
        {
            case PyList l when ReferenceEquals(t, BuiltinTypes.List):
                kind = Kind.List;
                for (int i = 0; i < l.Count; i++) if (!Add(l.Items[i])) return false;
                break;
            case PyTuple tup when ReferenceEquals(t, BuiltinTypes.Tuple):
                kind = Kind.Tuple;
                foreach (var item in tup.Items) if (!Add(item)) return false;
                break;
            case PyDict dict when ReferenceEquals(t, BuiltinTypes.Dict):
                kind = Kind.Dict;
                foreach (var (k, v) in dict.EnumerateItems()) if (!Add(k) || !Add(v)) return false;
                break;
            case PySet set when ReferenceEquals(t, BuiltinTypes.Set) || ReferenceEquals(t, BuiltinTypes.FrozenSet):
                kind = ReferenceEquals(t, BuiltinTypes.Set) ? Kind.Set : Kind.FrozenSet;
                for (int pos = set.NextEntry(0, out var key, out _); pos >= 0; pos = set.NextEntry(pos + 1, out key, out _))
                    if (!Add(key)) return false;
                break;
            default:
                return false;
        }
        data = new CopyData(kind, [.. items]) { SourceInterpreterId = ts.Interp.Id };
        return true;
    }

    public override PyObject NewObject(ThreadState ts)
    {
        var objs = new PyObject[_items.Length];
        for (int i = 0; i < objs.Length; i++) objs[i] = _items[i].NewObject(ts);
        switch (_kind)
        {
            case Kind.List: return new PyList(objs);
            case Kind.Tuple: return PyTuple.Create(objs);
            case Kind.Dict:
                var d = new PyDict();
                for (int i = 0; i + 1 < objs.Length; i += 2) d.SetItem(ts, objs[i], objs[i + 1]);
                return d;
            default:
                var s = PySet.NewExact(frozen: _kind == Kind.FrozenSet);
                foreach (var o in objs) s.Add(ts, o);
                return s;
        }
    }
}

/// <summary>
/// The pickle fallback: pickle.dumps in the source interpreter, pickle.loads in the target. As in
/// CPython 3.14, functions and classes of the source's <c>__main__</c> pickle by reference, so when
/// loading fails because the target's <c>__main__</c> lacks such a name, the source's main script is
/// run once with runpy (as module "&lt;fake __main__&gt;", so its <c>if __name__ == '__main__'</c> block
/// does not run) and the missing attribute is copied into the target's <c>__main__</c>.
/// </summary>
public sealed class PickleData : XIData
{
    private readonly byte[] _bytes;
    private readonly string? _mainFile;
    private PickleData(byte[] bytes, string? mainFile) { _bytes = bytes; _mainFile = mainFile; }

    public static bool TryCreate(ThreadState ts, PyObject obj, out XIData? data)
    {
        data = null;
        try
        {
            var pickle = XI.ImportModule(ts, "pickle");
            var bytes = Ops.CallMethod(ts, pickle, "dumps", obj);
            if (bytes is not PyBytes b) return false;
            data = new PickleData(b.Value, MainFile(ts));
            return true;
        }
        catch (PyException)
        {
            return false;
        }
    }

    /// <summary>__main__.__file__ of the interpreter of <paramref name="ts"/>, when it is a str.</summary>
    private static string? MainFile(ThreadState ts)
        => ts.Interp.Modules.GetStr("__main__") is { } main
           && Ops.TryGetAttr(ts, main, PyStr.From("__file__"), out var f) && f is PyStr s ? s.Value : null;

    public override PyObject NewObject(ThreadState ts)
    {
        PyDict? fakeMain = null;
        bool ranMain = false;
        try
        {
            _ = ts.Interp.MainModule;   // pickles may refer to __main__, which Kaa creates lazily
            var pickle = XI.ImportModule(ts, "pickle");
            var bytes = new PyBytes(_bytes);
            while (true)
            {
                try { return Ops.CallMethod(ts, pickle, "loads", bytes); }
                catch (PyException e) when (e.Value.ObType.IsSubtype(PyExc.AttributeError) && _mainFile != null)
                {
                    if (!TrySyncMain(ts, e.Value, ref fakeMain, ref ranMain)) throw;
                }
            }
        }
        catch (PyException e)
        {
            throw XIErrors.NotShareable(ts, "object could not be unpickled", e.Value);
        }
    }

    /// <summary>_handle_unpickle_missing_attr: true when the missing __main__ attribute was supplied.</summary>
    private bool TrySyncMain(ThreadState ts, PyBaseException exc, ref PyDict? fakeMain, ref bool ranMain)
    {
        if (!Ops.TryGetAttr(ts, exc, PyStr.From("name"), out var n) || n is not PyStr name
            || !Ops.TryGetAttr(ts, exc, PyStr.From("obj"), out var o) || o is not PyModule module) return false;
        if (ts.Interp.Modules.GetStr("__main__") is not { } main || !ReferenceEquals(module, main)) return false;
        if (Ops.TryGetAttr(ts, main, name, out _)) return false;
        if (!ranMain)
        {
            ranMain = true;
            try
            {
                var runpy = XI.ImportModule(ts, "runpy");
                fakeMain = Ops.Call(ts, Ops.GetAttr(ts, runpy, PyStr.From("run_path")),
                    [PyStr.From(_mainFile!), PyStr.From("<fake __main__>")], PyTuple.Create(PyStr.From("run_name"))) as PyDict;
            }
            catch (PyException) { fakeMain = null; }
        }
        if (fakeMain == null || !fakeMain.TryGetStr(name, out var value)) return false;
        Ops.SetAttr(ts, main, name, value!);
        return true;
    }
}

/// <summary>The rules for what may cross between interpreters by reference (DESIGN §5).</summary>
public static class Shareable
{
    /// <summary>
    /// Deeply immutable values of exact built-in types: None, bool, int, float, complex, str, bytes,
    /// Ellipsis, NotImplemented, and — beyond CPython — tuple, frozenset and slice of such values,
    /// range and code objects. Subclass instances never qualify (they carry a mutable __dict__).
    /// </summary>
    public static bool IsDeeplyImmutable(PyObject o) => IsDeeplyImmutable(o, 0);

    private static bool IsDeeplyImmutable(PyObject o, int depth)
    {
        if (depth > 200) return false;
        var t = o.ObType;
        switch (o)
        {
            case PyNone or PyBool or PyEllipsis or PyNotImplemented: return true;
            case PyStr: return ReferenceEquals(t, BuiltinTypes.Str);
            case PyInt: return ReferenceEquals(t, BuiltinTypes.Int);
            case PyFloat: return ReferenceEquals(t, BuiltinTypes.Float);
            case PyComplex: return ReferenceEquals(t, BuiltinTypes.Complex);
            case PyBytes: return ReferenceEquals(t, BuiltinTypes.Bytes);
            case PyRange: return true;
            case PyCode: return true;
            case PyTuple tup:
                if (!ReferenceEquals(t, BuiltinTypes.Tuple)) return false;
                foreach (var item in tup.Items)
                    if (!IsDeeplyImmutable(item, depth + 1)) return false;
                return true;
            case PySlice sl:
                return IsDeeplyImmutable(sl.Start, depth + 1) && IsDeeplyImmutable(sl.Stop, depth + 1)
                    && IsDeeplyImmutable(sl.Step, depth + 1);
            case PySet set:
                if (!ReferenceEquals(t, BuiltinTypes.FrozenSet)) return false;
                for (int pos = set.NextEntry(0, out var key, out _); pos >= 0; pos = set.NextEntry(pos + 1, out key, out _))
                    if (!IsDeeplyImmutable(key, depth + 1)) return false;
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// _PyFunction_VerifyStateless: null when the function captures no state (no closure, no defaults,
    /// no globals other than builtins, no arguments-dependent cells), else the reason it does.
    /// </summary>
    public static string? CheckStateless(ThreadState ts, PyFunction f)
    {
        if (f.Closure is { Count: > 0 } || f.Code.NFree > 0) return "closures not supported";
        if (f.Defaults is { Count: > 0 }) return "defaults not supported";
        if (f.KwDefaults is { Count: > 0 }) return "keyword defaults not supported";
        var builtins = ts.Interp.BuiltinsDict;
        foreach (var name in GlobalNamesUsed(f.Code))
            if (!builtins.TryGetStr(name, out _)) return $"globals not supported (found {name.Value})";
        return null;
    }

    /// <summary>The names a code object (and the code objects nested in it) loads or stores as globals.</summary>
    private static IEnumerable<PyStr> GlobalNamesUsed(PyCode code)
    {
        var ops = code.Instructions;
        for (int i = 0; i < ops.Length; i++)
        {
            var op = (Kaa.Compiler.CodeGen.OpCode)(ops[i] & 0xFF);
            if (op is Kaa.Compiler.CodeGen.OpCode.LoadGlobal or Kaa.Compiler.CodeGen.OpCode.StoreGlobal
                or Kaa.Compiler.CodeGen.OpCode.DeleteGlobal)
            {
                int arg = ops[i] >>> 8;
                if (op == Kaa.Compiler.CodeGen.OpCode.LoadGlobal) arg >>= 1;
                if (arg >= 0 && arg < code.Names.Length) yield return code.Names[arg];
            }
        }
        foreach (var c in code.Consts)
            if (c is PyCode nested)
                foreach (var n in GlobalNamesUsed(nested)) yield return n;
    }
}
