using System.Text;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>
/// _csv.reader (Modules/_csv.c): CPython's character-at-a-time state machine over the lines an
/// iterable yields, one record per __next__ (a quoted field may span lines). Each line is followed by
/// a synthetic end-of-line code point (<see cref="Eol"/>), exactly as the C parser does, so embedded
/// '\r'/'\n' and lines without terminators behave the same.
/// </summary>
public sealed class PyCsvReader : PyObject
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("reader", BuiltinTypes.Object, "_csv", subclassable: false);

    private const int Eol = -2;

    private enum State { StartRecord, StartField, EscapedChar, InField, InQuotedField, EscapeInQuotedField, QuoteInQuotedField, EatCrnl, AfterEscapedCrnl }

    private readonly PyObject _input;
    private readonly PyCsvDialect _dialect;
    private readonly PyModule _module;
    private PyList _fields = new();
    private State _state = State.StartRecord;
    private readonly StringBuilder _field = new();
    private int _fieldLen; // in code points, for the field size limit
    private bool _unquotedField;
    private long _lineNum;

    internal PyCsvReader(PyObject input, PyCsvDialect dialect, PyModule module) : base(TypeObject)
    {
        _input = input;
        _dialect = dialect;
        _module = module;
    }

    private void SaveField(ThreadState ts)
    {
        int quoting = _dialect.Quoting;
        PyObject field;
        if (_unquotedField && _fieldLen == 0 && (quoting == PyCsvDialect.QuoteNotNull || quoting == PyCsvDialect.QuoteStrings))
            field = PyNone.Value;
        else
        {
            field = PyStr.From(_field.ToString());
            if (_unquotedField && _fieldLen != 0 && (quoting == PyCsvDialect.QuoteNonNumeric || quoting == PyCsvDialect.QuoteStrings))
                field = Ops.Number_Float(ts, field);
            _field.Clear();
            _fieldLen = 0;
        }
        _fields.Append(field);
    }

    private void AddChar(ThreadState ts, int c)
    {
        long limit = CsvModule.FieldLimit(_module);
        if (_fieldLen >= limit) throw PyErr.New(CsvModule.Error(_module), $"field larger than field limit ({limit})");
        PyStr.AppendCodePoint(_field, c);
        _fieldLen++;
    }

    private void ProcessChar(ThreadState ts, int c)
    {
        var d = _dialect;
        switch (_state)
        {
            case State.StartRecord:
                if (c == Eol) break;
                if (c == '\n' || c == '\r') { _state = State.EatCrnl; break; }
                _state = State.StartField;
                goto case State.StartField;
            case State.StartField:
                _unquotedField = true;
                if (c == '\n' || c == '\r' || c == Eol)
                {
                    SaveField(ts);
                    _state = c == Eol ? State.StartRecord : State.EatCrnl;
                }
                else if (c == d.QuoteChar && d.Quoting != PyCsvDialect.QuoteNone)
                {
                    _unquotedField = false;
                    _state = State.InQuotedField;
                }
                else if (c == d.EscapeChar) _state = State.EscapedChar;
                else if (c == ' ' && d.SkipInitialSpace) { }
                else if (c == d.Delimiter) SaveField(ts);
                else
                {
                    AddChar(ts, c);
                    _state = State.InField;
                }
                break;
            case State.EscapedChar:
                if (c == '\n' || c == '\r')
                {
                    AddChar(ts, c);
                    _state = State.AfterEscapedCrnl;
                    break;
                }
                if (c == Eol) c = '\n';
                AddChar(ts, c);
                _state = State.InField;
                break;
            case State.AfterEscapedCrnl:
                if (c == Eol) break;
                goto case State.InField;
            case State.InField:
                if (c == '\n' || c == '\r' || c == Eol)
                {
                    SaveField(ts);
                    _state = c == Eol ? State.StartRecord : State.EatCrnl;
                }
                else if (c == d.EscapeChar) _state = State.EscapedChar;
                else if (c == d.Delimiter)
                {
                    SaveField(ts);
                    _state = State.StartField;
                }
                else AddChar(ts, c);
                break;
            case State.InQuotedField:
                if (c == Eol) { }
                else if (c == d.EscapeChar) _state = State.EscapeInQuotedField;
                else if (c == d.QuoteChar && d.Quoting != PyCsvDialect.QuoteNone)
                    _state = d.DoubleQuote ? State.QuoteInQuotedField : State.InField;
                else AddChar(ts, c);
                break;
            case State.EscapeInQuotedField:
                if (c == Eol) c = '\n';
                AddChar(ts, c);
                _state = State.InQuotedField;
                break;
            case State.QuoteInQuotedField:
                if (d.Quoting != PyCsvDialect.QuoteNone && c == d.QuoteChar)
                {
                    AddChar(ts, c);
                    _state = State.InQuotedField;
                }
                else if (c == d.Delimiter)
                {
                    SaveField(ts);
                    _state = State.StartField;
                }
                else if (c == '\n' || c == '\r' || c == Eol)
                {
                    SaveField(ts);
                    _state = c == Eol ? State.StartRecord : State.EatCrnl;
                }
                else if (!d.Strict)
                {
                    AddChar(ts, c);
                    _state = State.InField;
                }
                else
                    throw PyErr.New(CsvModule.Error(_module),
                        $"'{PyCsvDialect.CharString(d.Delimiter)}' expected after '{PyCsvDialect.CharString(d.QuoteChar)}'");
                break;
            case State.EatCrnl:
                if (c == '\n' || c == '\r') { }
                else if (c == Eol) _state = State.StartRecord;
                else
                    throw PyErr.New(CsvModule.Error(_module),
                        "new-line character seen in unquoted field - do you need to open the file with newline=''?");
                break;
        }
    }

    private PyObject? Next(ThreadState ts)
    {
        _fields = new PyList();
        _field.Clear();
        _fieldLen = 0;
        _state = State.StartRecord;
        _unquotedField = false;
        do
        {
            var line = Ops.Next(ts, _input);
            if (line == null)
            {
                if (_fieldLen != 0 || _state == State.InQuotedField)
                {
                    if (_dialect.Strict) throw PyErr.New(CsvModule.Error(_module), "unexpected end of data");
                    SaveField(ts);
                    break;
                }
                return null;
            }
            if (line is not PyStr s)
                throw PyErr.New(CsvModule.Error(_module),
                    $"iterator should return strings, not {line.ObType.Name} (the file should be opened in text mode)");
            _lineNum++;
            var text = s.Value;
            for (int i = 0; i < text.Length; i++)
            {
                int c = text[i];
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    c = char.ConvertToUtf32(text[i], text[++i]);
                ProcessChar(ts, c);
            }
            ProcessChar(ts, Eol);
        } while (_state != State.StartRecord);
        var fields = _fields;
        _fields = new PyList();
        return fields;
    }

    internal static void Init()
    {
        var t = TypeObject;
        t.AddAttr("__doc__", PyStr.Immortal("CSV reader\n\nReader objects are responsible for reading and parsing tabular data\nin CSV format.\n"));
        t.InstanceFactory = null;
        t.TpNew = (ts, cls, a, kw) => throw PyErr.TypeError("cannot create '_csv.reader' instances");
        t.TpIter = (ts, o) => o;
        t.TpIterNext = (ts, o) => ((PyCsvReader)o).Next(ts);
        t.AddGetSet("dialect", (ts, o) => ((PyCsvReader)o)._dialect, (ts, o, v) => throw PyErr.AttributeError("readonly attribute"));
        t.AddGetSet("line_num", (ts, o) => PyInt.From(((PyCsvReader)o)._lineNum), (ts, o, v) => throw PyErr.AttributeError("readonly attribute"));
    }
}
