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
        t.TpInit = (ts, self, args, kw) =>
        {
            var e = (PyBaseException)self;
            int npos = args.Length - (kw?.Count ?? 0);
            e.Args = new PyTuple(args[..npos].ToArray());
            int want = kind == Kind.Translate ? 4 : 5;
            if (npos != want) throw PyErr.TypeError($"function takes exactly {want} arguments ({npos} given)");
            int k = 0;
            PyObject encoding = PyNone.Value;
            if (kind != Kind.Translate)
                encoding = args[k++] is PyStr es ? es : throw PyErr.TypeError($"argument 1 must be str, not {args[0].ObType.Name}");
            PyObject obj = args[k++];
            if (kind == Kind.Decode)
            {
                if (obj is PyByteArray ba) obj = new PyBytes(ba.ToArray());
                else if (obj is not PyBytes) throw PyErr.TypeError($"a bytes-like object is required, not '{obj.ObType.Name}'");
                else if (!PyType.IsExact(obj, BuiltinTypes.Bytes)) obj = new PyBytes(((PyBytes)obj).Value);
            }
            else if (obj is not PyStr) throw PyErr.TypeError($"argument {k} must be str, not {obj.ObType.Name}");
            var start = Ops.Index(ts, args[k++]);
            var end = Ops.Index(ts, args[k++]);
            var reason = args[k] is PyStr rs ? rs : throw PyErr.TypeError($"argument {k + 1} must be str, not {args[k].ObType.Name}");
            e.SetExtra("encoding", encoding);
            e.SetExtra("object", obj);
            e.SetExtra("start", start);
            e.SetExtra("end", end);
            e.SetExtra("reason", reason);
        };
        t.TpStr = (ts, o) => PyStr.From(ErrorStr(ts, (PyBaseException)o, kind));
        foreach (var name in new[] { "encoding", "object", "start", "end", "reason" })
        {
            t.AddGetSet(name, (ts, o) => ((PyBaseException)o).GetExtra(name) ?? PyNone.Value, (ts, o, v) =>
            {
                if (v == null) throw PyErr.TypeError($"can't delete {name} attribute");
                if (name is "start" or "end") v = Ops.Index(ts, v);
                else if (name is "encoding" or "reason" && v is not PyStr) throw PyErr.TypeError($"{name} attribute must be unicode");
                ((PyBaseException)o).SetExtra(name, v);
            });
        }
    }

    private static string ErrorStr(ThreadState ts, PyBaseException e, Kind kind)
    {
        var obj = e.GetExtra("object");
        if (obj == null || obj is PyNone) return "";
        string reason = Ops.StrString(ts, e.GetExtra("reason") ?? PyNone.Value);
        long start = e.GetExtra("start") is PyInt si && si.IsSmall ? si.Small : 0;
        long end = e.GetExtra("end") is PyInt ei && ei.IsSmall ? ei.Small : 0;
        if (kind == Kind.Decode)
        {
            string encoding = Ops.StrString(ts, e.GetExtra("encoding") ?? PyNone.Value);
            var bytes = ((PyBytes)obj).Value;
            if (start >= 0 && start < bytes.Length && end == start + 1)
                return $"'{encoding}' codec can't decode byte 0x{bytes[start]:x2} in position {start}: {reason}";
            return $"'{encoding}' codec can't decode bytes in position {start}-{end - 1}: {reason}";
        }
        var s = (PyStr)obj;
        string prefix = kind == Kind.Encode ? $"'{Ops.StrString(ts, e.GetExtra("encoding") ?? PyNone.Value)}' codec can't encode" : "can't translate";
        if (start >= 0 && start < s.CodePointLength && end == start + 1)
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
