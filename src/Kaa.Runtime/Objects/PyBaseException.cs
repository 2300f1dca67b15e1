using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>
/// Instances of BaseException and of every subclass that shares its layout (CPython's
/// PyBaseExceptionObject). The exceptions that add fields have their own classes below, as CPython has
/// its own structs; their fields are reached through member descriptors on the type, never __dict__.
/// </summary>
public class PyBaseException : PyObject, IHasDict
{
    public PyTuple Args = PyTuple.Empty;
    /// <summary>The traceback object (a PyTraceback from the eval loop) or null.</summary>
    public PyObject? Traceback;
    public PyBaseException? Cause;
    public PyBaseException? Context;
    public bool SuppressContext;
    public PyDict? Dict { get; set; }

    /// <summary>Only the types' instance factories call this, so each exception gets its type's layout.</summary>
    internal PyBaseException(PyType type) : base(type) { }

    /// <summary>A new instance of <paramref name="type"/> (of the layout its factory gives) holding
    /// <paramref name="args"/>, made without running __new__/__init__: the runtime's own raises.
    /// CPython makes those by calling the type, so the fields its __init__ derives from args are set
    /// here too (the caller sets the rest: an OSError's filename, a NameError's name).</summary>
    public static PyBaseException Create(PyType type, PyTuple args)
    {
        var e = (PyBaseException)type.InstanceFactory!(type);
        e.Args = args;
        switch (e)
        {
            case PyStopIteration si: si.Value = args.Count > 0 ? args[0] : PyNone.Value; break;
            case PySystemExit se when args.Count > 0: se.Code = args.Count == 1 ? args[0] : args; break;
            case PyImportError ie when args.Count == 1: ie.Msg = args[0]; break;
            case PySyntaxError sy when args.Count > 0: sy.Msg = args[0]; break;
            case PyOSError os when args.Count == 2: os.Errno = args[0]; os.StrError = args[1]; break;
        }
        return e;
    }

    /// <summary>An attribute set on the instance (in __dict__, like __notes__), or null.</summary>
    public PyObject? GetExtra(string name)
        => Dict != null && Dict.TryGetStr(PyStr.From(name), out var v) ? v : null;

    public void SetExtra(string name, PyObject value)
    {
        Dict ??= new PyDict();
        Dict.SetItemStr(PyStr.From(name), value);
    }

    /// <summary>
    /// Appends a note to __notes__ (CPython's _PyErr_FormatNote), creating the list; a __notes__ that is not
    /// a list is left alone, as CPython's add_note would refuse it.
    /// </summary>
    public void AddNote(string note)
    {
        var notes = GetExtra("__notes__");
        if (notes == null) { notes = new PyList(); SetExtra("__notes__", notes); }
        if (notes is PyList nl) nl.Append(PyStr.From(note));
    }

    /// <summary>str() without calling Python code, for .NET diagnostics only.</summary>
    public string StrForDotnet()
    {
        if (Args.Items.Length == 1 && Args.Items[0] is PyStr s) return s.Value;
        if (Args.Items.Length == 0) return "";
        return string.Join(", ", Args.Items.Select(a => a.ToString()));
    }
}

// The layouts of the exceptions CPython gives their own struct. A null field is CPython's NULL: its member
// reads as None, but pickling and str() tell it from a None that was passed in.

/// <summary>StopIteration (PyStopIterationObject): the iterator's return value.</summary>
public sealed class PyStopIteration(PyType type) : PyBaseException(type)
{
    public PyObject? Value;
}

/// <summary>SystemExit (PySystemExitObject): the exit code.</summary>
public sealed class PySystemExit(PyType type) : PyBaseException(type)
{
    public PyObject? Code;
}

/// <summary>BaseExceptionGroup (PyBaseExceptionGroupObject): the read-only message and exceptions tuple.</summary>
public sealed class PyBaseExceptionGroup(PyType type) : PyBaseException(type)
{
    public PyObject? Msg;
    /// <summary>Always a tuple once __new__ has run.</summary>
    public PyTuple? Excs;
}

/// <summary>ImportError and ModuleNotFoundError (PyImportErrorObject).</summary>
public sealed class PyImportError(PyType type) : PyBaseException(type)
{
    public PyObject? Msg, Name, Path, NameFrom;
}

/// <summary>OSError and its subclasses (PyOSErrorObject).</summary>
public sealed class PyOSError(PyType type) : PyBaseException(type)
{
    public PyObject? Errno, StrError, Filename, Filename2;
    /// <summary>BlockingIOError's characters_written; -1 when unset (reading it is then AttributeError).</summary>
    public long Written = -1;
}

/// <summary>NameError and UnboundLocalError (PyNameErrorObject).</summary>
public sealed class PyNameError(PyType type) : PyBaseException(type)
{
    public PyObject? Name;
}

/// <summary>AttributeError (PyAttributeErrorObject).</summary>
public sealed class PyAttributeError(PyType type) : PyBaseException(type)
{
    public PyObject? Name, Obj;
}

/// <summary>SyntaxError and its subclasses (PySyntaxErrorObject).</summary>
public sealed class PySyntaxError(PyType type) : PyBaseException(type)
{
    public PyObject? Msg, Filename, Lineno, Offset, Text, EndLineno, EndOffset, PrintFileAndLine, Metadata;
}

/// <summary>UnicodeEncodeError, UnicodeDecodeError and UnicodeTranslateError (PyUnicodeErrorObject);
/// UnicodeError itself has BaseException's layout.</summary>
public sealed class PyUnicodeErrorObject(PyType type) : PyBaseException(type)
{
    public PyObject? Encoding, Object, Reason;
    public long Start, End;
}
