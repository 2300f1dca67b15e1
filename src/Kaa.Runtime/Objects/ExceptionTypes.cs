using Kaa.Runtime.State;
using Kaa.Runtime;

namespace Kaa.Runtime.Objects;

/// <summary>
/// The behaviour of BaseException and the subclasses that add attributes (CPython's Objects/exceptions.c).
/// Fields CPython keeps in an exception's struct are member descriptors on the type over the fields of
/// <see cref="PyBaseException"/>'s layout classes, so they never show in the instance's __dict__.
/// </summary>
internal static partial class ExceptionTypes
{
    /// <summary>The args tuple of a call's positional arguments; `()` is the shared empty tuple, as in CPython.</summary>
    private static PyTuple ArgsTuple(ReadOnlySpan<PyObject> items) => items.Length == 0 ? PyTuple.Empty : new PyTuple(items.ToArray());

    private static bool SameItems(PyTuple t, ReadOnlySpan<PyObject> items)
    {
        var have = t.Items;
        if (have.Length != items.Length || !ReferenceEquals(t.ObType, BuiltinTypes.Tuple)) return false;
        for (int i = 0; i < have.Length; i++)
            if (!ReferenceEquals(have[i], items[i])) return false;
        return true;
    }

    internal static int Positional(ReadOnlySpan<PyObject> args, PyTuple? kw) => args.Length - (kw?.Count ?? 0);

    /// <summary>BaseException_init without its keyword check: args becomes the call's positional arguments.</summary>
    private static void SetArgs(PyBaseException e, ReadOnlySpan<PyObject> args)
    {
        // `E(x)` runs __new__ and then __init__ with the same arguments: CPython stores the one args
        // tuple of the call twice; keeping __new__'s tuple when it holds the same objects does the same
        // without building a second one.
        if (e.Args is { } old && SameItems(old, args)) return;
        e.Args = ArgsTuple(args);
    }

    /// <summary>BaseException_init: no keywords, args from the positional arguments.</summary>
    internal static void BaseInitChecked(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (kw != null && kw.Count > 0) throw PyErr.TypeError($"{self.ObType.TpName}() takes no keyword arguments");
        SetArgs((PyBaseException)self, args);
    }

    /// <summary>BaseException_str.</summary>
    private static PyStr BaseStr(ThreadState ts, PyBaseException e) => e.Args.Count switch
    {
        0 => PyStr.Empty,
        1 => Ops.Str(ts, e.Args[0]),
        _ => Ops.Str(ts, e.Args),
    };

    /// <summary>A Py_T_OBJECT member over a layout field: NULL reads as None, `del` stores NULL.</summary>
    private static void ObjectMember<T>(PyType t, string name, Func<T, PyObject?> get, Action<T, PyObject?> set, string doc)
        where T : PyBaseException
        => t.AddMember(name, (ts, o) => get((T)o) ?? PyNone.Value, (ts, o, v) => set((T)o, v), doc);

    /// <summary>(type, args) or, when the instance has a __dict__, (type, args, __dict__).</summary>
    private static PyTuple Reduce(PyBaseException e, PyTuple args)
        => e.Dict != null ? new PyTuple([e.ObType, args, e.Dict]) : new PyTuple([e.ObType, args]);

    /// <summary>A copy of the instance's __dict__ (or a new dict) to add layout fields to for pickling.</summary>
    private static PyDict StateCopy(PyBaseException e)
    {
        var d = new PyDict();
        if (e.Dict != null)
            foreach (var (k, v) in e.Dict.EnumerateItems()) d.SetItem(null, k, v);
        return d;
    }

    internal static void Init()
    {
        var b = BuiltinTypes.BaseException;
        b.InstanceFactory = cls => new PyBaseException(cls);
        // BaseException_new: one delegate shared by every type CPython gives BaseException_new, so
        // `BaseException.__new__(KeyError)` passes tp_new_wrapper's safety check as it does there.
        NewFunc baseNew = (ts, cls, args, kw) =>
        {
            var e = (PyBaseException)cls.InstanceFactory!(cls);
            e.Args = ArgsTuple(args[..Positional(args, kw)]);
            return e;
        };
        b.SetNew(baseNew);
        b.TpInit = (ts, self, args, kw) => BaseInitChecked(self, args[..Positional(args, kw)], kw);
        // BaseException names PyObject_GenericGetAttr in its own tp_getattro (so __getattribute__ is in its dict).
        b.TpGetAttro = TypeInit.GenericGetAttrDelegate;
        b.TpRepr = (ts, o) =>
        {
            var e = (PyBaseException)o;
            var name = o.ObType.Name;
            if (e.Args.Count == 1) return PyStr.From($"{name}({Ops.ReprString(ts, e.Args[0])})");
            return PyStr.From(name + Ops.ReprString(ts, e.Args));
        };
        b.TpStr = (ts, o) => BaseStr(ts, (PyBaseException)o);
        b.AddGetSet("args", (ts, o) => ((PyBaseException)o).Args, (ts, o, v) =>
        {
            if (v == null) throw PyErr.TypeError("args may not be deleted");
            ((PyBaseException)o).Args = new PyTuple(Ops.ToArray(ts, v));
        });
        b.AddGetSet("__traceback__", (ts, o) => ((PyBaseException)o).Traceback ?? PyNone.Value, SetTraceback);
        b.AddGetSet("__cause__", (ts, o) => (PyObject?)((PyBaseException)o).Cause ?? PyNone.Value, (ts, o, v) =>
        {
            var e = (PyBaseException)o;
            if (v == null) throw PyErr.TypeError("__cause__ may not be deleted");
            if (v is PyNone) e.Cause = null;
            else if (v is PyBaseException c) e.Cause = c;
            else throw PyErr.TypeError("exception cause must be None or derive from BaseException");
            e.SuppressContext = true;
        });
        b.AddGetSet("__context__", (ts, o) => (PyObject?)((PyBaseException)o).Context ?? PyNone.Value, (ts, o, v) =>
        {
            var e = (PyBaseException)o;
            if (v == null) throw PyErr.TypeError("__context__ may not be deleted");
            if (v is PyNone) e.Context = null;
            else if (v is PyBaseException c) e.Context = c;
            else throw PyErr.TypeError("exception context must be None or derive from BaseException");
        });
        // A Py_T_BOOL member: only a bool may be stored, and it cannot be deleted.
        b.AddMember("__suppress_context__", (ts, o) => PyBool.From(((PyBaseException)o).SuppressContext), (ts, o, v) =>
        {
            if (v == null) throw PyErr.TypeError("can't delete numeric/char attribute");
            if (v is not PyBool flag) throw PyErr.TypeError("attribute value type must be bool");
            ((PyBaseException)o).SuppressContext = flag.Value;
        });
        // PyObject_GenericGetDict/SetDict: the dict is made on first use.
        b.AddGetSet("__dict__", (ts, o) => ((PyBaseException)o).Dict ??= new PyDict(), (ts, o, v) =>
        {
            if (v == null) throw PyErr.TypeError("cannot delete __dict__");
            ((PyBaseException)o).Dict = v as PyDict ?? throw PyErr.TypeError($"__dict__ must be set to a dictionary, not a '{v.ObType.Name}'");
        });
        b.AddMethod("with_traceback", (ts, self, args, kw) =>
        {
            Args.Exact("with_traceback", args, kw, 1);
            SetTraceback(ts, self, args[0]);
            return self;
        });
        b.AddMethod("add_note", (ts, self, args, kw) =>
        {
            Args.Exact("add_note", args, kw, 1);
            if (args[0] is not PyStr) throw PyErr.TypeError($"add_note() argument must be str, not {PyErr.ArgTypeName(args[0])}");
            // Through getattr/setattr, as CPython: __notes__ is an ordinary attribute (in __dict__).
            if (!Ops.TryGetAttr(ts, self, PyStr.From("__notes__"), out var notes))
            {
                notes = new PyList();
                Ops.SetAttr(ts, self, PyStr.From("__notes__"), notes);
            }
            if (notes is not PyList nl) throw PyErr.TypeError("Cannot add note: __notes__ is not a list");
            nl.Append(args[0]);
            return PyNone.Value;
        });
        // BaseException_reduce: the state is __dict__ itself (attributes set on the exception, __notes__);
        // the layouts that keep more than args have their own __reduce__.
        b.AddMethod("__reduce__", (ts, self, args, kw) => Reduce((PyBaseException)self, ((PyBaseException)self).Args));
        b.AddMethod("__setstate__", (ts, self, args, kw) =>
        {
            Args.Exact("__setstate__", args, kw, 1);
            if (args[0] is PyNone) return PyNone.Value;
            if (args[0] is not PyDict state) throw PyErr.TypeError("state is not a dictionary");
            foreach (var (k, v) in state.EnumerateItems())
                Ops.SetAttr(ts, self, k as PyStr ?? throw PyErr.TypeError($"attribute name must be string, not '{k.ObType.Name}'"), v);
            return PyNone.Value;
        });

        InitStopIteration(PyExc.StopIteration);
        InitSystemExit(PyExc.SystemExit);
        PyExc.KeyError.TpStr = (ts, o) =>
        {
            var e = (PyBaseException)o;
            return e.Args.Count == 1 ? Ops.Repr(ts, e.Args[0]) : BaseStr(ts, e);
        };
        InitImportError(PyExc.ImportError);
        InitNameError(PyExc.NameError);
        InitAttributeError(PyExc.AttributeError);
        InitSyntaxError(PyExc.SyntaxError);
        InitOSError(PyExc.OSError);
        Codecs.InitExceptionTypes();
        ExceptionGroupType.Init();
        // MemoryError_new is its own function in CPython (a free list), so it is not BaseException's.
        PyExc.MemoryError.SetNew((ts, cls, args, kw) => baseNew(ts, cls, args, kw));
        DeclareOwnSlots(baseNew);
    }

    /// <summary>
    /// In CPython 3.14 only the exceptions with an init function of their own (BaseException, SystemExit,
    /// StopIteration, ImportError, OSError, NameError, AttributeError, SyntaxError, the Unicode*Error
    /// triple, BaseExceptionGroup) have `__init__` in their dict; the others inherit it (3.13 named
    /// BaseException_init in every static type). The ones defined with SimpleExtendsException name
    /// BaseException_new, which puts `__new__` there (`Exception.__new__.__qualname__` is
    /// 'Exception.__new__'). The layouts with their own struct and no tp_new of their own inherit it.
    /// </summary>
    private static void DeclareOwnSlots(NewFunc baseNew)
    {
        foreach (var t in PyExc.All)
        {
            // ExceptionGroup is a heap type in CPython (PyErr_NewException): nothing of its own.
            if (ReferenceEquals(t, PyExc.ExceptionGroup)) continue;
            bool ownInit = t.Base == null || (t.TpInit != null && !ReferenceEquals(t.TpInit, t.Base.TpInit));
            if (t.Base != null) t.TpInit ??= t.Base.TpInit;
            if (ownInit) t.AddOwnSlotWrapper("__init__");
            if (!t.Dict.TryGetStr(Names.__new__, out _) && !InheritsNew(t)) t.SetNew(baseNew);
        }
    }

    /// <summary>The static exceptions CPython defines with a tp_new of 0 (ComplexExtendsException with
    /// no new, MiddlingExtendsException), which inherit their base's __new__.</summary>
    private static bool InheritsNew(PyType t)
        => ReferenceEquals(t, PyExc.SystemExit) || ReferenceEquals(t, PyExc.StopIteration) || ReferenceEquals(t, PyExc.KeyError)
            || t.IsSubtype(PyExc.ImportError) || t.IsSubtype(PyExc.NameError) || t.IsSubtype(PyExc.AttributeError)
            || t.IsSubtype(PyExc.SyntaxError) || (t.IsSubtype(PyExc.OSError) && !ReferenceEquals(t, PyExc.OSError));

    private static void SetTraceback(ThreadState ts, PyObject o, PyObject? v)
    {
        if (v == null) throw PyErr.TypeError("__traceback__ may not be deleted");
        if (v is not PyNone && v.ObType.Name != "traceback") throw PyErr.TypeError("__traceback__ must be a traceback or None");
        ((PyBaseException)o).Traceback = v is PyNone ? null : v;
    }

    private static void InitStopIteration(PyType t)
    {
        t.InstanceFactory = cls => new PyStopIteration(cls);
        t.TpInit = (ts, self, args, kw) =>
        {
            int npos = Positional(args, kw);
            BaseInitChecked(self, args[..npos], kw);
            ((PyStopIteration)self).Value = npos > 0 ? args[0] : PyNone.Value;
        };
        ObjectMember<PyStopIteration>(t, "value", e => e.Value, (e, v) => e.Value = v, "generator return value");
    }

    private static void InitSystemExit(PyType t)
    {
        t.InstanceFactory = cls => new PySystemExit(cls);
        t.TpInit = (ts, self, args, kw) =>
        {
            int npos = Positional(args, kw);
            BaseInitChecked(self, args[..npos], kw);
            var e = (PySystemExit)self;
            // No arguments leave code as it was (NULL, read as None).
            if (npos == 1) e.Code = args[0];
            else if (npos > 1) e.Code = e.Args;
        };
        ObjectMember<PySystemExit>(t, "code", e => e.Code, (e, v) => e.Code = v, "exception code");
    }

    /// <summary>Parses the keyword-only attributes of ImportError, NameError and AttributeError
    /// (PyArg_ParseTupleAndKeywords on an empty tuple with "|$OO:Name"): absent ones are NULL.</summary>
    private static PyObject?[] KeywordOnly(string fname, string[] names, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var values = new PyObject?[names.Length];
        int nkw = kw?.Count ?? 0, npos = args.Length - nkw;
        for (int i = 0; i < nkw; i++)
        {
            var k = ((PyStr)kw!.Items[i]).Value;
            int idx = Array.IndexOf(names, k);
            if (idx < 0) throw PyErr.TypeError($"{fname}() got an unexpected keyword argument '{k}'");
            values[idx] = args[npos + i];
        }
        return values;
    }

    private static void InitImportError(PyType t)
    {
        t.InstanceFactory = cls => new PyImportError(cls);
        string[] names = ["name", "path", "name_from"];
        t.TpInit = (ts, self, args, kw) =>
        {
            int npos = Positional(args, kw);
            SetArgs((PyBaseException)self, args[..npos]);
            var v = KeywordOnly("ImportError", names, args, kw);
            var e = (PyImportError)self;
            e.Name = v[0]; e.Path = v[1]; e.NameFrom = v[2];
            e.Msg = npos == 1 ? args[0] : null;
        };
        // ImportError_str: the message itself when it is a str.
        t.TpStr = (ts, o) => ((PyImportError)o).Msg is PyStr s && PyType.IsExact(s, BuiltinTypes.Str) ? s : BaseStr(ts, (PyBaseException)o);
        ObjectMember<PyImportError>(t, "msg", e => e.Msg, (e, v) => e.Msg = v, "exception message");
        ObjectMember<PyImportError>(t, "name", e => e.Name, (e, v) => e.Name = v, "module name");
        ObjectMember<PyImportError>(t, "path", e => e.Path, (e, v) => e.Path = v, "module path");
        ObjectMember<PyImportError>(t, "name_from", e => e.NameFrom, (e, v) => e.NameFrom = v, "name imported from module");
        // ImportError_reduce: name, path and name_from travel in the state (only those that are set).
        t.AddMethod("__reduce__", (ts, self, args, kw) =>
        {
            var e = (PyImportError)self;
            if (e.Name == null && e.Path == null && e.NameFrom == null) return Reduce(e, e.Args);
            var state = StateCopy(e);
            if (e.Name != null) state.SetItemStr(PyStr.From("name"), e.Name);
            if (e.Path != null) state.SetItemStr(PyStr.From("path"), e.Path);
            if (e.NameFrom != null) state.SetItemStr(PyStr.From("name_from"), e.NameFrom);
            return new PyTuple([e.ObType, e.Args, state]);
        });
    }

    private static void InitNameError(PyType t)
    {
        t.InstanceFactory = cls => new PyNameError(cls);
        string[] names = ["name"];
        t.TpInit = (ts, self, args, kw) =>
        {
            SetArgs((PyBaseException)self, args[..Positional(args, kw)]);
            ((PyNameError)self).Name = KeywordOnly("NameError", names, args, kw)[0];
        };
        ObjectMember<PyNameError>(t, "name", e => e.Name, (e, v) => e.Name = v, "name");
    }

    private static void InitAttributeError(PyType t)
    {
        t.InstanceFactory = cls => new PyAttributeError(cls);
        string[] names = ["name", "obj"];
        t.TpInit = (ts, self, args, kw) =>
        {
            SetArgs((PyBaseException)self, args[..Positional(args, kw)]);
            var v = KeywordOnly("AttributeError", names, args, kw);
            var e = (PyAttributeError)self;
            e.Name = v[0]; e.Obj = v[1];
        };
        ObjectMember<PyAttributeError>(t, "name", e => e.Name, (e, v) => e.Name = v, "attribute name");
        ObjectMember<PyAttributeError>(t, "obj", e => e.Obj, (e, v) => e.Obj = v, "object");
        // AttributeError_getstate: name and args, never obj (often unpicklable, GH-103352).
        static PyDict GetState(PyAttributeError e)
        {
            var state = StateCopy(e);
            if (e.Name != null) state.SetItemStr(PyStr.From("name"), e.Name);
            state.SetItemStr(PyStr.From("args"), e.Args);
            return state;
        }
        t.AddMethod("__getstate__", (ts, self, args, kw) =>
        {
            Args.Exact("__getstate__", args, kw, 0);
            return GetState((PyAttributeError)self);
        });
        t.AddMethod("__reduce__", (ts, self, args, kw) =>
            new PyTuple([self.ObType, ((PyBaseException)self).Args, GetState((PyAttributeError)self)]));
    }
}
