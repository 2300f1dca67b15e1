using System.Text;
using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// A minimal text stream over a .NET Stream for sys.stdin/stdout/stderr until the _io module lands:
/// write, flush, readline, read, fileno, isatty, encoding, errors. UTF-8, '\n' line endings.
/// </summary>
public sealed class PyTextStream : PyObject
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("TextIOWrapper", BuiltinTypes.Object, "_io", subclassable: false);

    private readonly Stream _stream;
    private readonly StreamReader? _reader;
    private readonly bool _lineBuffered;
    private readonly MemoryStream _pending = new();
    public readonly string Name;
    public readonly int FileNo;

    public PyTextStream(Stream stream, string name, int fileno, bool readable, bool lineBuffered) : base(TypeObject)
    {
        _stream = stream;
        Name = name;
        FileNo = fileno;
        _lineBuffered = lineBuffered;
        if (readable) _reader = new StreamReader(stream, new UTF8Encoding(false), false);
    }

    public void Write(string s)
    {
        var bytes = Encoding.UTF8.GetBytes(s);
        _pending.Write(bytes);
        if (_lineBuffered ? s.Contains('\n') : _pending.Length > 8192) Flush();
    }

    public void Flush()
    {
        if (_pending.Length == 0) return;
        _stream.Write(_pending.GetBuffer(), 0, (int)_pending.Length);
        _pending.SetLength(0);
        _stream.Flush();
    }

    public string? ReadLine()
    {
        if (_reader == null) throw PyErr.New(UnsupportedOperation(), "not readable");
        var sb = new StringBuilder();
        while (true)
        {
            int c = _reader.Read();
            if (c < 0) break;
            sb.Append((char)c);
            if (c == '\n') break;
        }
        return sb.ToString();
    }

    public string ReadAll()
    {
        if (_reader == null) throw PyErr.New(UnsupportedOperation(), "not readable");
        return _reader.ReadToEnd();
    }

    private static PyType UnsupportedOperation() => PyExc.OSError;

    internal static void Init()
    {
        var t = TypeObject;
        t.AddMethod("write", (ts, self, args, kw) =>
        {
            Args.Exact("write", args, kw, 1);
            if (args[0] is not PyStr s) throw PyErr.TypeError($"write() argument must be str, not {args[0].ObType.Name}");
            ((PyTextStream)self).Write(s.Value);
            return PyInt.From(s.CodePointLength);
        });
        t.AddMethod("flush", (ts, self, args, kw) => { ((PyTextStream)self).Flush(); return PyNone.Value; });
        t.AddMethod("readline", (ts, self, args, kw) => PyStr.From(((PyTextStream)self).ReadLine() ?? ""));
        t.AddMethod("read", (ts, self, args, kw) => PyStr.From(((PyTextStream)self).ReadAll()));
        t.AddMethod("readlines", (ts, self, args, kw) =>
        {
            var l = new PyList();
            var st = (PyTextStream)self;
            while (true)
            {
                var line = st.ReadLine();
                if (string.IsNullOrEmpty(line)) break;
                l.Append(PyStr.From(line));
            }
            return l;
        });
        t.AddMethod("fileno", (ts, self, args, kw) => PyInt.From(((PyTextStream)self).FileNo));
        t.AddMethod("isatty", (ts, self, args, kw) => PyBool.False);
        t.AddMethod("writable", (ts, self, args, kw) => PyBool.From(((PyTextStream)self)._reader == null));
        t.AddMethod("readable", (ts, self, args, kw) => PyBool.From(((PyTextStream)self)._reader != null));
        t.AddGetSet("encoding", (ts, o) => PyStr.From("utf-8"));
        t.AddGetSet("errors", (ts, o) => PyStr.From(((PyTextStream)o).FileNo == 2 ? "backslashreplace" : "strict"));
        t.AddGetSet("name", (ts, o) => PyStr.From(((PyTextStream)o).Name));
        t.AddGetSet("closed", (ts, o) => PyBool.False);
        t.TpIter = (ts, o) => o;
        t.TpIterNext = (ts, o) =>
        {
            var line = ((PyTextStream)o).ReadLine();
            return string.IsNullOrEmpty(line) ? null : PyStr.From(line);
        };
        t.TpRepr = (ts, o) => PyStr.From($"<_io.TextIOWrapper name='{((PyTextStream)o).Name}' mode='{(((PyTextStream)o)._reader != null ? "r" : "w")}' encoding='utf-8'>");
    }
}
