using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Eval;

// Structural pattern matching support (MATCH_CLASS, MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS).
public static partial class Interpreter
{
    /// <summary>Types whose instances match a single positional class sub-pattern themselves
    /// (CPython's _Py_TPFLAGS_MATCH_SELF).</summary>
    static bool MatchesSelf(PyType t)
    {
        foreach (var b in t.MroArray)
        {
            if (ReferenceEquals(b, BuiltinTypes.Bool) || ReferenceEquals(b, BuiltinTypes.ByteArray) || ReferenceEquals(b, BuiltinTypes.Bytes)
                || ReferenceEquals(b, BuiltinTypes.Dict) || ReferenceEquals(b, BuiltinTypes.Float) || ReferenceEquals(b, BuiltinTypes.FrozenSet)
                || ReferenceEquals(b, BuiltinTypes.Int) || ReferenceEquals(b, BuiltinTypes.List) || ReferenceEquals(b, BuiltinTypes.Set)
                || ReferenceEquals(b, BuiltinTypes.Str) || ReferenceEquals(b, BuiltinTypes.Tuple))
                return true;
        }
        return false;
    }

    static PyObject MatchClass(ThreadState ts, PyObject subject, PyObject type, int nargs, PyTuple kwargs)
    {
        if (type is not PyType cls) throw PyErr.TypeError("called match pattern must be a class");
        if (!Ops.IsInstance(ts, subject, cls)) return PyNone.Value;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var attrs = new List<PyObject>();
        if (nargs > 0)
        {
            bool matchSelf = false;
            PyTuple matchArgs;
            if (Ops.TryGetAttr(ts, cls, EvalNames.__match_args__, out var ma))
            {
                if (ma is not PyTuple mt || !ReferenceEquals(ma.ObType, BuiltinTypes.Tuple))
                    throw PyErr.TypeError($"{cls.Name}.__match_args__ must be a tuple (got {ma!.ObType.Name})");
                matchArgs = mt;
            }
            else
            {
                matchArgs = PyTuple.Empty;
                matchSelf = MatchesSelf(cls);
            }
            int allowed = matchSelf ? 1 : matchArgs.Count;
            if (allowed < nargs)
                throw PyErr.TypeError($"{cls.Name}() accepts {allowed} positional sub-pattern{(allowed == 1 ? "" : "s")} ({nargs} given)");
            if (matchSelf) attrs.Add(subject);
            else
            {
                for (int i = 0; i < nargs; i++)
                {
                    if (matchArgs[i] is not PyStr name || !ReferenceEquals(name.ObType, BuiltinTypes.Str))
                        throw PyErr.TypeError($"__match_args__ elements must be strings (got {matchArgs[i].ObType.Name})");
                    var attr = MatchClassAttr(ts, subject, cls, name, seen);
                    if (attr == null) return PyNone.Value;
                    attrs.Add(attr);
                }
            }
        }
        foreach (var n in kwargs.Items)
        {
            var attr = MatchClassAttr(ts, subject, cls, (PyStr)n, seen);
            if (attr == null) return PyNone.Value;
            attrs.Add(attr);
        }
        return new PyTuple(attrs.ToArray());
    }

    static PyObject? MatchClassAttr(ThreadState ts, PyObject subject, PyType type, PyStr name, HashSet<string> seen)
    {
        if (!seen.Add(name.Value))
            throw PyErr.TypeError($"{type.Name}() got multiple sub-patterns for attribute {Ops.ReprString(ts, name)}");
        return Ops.TryGetAttr(ts, subject, name, out var v) ? v : null;
    }

    /// <summary>An ABC from collections.abc if that module is loaded (registration-based checks).</summary>
    static PyObject? LoadedAbc(ThreadState ts, string name)
    {
        if (ts.Interp.Modules.TryGetStr(PyStr.From("collections.abc"), out var m) && m is PyModule mod
            && mod.Dict.TryGetStr(PyStr.From(name), out var abc))
            return abc;
        return null;
    }

    static bool IsMatchMapping(ThreadState ts, PyObject subject)
    {
        var t = subject.ObType;
        if (t.IsSubtype(BuiltinTypes.Dict) || ReferenceEquals(t, BuiltinTypes.MappingProxy)) return true;
        if (t.IsSubtype(BuiltinTypes.List) || t.IsSubtype(BuiltinTypes.Tuple) || t.IsSubtype(BuiltinTypes.Str)
            || t.IsSubtype(BuiltinTypes.Bytes) || t.IsSubtype(BuiltinTypes.ByteArray) || t.IsSubtype(BuiltinTypes.Range)
            || ReferenceEquals(t, BuiltinTypes.Int) || ReferenceEquals(t, BuiltinTypes.Float) || ReferenceEquals(t, BuiltinTypes.NoneType))
            return false;
        var abc = LoadedAbc(ts, "Mapping");
        return abc != null && Ops.IsInstance(ts, subject, abc);
    }

    static bool IsMatchSequence(ThreadState ts, PyObject subject)
    {
        var t = subject.ObType;
        if (t.IsSubtype(BuiltinTypes.Str) || t.IsSubtype(BuiltinTypes.Bytes) || t.IsSubtype(BuiltinTypes.ByteArray)) return false;
        if (t.IsSubtype(BuiltinTypes.List) || t.IsSubtype(BuiltinTypes.Tuple) || ReferenceEquals(t, BuiltinTypes.Range)) return true;
        if (t.IsSubtype(BuiltinTypes.Dict) || ReferenceEquals(t, BuiltinTypes.Int) || ReferenceEquals(t, BuiltinTypes.Float)
            || ReferenceEquals(t, BuiltinTypes.NoneType) || t.IsSubtype(BuiltinTypes.Set) || t.IsSubtype(BuiltinTypes.FrozenSet))
            return false;
        var abc = LoadedAbc(ts, "Sequence");
        return abc != null && Ops.IsInstance(ts, subject, abc);
    }

    static PyObject MatchKeys(ThreadState ts, PyObject map, PyTuple keys)
    {
        int n = keys.Count;
        if (n == 0) return PyTuple.Empty;
        var get = Ops.LookupMethod(ts, map, EvalNames.get, out bool unbound);
        var seen = new PySet();
        var dummy = new PyInstance(BuiltinTypes.Object);
        var values = new PyObject[n];
        for (int i = 0; i < n; i++)
        {
            var key = keys[i];
            if (seen.Contains(ts, key))
                throw PyErr.ValueError($"mapping pattern checks duplicate key ({Ops.ReprString(ts, key)})");
            seen.Add(ts, key);
            var value = unbound ? Ops.Call(ts, get, [map, key, dummy]) : Ops.Call(ts, get, [key, dummy]);
            if (ReferenceEquals(value, dummy)) return PyNone.Value;
            values[i] = value;
        }
        return new PyTuple(values);
    }
}
