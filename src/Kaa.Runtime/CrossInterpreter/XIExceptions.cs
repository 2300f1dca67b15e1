using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime.CrossInterpreter;

/// <summary>
/// The exception types of the cross-interpreter machinery, one set per interpreter (like every other
/// class Python can observe): <c>interpreters.InterpreterError</c> (an Exception),
/// <c>interpreters.InterpreterNotFoundError</c> (an InterpreterError) and
/// <c>interpreters.NotShareableError</c> (a TypeError, as in CPython 3.14).
/// </summary>
public sealed class XIExceptionTypes
{
    public required PyType InterpreterError { get; init; }
    public required PyType InterpreterNotFoundError { get; init; }
    public required PyType NotShareableError { get; init; }

    internal static XIExceptionTypes Create(ThreadState ts)
    {
        var ie = NewExceptionType(ts, "interpreters", "InterpreterError", PyExc.Exception, "A cross-interpreter operation failed");
        return new XIExceptionTypes
        {
            InterpreterError = ie,
            InterpreterNotFoundError = NewExceptionType(ts, "interpreters", "InterpreterNotFoundError", ie, "An interpreter was not found"),
            NotShareableError = NewExceptionType(ts, "interpreters", "NotShareableError", PyExc.TypeError, null),
        };
    }

    /// <summary>PyErr_NewExceptionWithDoc: a heap exception class named module.qualname.</summary>
    public static PyType NewExceptionType(ThreadState ts, string module, string name, PyType baseType, string? doc)
    {
        var ns = new PyDict();
        ns.SetItemStr(Names.__module__, PyStr.From(module));
        ns.SetItemStr(Names.__doc__, doc == null ? PyNone.Value : PyStr.From(doc));
        return (PyType)Ops.Call(ts, BuiltinTypes.Type, [PyStr.From(name), new PyTuple([baseType]), ns]);
    }
}

/// <summary>Raising the cross-interpreter errors with CPython's messages.</summary>
public static class XIErrors
{
    public static PyException InterpreterError(ThreadState ts, string message)
        => PyErr.New(ts.Interp.GetXIExceptions(ts).InterpreterError, message);

    public static PyException InterpreterNotFound(ThreadState ts, long id)
        => PyErr.New(ts.Interp.GetXIExceptions(ts).InterpreterNotFoundError, $"unrecognized interpreter ID {id}");

    public static PyException NotShareable(ThreadState ts, string message, PyBaseException? cause = null)
    {
        var exc = PyErr.New(ts.Interp.GetXIExceptions(ts).NotShareableError, message);
        if (cause != null)
        {
            exc.Value.Cause = cause;
            exc.Value.Context ??= cause;
            exc.Value.SuppressContext = true;
        }
        return exc;
    }

    /// <summary>"%R does not support cross-interpreter data".</summary>
    public static PyException NotShareableObject(ThreadState ts, PyObject obj, PyBaseException? cause = null)
    {
        string repr;
        try { repr = Ops.ReprString(ts, obj); }
        catch (PyException) { repr = $"<{obj.ObType.Name} object>"; }
        return NotShareable(ts, $"{repr} does not support cross-interpreter data", cause);
    }
}
