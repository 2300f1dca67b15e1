using System.Runtime.CompilerServices;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>Helpers used while filling a static type's dict at start-up (before it is frozen).</summary>
public static class TypeBuilder
{
    public static void AddMethod(this PyType t, string name, BuiltinMethod m, string? doc = null)
        => t.Dict.SetItemStr(PyStr.Immortal(name), new PyMethodDescriptor(t, name, m, doc));

    public static void AddClassMethod(this PyType t, string name, BuiltinMethod m, string? doc = null)
        => t.Dict.SetItemStr(PyStr.Immortal(name), new PyClassMethodDescriptor(t, name, m, doc));

    public static void AddStaticMethod(this PyType t, string name, BuiltinFunc f)
        => t.Dict.SetItemStr(PyStr.Immortal(name), new PyStaticMethod(BuiltinTypes.StaticMethod, new PyBuiltinFunction(name, f) { QualNamePrefix = t.Name }));

    public static void AddGetSet(this PyType t, string name, Func<ThreadState, PyObject, PyObject> get,
        Action<ThreadState, PyObject, PyObject?>? set = null, string? doc = null)
        => t.Dict.SetItemStr(PyStr.Immortal(name), new PyGetSetDescriptor(t, name, get, set, doc));

    /// <summary>A read-only member (member_descriptor): what CPython declares in tp_members with
    /// Py_READONLY; assigning or deleting it raises AttributeError("readonly attribute").</summary>
    public static void AddMember(this PyType t, string name, Func<ThreadState, PyObject, PyObject> get, string? doc = null)
        => t.Dict.SetItemStr(PyStr.Immortal(name), new PyMemberDescriptor(t, name, get, doc));

    /// <summary>A writable member (member_descriptor) of a built-in type's own field: CPython's PyMemberDef
    /// without Py_READONLY. <paramref name="set"/> gets null for `del`.</summary>
    public static void AddMember(this PyType t, string name, Func<ThreadState, PyObject, PyObject> get,
        Action<ThreadState, PyObject, PyObject?> set, string? doc = null)
        => t.Dict.SetItemStr(PyStr.Immortal(name), new PyMemberDescriptor(t, name, get, doc, set));

    public static void AddAttr(this PyType t, string name, PyObject value) => t.Dict.SetItemStr(PyStr.Immortal(name), value);

    /// <summary>The tp_new of a class whose __new__ is written in Python (slot_tp_new).</summary>
    static readonly NewFunc SlotNew = SlotFunctions.New;

    /// <summary>Installs tp_new and the matching __new__ entry in the dict.</summary>
    public static void SetNew(this PyType t, NewFunc f)
    {
        t.TpNew = f;
        var wrapper = new PyBuiltinFunction("__new__", (ts, _, args, kw) =>
        {
            if (args.Length < 1) throw PyErr.TypeError($"{t.Name}.__new__(): not enough arguments");
            if (args[0] is not PyType cls) throw PyErr.TypeError($"{t.Name}.__new__(X): X is not a type object ({args[0].ObType.Name})");
            if (!cls.IsSubtype(t)) throw PyErr.TypeError($"{t.Name}.__new__({cls.Name}): {cls.Name} is not a subtype of {t.Name}");
            // tp_new_wrapper: the most derived base whose __new__ is not written in Python must
            // construct with this very tp_new (so object.__new__(dict) is refused, while
            // BaseException.__new__(MyError) is fine: Exception inherits that tp_new).
            var staticBase = cls;
            while (staticBase != null && SlotNew.Equals(staticBase.TpNew)) staticBase = staticBase.Base;
            return staticBase != null && !Equals(staticBase.TpNew, f)
                ? throw PyErr.TypeError($"{t.Name}.__new__({cls.Name}) is not safe, use {staticBase.Name}.__new__()")
                : f(ts, cls, args[1..], kw);
        }) { NewOwner = t };
        t.Dict.SetItemStr(Names.__new__, new PyStaticMethod(BuiltinTypes.StaticMethod, wrapper));
    }
}

/// <summary>Argument checking for built-ins, with CPython's messages.</summary>
public static class Args
{
    // The checks below run on every call of a built-in: each is a comparison or two, inlined into the
    // caller, with the message built out of line only when it fails.

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void NoKeywords(string fname, PyTuple? kwnames)
    {
        if (kwnames != null && kwnames.Count > 0) ThrowNoKeywords(fname);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Exact(string fname, ReadOnlySpan<PyObject> args, PyTuple? kwnames, int n)
    {
        if (args.Length != n || (kwnames != null && kwnames.Count > 0)) ThrowExact(fname, args.Length, kwnames, n);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Range(string fname, ReadOnlySpan<PyObject> args, PyTuple? kwnames, int min, int max)
    {
        if (args.Length < min || args.Length > max || (kwnames != null && kwnames.Count > 0)) ThrowRange(fname, args.Length, kwnames, min, max);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowNoKeywords(string fname) => throw PyErr.TypeError($"{fname}() takes no keyword arguments");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowExact(string fname, int given, PyTuple? kwnames, int n)
    {
        if (kwnames != null && kwnames.Count > 0) ThrowNoKeywords(fname);
        if (n == 0) throw PyErr.TypeError($"{fname}() takes no arguments ({given} given)");
        if (n == 1) throw PyErr.TypeError($"{fname}() takes exactly one argument ({given} given)");
        throw PyErr.TypeError($"{fname} expected {n} arguments, got {given}");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowRange(string fname, int given, PyTuple? kwnames, int min, int max)
    {
        if (kwnames != null && kwnames.Count > 0) ThrowNoKeywords(fname);
        if (given < min)
            throw PyErr.TypeError($"{fname} expected at least {min} argument{(min == 1 ? "" : "s")}, got {given}");
        throw PyErr.TypeError($"{fname} expected at most {max} argument{(max == 1 ? "" : "s")}, got {given}");
    }

    /// <summary>
    /// Binds positional and keyword arguments to named parameters (PyArg_ParseTupleAndKeywords).
    /// <paramref name="posOnly"/> leading parameters are positional-only; parameters at or after
    /// <paramref name="kwOnlyFrom"/> are keyword-only. Missing optional ones stay null.
    /// </summary>
    public static PyObject?[] Parse(string fname, ReadOnlySpan<PyObject> args, PyTuple? kwnames, string[] names,
        int required, int posOnly = 0, int kwOnlyFrom = int.MaxValue)
    {
        var result = new PyObject?[names.Length];
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        int maxPos = Math.Min(names.Length, kwOnlyFrom);
        // CPython's _PyArg_UnpackKeywords: too many arguments in all, then too many positional ones.
        if (npos + nkw > names.Length)
            throw PyErr.TypeError($"{fname}() takes at most {names.Length} {(npos == 0 ? "keyword " : "")}argument{(names.Length == 1 ? "" : "s")} ({npos + nkw} given)");
        if (npos > maxPos)
        {
            if (maxPos == 0) throw PyErr.TypeError($"{fname}() takes no positional arguments");
            throw PyErr.TypeError($"{fname}() takes {(Math.Min(required, maxPos) < maxPos ? "at most" : "exactly")} {maxPos} positional argument{(maxPos == 1 ? "" : "s")} ({npos} given)");
        }
        for (int i = 0; i < npos; i++) result[i] = args[i];
        for (int k = 0; k < nkw; k++)
        {
            var kn = ((PyStr)kwnames!.Items[k]).Value;
            int idx = Array.IndexOf(names, kn);
            // Built-ins (unlike Python functions) call a positional-only name just unexpected.
            if (idx < 0 || idx < posOnly)
                throw PyErr.TypeError($"{fname}() got an unexpected keyword argument '{kn}'");
            if (result[idx] != null)
                throw PyErr.TypeError($"argument for {fname}() given by name ('{kn}') and position ({idx + 1})");
            result[idx] = args[npos + k];
        }
        for (int i = 0; i < required; i++)
        {
            if (result[i] == null)
            {
                if (i < posOnly || i >= kwOnlyFrom || nkw == 0)
                    throw PyErr.TypeError($"{fname}() missing required argument '{names[i]}' (pos {i + 1})");
                throw PyErr.TypeError($"{fname}() missing required argument '{names[i]}' (pos {i + 1})");
            }
        }
        return result;
    }
}
