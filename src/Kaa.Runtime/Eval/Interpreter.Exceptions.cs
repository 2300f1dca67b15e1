using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Eval;

public static partial class Interpreter
{
    static bool IsExceptionClass(PyObject o) => o is PyType t && t.IsSubtype(BuiltinTypes.BaseException);

    /// <summary>`raise exc [from cause]` (CPython's do_raise): instantiates classes and sets __cause__.
    /// Returns the exception to raise (a TypeError when the operands are not exceptions).</summary>
    static PyBaseException PrepareRaise(ThreadState ts, PyObject raised, PyObject? cause)
    {
        PyBaseException value;
        if (IsExceptionClass(raised))
        {
            var v = Ops.Call(ts, raised);
            if (v is not PyBaseException be)
                return MakeException(PyExc.TypeError,
                    $"calling {Ops.ReprString(ts, raised)} should have returned an instance of BaseException, not {v.ObType.Name}");
            value = be;
        }
        else if (raised is PyBaseException be) value = be;
        else return MakeException(PyExc.TypeError, "exceptions must derive from BaseException");

        if (cause != null)
        {
            PyBaseException? fixedCause;
            if (IsExceptionClass(cause))
            {
                var c = Ops.Call(ts, cause);
                if (c is not PyBaseException cbe)
                    return MakeException(PyExc.TypeError,
                        $"calling {Ops.ReprString(ts, cause)} should have returned an instance of BaseException, not {c.ObType.Name}");
                fixedCause = cbe;
            }
            else if (cause is PyBaseException cbe) fixedCause = cbe;
            else if (cause is PyNone) fixedCause = null;
            else return MakeException(PyExc.TypeError, "exception causes must derive from BaseException");
            value.Cause = fixedCause;
            value.SuppressContext = true;
        }
        return value;
    }

    /// <summary>Implicit exception chaining (CPython's _PyErr_SetObject): the exception being handled
    /// becomes the new exception's __context__, breaking any cycle this would create.</summary>
    internal static void SetContext(ThreadState ts, PyBaseException exc)
    {
        var handled = ts.CurrentHandledException;
        if (handled == null || ReferenceEquals(handled, exc)) return;
        PyBaseException o = handled, slow = handled;
        bool toggle = false;
        while (o.Context is { } ctx)
        {
            if (ReferenceEquals(ctx, exc))
            {
                o.Context = null;
                break;
            }
            o = ctx;
            if (ReferenceEquals(o, slow)) break;
            if (toggle) slow = slow.Context!;
            toggle = !toggle;
        }
        exc.Context = handled;
    }

    /// <summary>PyErr_GivenExceptionMatches.</summary>
    internal static bool GivenExceptionMatches(PyObject exc, PyObject type)
    {
        if (type is PyTuple t)
        {
            foreach (var item in t.Items)
                if (GivenExceptionMatches(exc, item)) return true;
            return false;
        }
        var excType = exc is PyType et ? et : exc.ObType;
        return type is PyType tt && excType.IsSubtype(tt);
    }

    const string CatchingNonException = "catching classes that do not inherit from BaseException is not allowed";

    static bool CheckExceptionMatch(ThreadState ts, PyObject exc, PyObject type)
    {
        if (type is PyTuple t)
        {
            foreach (var item in t.Items)
                if (!IsExceptionClass(item)) throw PyErr.TypeError(CatchingNonException);
        }
        else if (!IsExceptionClass(type)) throw PyErr.TypeError(CatchingNonException);
        return GivenExceptionMatches(exc, type);
    }

    static void CheckExceptStarType(PyObject type)
    {
        void One(PyObject t)
        {
            if (!IsExceptionClass(t)) throw PyErr.TypeError(CatchingNonException);
            if (((PyType)t).IsSubtype(PyExc.BaseExceptionGroup))
                throw PyErr.TypeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
        }
        if (type is PyTuple tup) foreach (var item in tup.Items) One(item);
        else One(type);
    }

    static bool IsExceptionGroup(PyObject o) => o.ObType.IsSubtype(PyExc.BaseExceptionGroup);

    /// <summary>CHECK_EG_MATCH: splits exc by type into (rest, match).</summary>
    static void ExceptionGroupMatch(ThreadState ts, PyFrame f, PyObject exc, PyObject type, out PyObject rest, out PyObject match)
    {
        CheckExceptStarType(type);
        if (exc is PyNone)
        {
            rest = PyNone.Value;
            match = PyNone.Value;
            return;
        }
        if (GivenExceptionMatches(exc, type))
        {
            if (IsExceptionGroup(exc)) match = exc;
            else
            {
                // A naked exception is wrapped in a group whose traceback is this frame.
                var wrapped = (PyBaseException)Ops.Call(ts, PyExc.BaseExceptionGroup, [PyStr.Empty, new PyTuple([exc])]);
                int lasti = f.Ip - 1;
                wrapped.Traceback = new PyTraceback(null, f, lasti, f.Code.LineAt(lasti));
                match = wrapped;
            }
            rest = PyNone.Value;
        }
        else if (IsExceptionGroup(exc))
        {
            var pair = Ops.CallMethod(ts, exc, EvalNames.split, type);
            if (pair is not PyTuple { Count: 2 } pt)
                throw PyErr.TypeError($"{exc.ObType.Name}.split must return a 2-tuple, got {pair.ObType.Name}");
            match = pt[0];
            rest = pt[1];
        }
        else
        {
            match = PyNone.Value;
            rest = exc;
        }
        if (match is PyBaseException m)
        {
            var list = ts.HandledExceptions;
            if (list.Count == 0) list.Add(null);
            list[^1] = m;
        }
    }

    static bool SameExceptionMetadata(PyBaseException a, PyBaseException b)
        => ReferenceEquals(a.GetExtra("__notes__"), b.GetExtra("__notes__"))
           && ReferenceEquals(a.Traceback, b.Traceback)
           && ReferenceEquals(a.Cause, b.Cause)
           && ReferenceEquals(a.Context, b.Context);

    /// <summary>CPython's _PyExc_PrepReraiseStar: combines what the except* clauses raised and
    /// re-raised into the exception (group) to propagate, or None.</summary>
    static PyObject PrepReraiseStar(ThreadState ts, PyObject orig, PyList excs)
    {
        if (excs.Count == 0) return PyNone.Value;
        if (!IsExceptionGroup(orig))
        {
            // A naked exception was caught and wrapped: at most one exception to raise.
            return excs.Items[0];
        }
        var origE = (PyBaseException)orig;
        var raised = new List<PyObject>();
        var reraised = new List<PyBaseException>();
        for (int i = 0; i < excs.Count; i++)
        {
            var e = excs.Items[i];
            if (e is PyNone) continue;
            var be = (PyBaseException)e;
            if (SameExceptionMetadata(be, origE)) reraised.Add(be);
            else raised.Add(be);
        }
        var leafIds = new HashSet<PyObject>(ReferenceEqualityComparer.Instance);
        foreach (var e in reraised) CollectLeaves(e, leafIds);
        PyObject reraisedEg = Project(ts, origE, leafIds) ?? (PyObject)PyNone.Value;
        if (raised.Count == 0) return reraisedEg;
        if (reraisedEg is not PyNone) raised.Add(reraisedEg);
        if (raised.Count > 1) return Ops.Call(ts, PyExc.BaseExceptionGroup, [PyStr.Empty, new PyList(raised.ToArray())]);
        return raised[0];
    }

    static void CollectLeaves(PyBaseException e, HashSet<PyObject> leaves)
    {
        if (!IsExceptionGroup(e))
        {
            leaves.Add(e);
            return;
        }
        if (e is PyBaseExceptionGroup { Excs: { } subs })
            foreach (var s in subs.Items) CollectLeaves((PyBaseException)s, leaves);
    }

    /// <summary>The sub-group of <paramref name="eg"/> holding exactly the given leaves (structure kept).</summary>
    static PyBaseException? Project(ThreadState ts, PyBaseException eg, HashSet<PyObject> leaves)
    {
        if (!IsExceptionGroup(eg)) return leaves.Contains(eg) ? eg : null;
        if (eg is not PyBaseExceptionGroup { Excs: { } subs }) return null;
        var kept = new List<PyObject>();
        foreach (var s in subs.Items)
        {
            var p = Project(ts, (PyBaseException)s, leaves);
            if (p != null) kept.Add(p);
        }
        if (kept.Count == 0) return null;
        var derived = Ops.CallMethod(ts, eg, "derive", new PyList(kept.ToArray()));
        if (derived is not PyBaseException d || !IsExceptionGroup(d))
            throw PyErr.TypeError("derive must return an instance of BaseExceptionGroup");
        d.Traceback = eg.Traceback;
        d.Cause = eg.Cause;
        d.Context = eg.Context;
        d.SuppressContext = eg.SuppressContext;
        if (eg.GetExtra("__notes__") is { } notes) d.SetExtra("__notes__", notes);
        return d;
    }
}
