namespace Kaa.Runtime.Objects;

/// <summary>
/// Helpers that build a Python exception wrapped in a <see cref="PyException"/> ready to throw
/// (CPython's PyErr_SetString/PyErr_Format). Messages are CPython's text.
/// </summary>
public static class PyErr
{
    public static PyException New(PyType type, string message)
        => new(PyBaseException.Create(type, new PyTuple([PyStr.From(message)])));

    public static PyException New(PyType type, PyTuple args) => new(PyBaseException.Create(type, args));

    public static PyException NoArgs(PyType type) => new(PyBaseException.Create(type, PyTuple.Empty));

    public static PyException TypeError(string m) => New(PyExc.TypeError, m);

    /// <summary>
    /// How Argument Clinic's _PyArg_BadArgument names a wrong argument in "f() argument 1 must be str, not X":
    /// "None" for None, otherwise the type's name (messages built with %T say "NoneType" instead).
    /// </summary>
    public static string ArgTypeName(PyObject o) => o is PyNone ? "None" : o.ObType.TpName;
    public static PyException ValueError(string m) => New(PyExc.ValueError, m);
    public static PyException IndexError(string m) => New(PyExc.IndexError, m);
    public static PyException OverflowError(string m) => New(PyExc.OverflowError, m);
    public static PyException ZeroDivisionError(string m) => New(PyExc.ZeroDivisionError, m);
    public static PyException RuntimeError(string m) => New(PyExc.RuntimeError, m);
    public static PyException SystemError(string m) => New(PyExc.SystemError, m);
    public static PyException NotImplementedError(string m) => New(PyExc.NotImplementedError, m);
    public static PyException ImportError(string m) => New(PyExc.ImportError, m);
    public static PyException NameError(string m) => New(PyExc.NameError, m);
    public static PyException RecursionError(string m) => New(PyExc.RecursionError, m);
    public static PyException MemoryError() => NoArgs(PyExc.MemoryError);
    public static PyException StopIteration() => NoArgs(PyExc.StopIteration);

    public static PyException StopIteration(PyObject value)
    {
        var e = (PyStopIteration)PyBaseException.Create(PyExc.StopIteration, new PyTuple([value]));
        e.Value = value;
        return new PyException(e);
    }

    /// <summary>The StopIteration for an iterator whose tp_iternext returned null: it carries the
    /// value the iterator recorded (a generator's return value), else it has no arguments.</summary>
    public static PyException StopIterationOf(ThreadState ts, PyObject iterator)
        => ts.TakeStopIteration(iterator) ?? StopIteration();

    public static PyException KeyError(PyObject key) => New(PyExc.KeyError, new PyTuple([key]));

    public static PyException AttributeError(PyObject obj, PyStr name)
    {
        string msg = obj is PyType t
            ? $"type object '{t.Name}' has no attribute '{name.Value}'"
            : obj is PyModule m ? $"module '{m.Name}' has no attribute '{name.Value}'"
            : $"'{obj.ObType.Name}' object has no attribute '{name.Value}'";
        return AttributeError(obj, name, msg);
    }

    /// <summary>An AttributeError with its name and obj attributes set (for "Did you mean" suggestions).</summary>
    public static PyException AttributeError(PyObject obj, PyStr name, string msg)
    {
        var e = (PyAttributeError)PyBaseException.Create(PyExc.AttributeError, new PyTuple([PyStr.From(msg)]));
        e.Name = name;
        e.Obj = obj;
        return new PyException(e);
    }

    public static PyException AttributeError(string message) => New(PyExc.AttributeError, message);

    /// <summary>For failures inside the runtime itself: a SystemError naming where it happened.</summary>
    public static PyException Internal(string where, Exception inner)
        => SystemError($"internal error in {where}: {inner.GetType().Name}: {inner.Message}");

    public static bool Matches(PyException e, PyType type) => e.Value.ObType.IsSubtype(type);
}
