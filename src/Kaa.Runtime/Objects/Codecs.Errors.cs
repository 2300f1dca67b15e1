using System.Globalization;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

public static partial class Codecs
{
    /// <summary>
    /// __init__, __str__ and the encoding/object/start/end/reason attributes of UnicodeEncodeError,
    /// UnicodeDecodeError and UnicodeTranslateError (CPython's Objects/exceptions.c). Registered in ExtraTypeInits.
    /// </summary>
    public static void InitExceptionTypes()
    {
        InitOne(PyExc.UnicodeEncodeError, Kind.Encode);
        InitOne(PyExc.UnicodeDecodeError, Kind.Decode);
        InitOne(PyExc.UnicodeTranslateError, Kind.Translate);
    }

    private enum Kind { Encode, Decode, Translate }

    private static void InitOne(PyType t, Kind kind)
    {
        t.InstanceFactory = cls => new PyUnicodeErrorObject(cls);
        t.TpInit = (ts, self, args, kw) =>
        {
            var e = (PyUnicodeErrorObject)self;
            int npos = args.Length - (kw?.Count ?? 0);
            if (kw != null && kw.Count > 0) throw PyErr.TypeError($"{self.ObType.TpName}() takes no keyword arguments");
            e.Args = new PyTuple(args[..npos].ToArray());
            int want = kind == Kind.Translate ? 4 : 5;
            if (npos != want) throw PyErr.TypeError($"function takes exactly {want} arguments ({npos} given)");
            int k = 0;
            PyObject? encoding = null;
            if (kind != Kind.Translate)
                encoding = args[k++] is PyStr es ? es : throw PyErr.TypeError($"argument 1 must be str, not {PyErr.ArgTypeName(args[0])}");
            PyObject obj = args[k++];
            if (kind == Kind.Decode)
            {
                if (obj is PyByteArray ba) obj = new PyBytes(ba.ToArray());
                else if (obj is not PyBytes) throw PyErr.TypeError($"a bytes-like object is required, not '{obj.ObType.Name}'");
                else if (!PyType.IsExact(obj, BuiltinTypes.Bytes)) obj = new PyBytes(((PyBytes)obj).Value);
            }
            else if (obj is not PyStr) throw PyErr.TypeError($"argument {k} must be str, not {PyErr.ArgTypeName(obj)}");
            var start = StrType.AsSsize(ts, args[k++]);
            var end = StrType.AsSsize(ts, args[k++]);
            var reason = args[k] is PyStr rs ? rs : throw PyErr.TypeError($"argument {k + 1} must be str, not {PyErr.ArgTypeName(args[k])}");
            if (kind != Kind.Translate) e.Encoding = encoding;
            e.Object = obj;
            e.Start = start;
            e.End = end;
            e.Reason = reason;
        };
        t.TpStr = (ts, o) => PyStr.From(ErrorStr(ts, (PyUnicodeErrorObject)o, kind));
        // UnicodeError_members: Py_T_OBJECT fields and two Py_ssize_t ones, which take only an int (not
        // __index__) and cannot be deleted.
        static PyUnicodeErrorObject U(PyObject o) => (PyUnicodeErrorObject)o;
        t.AddMember("encoding", (ts, o) => U(o).Encoding ?? PyNone.Value, (ts, o, v) => U(o).Encoding = v, "exception encoding");
        t.AddMember("object", (ts, o) => U(o).Object ?? PyNone.Value, (ts, o, v) => U(o).Object = v, "exception object");
        t.AddMember("start", (ts, o) => PyInt.From(U(o).Start), (ts, o, v) => U(o).Start = SsizeMember(v), "exception start");
        t.AddMember("end", (ts, o) => PyInt.From(U(o).End), (ts, o, v) => U(o).End = SsizeMember(v), "exception end");
        t.AddMember("reason", (ts, o) => U(o).Reason ?? PyNone.Value, (ts, o, v) => U(o).Reason = v, "exception reason");
    }

    /// <summary>PyMember_SetOne for Py_T_PYSSIZET (PyLong_AsSsize_t: an int, no __index__).</summary>
    private static long SsizeMember(PyObject? v)
    {
        if (v == null) throw PyErr.TypeError("can't delete numeric/char attribute");
        if (v is not PyInt i) throw PyErr.TypeError("an integer is required");
        return i.IsSmall ? i.Small : throw PyErr.OverflowError("Python int too large to convert to C ssize_t");
    }

    /// <summary>Fills the fields of a UnicodeError the runtime raises itself (as its __init__ would).</summary>
    internal static PyUnicodeErrorObject SetFields(PyBaseException exc, PyObject? encoding, PyObject obj, long start, long end, PyObject reason)
    {
        var e = (PyUnicodeErrorObject)exc;
        e.Encoding = encoding;
        e.Object = obj;
        e.Start = start;
        e.End = end;
        e.Reason = reason;
        return e;
    }

    private static string ErrorStr(ThreadState ts, PyUnicodeErrorObject e, Kind kind)
    {
        // An instance whose __init__ has not run has no object: its str is empty.
        var obj = e.Object;
        if (obj == null) return "";
        // PyObject_Str of a deleted (NULL) field gives "<NULL>".
        string reason = e.Reason == null ? "<NULL>" : Ops.StrString(ts, e.Reason);
        string encoding = kind == Kind.Translate ? "" : e.Encoding == null ? "<NULL>" : Ops.StrString(ts, e.Encoding);
        long start = e.Start, end = e.End;
        if (kind == Kind.Decode)
        {
            if (obj is not PyBytes bo) throw PyErr.TypeError("UnicodeError 'object' attribute must be a bytes");
            var bytes = bo.Value;
            if (start >= 0 && start < bytes.Length && end >= 0 && end <= bytes.Length && end == start + 1)
                return $"'{encoding}' codec can't decode byte 0x{bytes[start]:x2} in position {start}: {reason}";
            return $"'{encoding}' codec can't decode bytes in position {start}-{end - 1}: {reason}";
        }
        if (obj is not PyStr s) throw PyErr.TypeError("UnicodeError 'object' attribute must be a string");
        string prefix = kind == Kind.Encode ? $"'{encoding}' codec can't encode" : "can't translate";
        if (start >= 0 && start < s.CodePointLength && end >= 0 && end <= s.CodePointLength && end == start + 1)
        {
            int u = StrType.CpToUtf16(s, start);
            int cp = StrUnicode.Next(s.Value, ref u);
            string ch = cp <= 0xFF ? "\\x" + cp.ToString("x2", CultureInfo.InvariantCulture)
                : cp <= 0xFFFF ? "\\u" + cp.ToString("x4", CultureInfo.InvariantCulture)
                : "\\U" + cp.ToString("x8", CultureInfo.InvariantCulture);
            return $"{prefix} character '{ch}' in position {start}: {reason}";
        }
        return $"{prefix} characters in position {start}-{end - 1}: {reason}";
    }
}
