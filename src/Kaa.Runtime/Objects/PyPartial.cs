using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>
/// functools.partial (Modules/_functoolsmodule.c's partialobject, 3.14 with Placeholder): a callable that
/// calls <c>func</c> with its stored positional arguments (Placeholders filled from the call's first
/// arguments), then the call's, and its stored keywords merged under the call's. In C# for speed and for
/// the C type's observable shape (read-only members, method-descriptor binding, flattening of a nested
/// partial, pickling state), which functools.py's pure-Python class only approximates.
/// </summary>
public sealed class PyPartial : PyObject, IHasDict
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("partial", BuiltinTypes.Object, "functools");

    private PyObject _func = PyNone.Value;
    private PyTuple _args = PyTuple.Empty;
    private PyDict _kw = new();
    /// <summary>How many of <see cref="_args"/> are Placeholder (never the last one).</summary>
    private int _phCount;

    /// <summary>Created on first use; a partial without one may be flattened into another (as CPython's
    /// NULL dict).</summary>
    public PyDict? Dict { get; set; }

    private PyPartial(PyType type) : base(type) { }

    internal static void Init()
    {
        var t = TypeObject;
        t.InstanceFactory = null;
        t.HasInstanceDict = true;
        t.SetNew(New);
        t.TpCall = (ts, o, args, kw) => ((PyPartial)o).Call(ts, args, kw);
        // A method descriptor since 3.14: a partial stored on a class binds like a function.
        t.TpDescrGet = (ts, d, obj, type) => obj == null || obj is PyNone ? d : new PyMethod(d, obj);
        t.TpRepr = Repr;
        t.AddMember("func", (ts, o) => ((PyPartial)o)._func, "function object to use in future partial calls");
        t.AddMember("args", (ts, o) => ((PyPartial)o)._args, "tuple of arguments to future partial calls");
        t.AddMember("keywords", (ts, o) => ((PyPartial)o)._kw, "dictionary of keyword arguments to future partial calls");
        t.AddGetSet("__dict__", (ts, o) => ((PyPartial)o).Dict ??= new PyDict(), (ts, o, v) =>
        {
            if (v == null) throw PyErr.TypeError("cannot delete __dict__");
            if (v is not PyDict d) throw PyErr.TypeError($"__dict__ must be set to a dictionary, not a '{v.ObType.Name}'");
            ((PyPartial)o).Dict = d;
        });
        t.TpSetAttro = (ts, o, name, v) =>
        {
            var p = (PyPartial)o;
            bool hadDict = p.Dict != null;
            p.Dict ??= new PyDict();
            try { Ops.GenericSetAttr(ts, o, name, v); }
            catch (PyException) when (!hadDict && p.Dict is { Count: 0 })
            {
                // A refused assignment (a read-only member) leaves the partial without a dict, as in CPython.
                p.Dict = null;
                throw;
            }
        };
        t.AddMethod("__reduce__", (ts, self, a, kw) =>
        {
            Args.Exact("__reduce__", a, kw, 0);
            var p = (PyPartial)self;
            return new PyTuple([p.ObType, new PyTuple([p._func]),
                new PyTuple([p._func, p._args, p._kw, (PyObject?)p.Dict ?? PyNone.Value])]);
        });
        t.AddMethod("__setstate__", (ts, self, a, kw) =>
        {
            Args.Exact("__setstate__", a, kw, 1);
            ((PyPartial)self).SetState(ts, a[0]);
            return PyNone.Value;
        });
        t.AddClassMethod("__class_getitem__", PyGenericAlias.ClassGetItem, "See PEP 585");
    }

    private static PyObject New(ThreadState ts, PyType cls, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        int newCount = args.Length - nkw - 1;
        if (newCount < 0) throw PyErr.TypeError("type 'partial' takes at least one argument");
        var func = args[0];
        if (!Ops.IsCallable(func)) throw PyErr.TypeError("the first argument must be callable");
        var placeholder = PyPlaceholder.Value;
        if (newCount > 0 && ReferenceEquals(args[newCount], placeholder))
            throw PyErr.TypeError("trailing Placeholders are not allowed");
        for (int k = 0; k < nkw; k++)
            if (ReferenceEquals(args[args.Length - nkw + k], placeholder))
                throw PyErr.TypeError("Placeholder cannot be passed as a keyword argument");

        // A partial (of any subclass) that never had a __dict__ is unwrapped: its function, arguments
        // and keywords are merged into the new one.
        PyTuple? innerArgs = null;
        PyDict? innerKw = null;
        int innerPh = 0;
        if (func is PyPartial inner && inner.Dict == null)
        {
            innerArgs = inner._args;
            innerKw = inner._kw;
            innerPh = inner._phCount;
            func = inner._func;
        }

        var p = new PyPartial(cls) { _func = func };
        var newArgs = args.Slice(1, newCount);
        int phCount = 0;
        for (int i = 0; i < newCount - 1; i++)
            if (ReferenceEquals(newArgs[i], placeholder)) phCount++;
        if (innerPh > 0 && newCount > 0)
        {
            // The new arguments fill the inner partial's Placeholders first, the rest follow.
            var inner2 = innerArgs!.Items;
            int total = inner2.Length + Math.Max(0, newCount - innerPh);
            var merged = new PyObject[total];
            for (int i = 0, j = 0; i < total; i++)
            {
                if (i < inner2.Length)
                {
                    var item = inner2[i];
                    if (j < newCount && ReferenceEquals(item, placeholder))
                    {
                        item = newArgs[j++];
                        innerPh--;
                    }
                    merged[i] = item;
                }
                else merged[i] = newArgs[j++];
            }
            p._args = new PyTuple(merged);
            p._phCount = innerPh + phCount;
        }
        else if (innerArgs == null)
        {
            p._args = newCount == 0 ? PyTuple.Empty : new PyTuple(newArgs.ToArray());
            p._phCount = phCount;
        }
        else
        {
            var merged = new PyObject[innerArgs.Count + newCount];
            innerArgs.Items.CopyTo(merged, 0);
            newArgs.CopyTo(merged.AsSpan(innerArgs.Count));
            p._args = merged.Length == 0 ? PyTuple.Empty : new PyTuple(merged);
            p._phCount = innerPh + phCount;
        }

        var kw = innerKw != null && innerKw.Count > 0 ? innerKw.Copy() : new PyDict();
        for (int k = 0; k < nkw; k++)
            kw.SetItem(ts, kwnames!.Items[k], args[args.Length - nkw + k]);
        p._kw = kw;
        return p;
    }

    private PyObject Call(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        int phCount = _phCount;
        if (npos < phCount)
            throw PyErr.TypeError($"missing positional arguments in 'partial' call; expected at least {phCount}, got {npos}");
        var stored = _args.Items;
        int totalPos = stored.Length + npos - phCount;
        // _kw is a mutable dict (p.keywords['x'] = 1 is allowed), so it is read at every call.
        var kw = _kw;
        int totalKw = kw.Count == 0 ? nkw : -1;
        PyTuple? names = kwnames;
        PyObject[] all;
        if (totalKw >= 0)
        {
            all = new PyObject[totalPos + nkw];
            FillPositional(all, stored, args, npos, phCount);
            args.Slice(npos).CopyTo(all.AsSpan(totalPos));
        }
        else
        {
            // The stored keywords, overridden and extended by the call's (PyDict_Merge with override).
            var merged = kw.Copy();
            for (int k = 0; k < nkw; k++) merged.SetItem(ts, kwnames!.Items[k], args[npos + k]);
            all = new PyObject[totalPos + merged.Count];
            FillPositional(all, stored, args, npos, phCount);
            var keys = new PyObject[merged.Count];
            int i = 0;
            foreach (var (key, value) in merged.EnumerateItems())
            {
                if (key is not PyStr) throw PyErr.TypeError("keywords must be strings");
                keys[i] = key;
                all[totalPos + i] = value;
                i++;
            }
            names = new PyTuple(keys);
        }
        return Ops.Call(ts, _func, all, names);
    }

    /// <summary>The stored positional arguments with each Placeholder replaced by the next call
    /// argument, then the call's remaining positional arguments.</summary>
    private static void FillPositional(PyObject[] dest, PyObject[] stored, ReadOnlySpan<PyObject> args, int npos, int phCount)
    {
        int j = 0;
        if (phCount == 0) stored.CopyTo(dest, 0);
        else
        {
            var placeholder = PyPlaceholder.Value;
            for (int i = 0; i < stored.Length; i++)
                dest[i] = ReferenceEquals(stored[i], placeholder) ? args[j++] : stored[i];
        }
        args.Slice(j, npos - j).CopyTo(dest.AsSpan(stored.Length));
    }

    private static PyObject Repr(ThreadState ts, PyObject o)
    {
        var p = (PyPartial)o;
        if (!ts.ReprEnter(o)) return PyStr.From("...");
        try
        {
            var sb = new System.Text.StringBuilder();
            foreach (var a in p._args.Items) sb.Append(", ").Append(Ops.ReprString(ts, a));
            foreach (var (k, v) in p._kw.EnumerateItems())
                sb.Append(", ").Append(Ops.StrString(ts, k)).Append('=').Append(Ops.ReprString(ts, v));
            var type = o.ObType;
            string module = Ops.StrString(ts, Ops.GetAttr(ts, type, PyStr.From("__module__")));
            return PyStr.From($"{module}.{type.QualName}({Ops.ReprString(ts, p._func)}{sb})");
        }
        finally { ts.ReprLeave(o); }
    }

    /// <summary>__setstate__((func, args, kwds, dict)), as pickle restores a partial; every malformed
    /// state is "invalid partial state".</summary>
    private void SetState(ThreadState ts, PyObject state)
    {
        if (state is not PyTuple { Count: 4 } st || !Ops.IsCallable(st[0]) || st[1] is not PyTuple fnArgs
            || st[2] is not (PyNone or PyDict) || st[3] is not (PyNone or PyDict))
            throw PyErr.TypeError("invalid partial state");
        var placeholder = PyPlaceholder.Value;
        int n = fnArgs.Count;
        if (n > 0 && ReferenceEquals(fnArgs[n - 1], placeholder)) throw PyErr.TypeError("trailing Placeholders are not allowed");
        int phCount = 0;
        for (int i = 0; i < n - 1; i++)
            if (ReferenceEquals(fnArgs[i], placeholder)) phCount++;
        _func = st[0];
        _args = PyType.IsExact(fnArgs, BuiltinTypes.Tuple) ? fnArgs : new PyTuple(fnArgs.Items.ToArray());
        _kw = st[2] switch
        {
            PyNone => new PyDict(),
            PyDict d when PyType.IsExact(d, BuiltinTypes.Dict) => d,
            PyDict d => d.Copy(),
            _ => throw PyErr.SystemError("partial.__setstate__: keywords checked above"),
        };
        _phCount = phCount;
        Dict = st[3] as PyDict;
    }
}
