using System.Text;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>
/// _csv.writer (Modules/_csv.c): joins each row's fields with the dialect's quoting and escaping
/// rules into one string and passes it to the file's write method.
/// </summary>
public sealed class PyCsvWriter : PyObject
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("writer", BuiltinTypes.Object, "_csv", subclassable: false);

    private readonly PyObject _write;
    private readonly PyCsvDialect _dialect;
    private readonly PyType _error;
    private readonly StringBuilder _rec = new();
    private int _numFields;

    internal PyCsvWriter(PyObject write, PyCsvDialect dialect, PyType error) : base(TypeObject)
    {
        _write = write;
        _dialect = dialect;
        _error = error;
    }

    /// <summary>join_append_data: appends one field, quoting it when a special character needs it
    /// (the decision is known only after scanning, so the field is built aside first).</summary>
    private void AppendData(string? field, bool quoted)
    {
        var d = _dialect;
        if (field != null && !NeedsWork(field))
        {
            // Common case: nothing to escape or quote-trigger; only the requested quoting applies.
            if (_numFields > 0) PyStr.AppendCodePoint(_rec, d.Delimiter);
            if (quoted) PyStr.AppendCodePoint(_rec, d.QuoteChar);
            _rec.Append(field);
            if (quoted) PyStr.AppendCodePoint(_rec, d.QuoteChar);
            return;
        }
        var body = new StringBuilder();
        if (field != null)
        {
            for (int i = 0; i < field.Length; i++)
            {
                int c = field[i];
                if (char.IsHighSurrogate(field[i]) && i + 1 < field.Length && char.IsLowSurrogate(field[i + 1]))
                    c = char.ConvertToUtf32(field[i], field[++i]);
                bool wantEscape = false;
                if (c == d.Delimiter || c == d.EscapeChar || c == d.QuoteChar || c == '\n' || c == '\r' || d.InLineTerminator(c))
                {
                    if (d.Quoting == PyCsvDialect.QuoteNone) wantEscape = true;
                    else
                    {
                        if (c == d.QuoteChar)
                        {
                            if (d.DoubleQuote) PyStr.AppendCodePoint(body, d.QuoteChar);
                            else wantEscape = true;
                        }
                        else if (c == d.EscapeChar) wantEscape = true;
                        if (!wantEscape) quoted = true;
                    }
                    if (wantEscape)
                    {
                        if (d.EscapeChar == PyCsvDialect.NotSet) throw PyErr.New(_error, "need to escape, but no escapechar set");
                        PyStr.AppendCodePoint(body, d.EscapeChar);
                    }
                }
                PyStr.AppendCodePoint(body, c);
            }
        }
        if (_numFields > 0) PyStr.AppendCodePoint(_rec, d.Delimiter);
        if (quoted) PyStr.AppendCodePoint(_rec, d.QuoteChar);
        _rec.Append(body);
        if (quoted) PyStr.AppendCodePoint(_rec, d.QuoteChar);
    }

    /// <summary>Whether any character of the field is special to the dialect (delimiter, quote, escape,
    /// a line break or part of the line terminator); surrogate pairs are never special.</summary>
    private bool NeedsWork(string field)
    {
        var d = _dialect;
        foreach (char ch in field)
        {
            int c = ch;
            if (c == d.Delimiter || c == d.EscapeChar || c == d.QuoteChar || c == '\n' || c == '\r' || d.InLineTerminator(c)
                || char.IsSurrogate(ch))
                return true;
        }
        return false;
    }

    private void Append(string? field, bool quoted)
    {
        var d = _dialect;
        if (string.IsNullOrEmpty(field) && d.Delimiter == ' ' && d.SkipInitialSpace)
        {
            if (d.Quoting == PyCsvDialect.QuoteNone
                || (field == null && (d.Quoting == PyCsvDialect.QuoteStrings || d.Quoting == PyCsvDialect.QuoteNotNull)))
                throw PyErr.New(_error, "empty field must be quoted if delimiter is a space and skipinitialspace is true");
            quoted = true;
        }
        AppendData(field, quoted);
        _numFields++;
    }

    /// <summary>PyNumber_Check: anything with __index__, __int__ or __float__, or a complex.</summary>
    private static bool IsNumber(PyObject o)
    {
        var t = o.ObType;
        return o is PyInt || o is PyFloat || t.NbIndex != null || t.NbInt != null || t.NbFloat != null || o.ObType.IsSubtype(BuiltinTypes.Complex);
    }

    public PyObject WriteRow(ThreadState ts, PyObject seq)
    {
        var d = _dialect;
        PyObject iter;
        try { iter = Ops.GetIter(ts, seq); }
        catch (PyException e) when (e.Value.ObType.IsSubtype(PyExc.TypeError))
        {
            throw PyErr.New(_error, $"iterable expected, not {seq.ObType.Name}");
        }
        _rec.Clear();
        _numFields = 0;
        bool nullField = false;
        while (Ops.Next(ts, iter) is { } field)
        {
            bool quoted = d.Quoting switch
            {
                PyCsvDialect.QuoteNonNumeric => !IsNumber(field),
                PyCsvDialect.QuoteAll => true,
                PyCsvDialect.QuoteStrings => field is PyStr,
                PyCsvDialect.QuoteNotNull => field is not PyNone,
                _ => false,
            };
            nullField = field is PyNone;
            if (field is PyStr s) Append(s.Value, quoted);
            else if (nullField) Append(null, quoted);
            else Append(Ops.Str(ts, field).Value, quoted);
        }
        if (_numFields > 0 && _rec.Length == 0)
        {
            if (d.Quoting == PyCsvDialect.QuoteNone
                || (nullField && (d.Quoting == PyCsvDialect.QuoteStrings || d.Quoting == PyCsvDialect.QuoteNotNull)))
                throw PyErr.New(_error, "single empty field record must be quoted");
            _numFields--;
            Append(null, true);
        }
        _rec.Append(d.LineTerminator.Value);
        return Ops.Call(ts, _write, PyStr.From(_rec.ToString()));
    }

    internal static void Init()
    {
        var t = TypeObject;
        t.AddAttr("__doc__", PyStr.Immortal("CSV writer\n\nWriter objects are responsible for generating tabular data\nin CSV format from sequence input.\n"));
        t.InstanceFactory = null;
        t.TpNew = (ts, cls, a, kw) => throw PyErr.TypeError("cannot create '_csv.writer' instances");
        t.AddMethod("writerow", (ts, self, a, kw) =>
        {
            Args.Exact("writerow", a, kw, 1);
            return ((PyCsvWriter)self).WriteRow(ts, a[0]);
        }, "writerow($self, row, /)\n--\n\nConstruct and write a CSV record from an iterable of fields.\n\nNon-string elements will be converted to string.");
        t.AddMethod("writerows", (ts, self, a, kw) =>
        {
            Args.Exact("writerows", a, kw, 1);
            var w = (PyCsvWriter)self;
            var rows = Ops.GetIter(ts, a[0]);
            while (Ops.Next(ts, rows) is { } row) w.WriteRow(ts, row);
            return PyNone.Value;
        }, "writerows($self, rows, /)\n--\n\nConstruct and write a series of iterables to a csv file.\n\nNon-string elements will be converted to string.");
        t.AddGetSet("dialect", (ts, o) => ((PyCsvWriter)o)._dialect, (ts, o, v) => throw PyErr.AttributeError("readonly attribute"));
    }
}
