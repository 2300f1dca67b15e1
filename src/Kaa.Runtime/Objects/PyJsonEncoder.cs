using System.Globalization;
using System.Text;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>
/// _json.Encoder, which is _json.make_encoder (Modules/_json.c, 3.14): json.dumps's one-shot encoder.
/// Calling it with (obj, _current_indent_level) gives a 1-tuple holding the whole JSON text. In C# because
/// Lib/json/encoder.py's generator-based fallback costs several Python frames per value.
/// </summary>
public sealed class PyJsonEncoder : PyObject
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("Encoder", BuiltinTypes.Object, "_json", subclassable: false);

    private readonly PyDict? _markers;
    private readonly PyObject _default;
    private readonly PyObject _encoder;
    private readonly PyObject _indent;
    private readonly PyStr _keySeparator;
    private readonly PyStr _itemSeparator;
    private readonly bool _sortKeys;
    private readonly bool _skipKeys;
    private readonly bool _allowNan;
    /// <summary>0: call <see cref="_encoder"/>; 1: it is encode_basestring_ascii; 2: encode_basestring
    /// (CPython's fast_encode, which skips the call).</summary>
    private readonly int _fastEncode;

    private PyJsonEncoder(PyDict? markers, PyObject dflt, PyObject encoder, PyObject indent, PyStr keySep, PyStr itemSep,
        bool sortKeys, bool skipKeys, bool allowNan) : base(TypeObject)
    {
        _markers = markers;
        _default = dflt;
        _encoder = encoder;
        _indent = indent;
        _keySeparator = keySep;
        _itemSeparator = itemSep;
        _sortKeys = sortKeys;
        _skipKeys = skipKeys;
        _allowNan = allowNan;
        if (encoder is PyBuiltinFunction { Func: { } f })
        {
            if (f == (BuiltinFunc)JsonStrings.AsciiFunction) _fastEncode = 1;
            else if (f == (BuiltinFunc)JsonStrings.Function) _fastEncode = 2;
        }
    }

    internal static void Init()
    {
        var t = TypeObject;
        t.InstanceFactory = null;
        t.AddAttr("__doc__", PyStr.Immortal("Encoder(markers, default, encoder, indent, key_separator, item_separator, sort_keys, skipkeys, allow_nan)"));
        t.SetNew(New);
        t.TpCall = (ts, o, args, kw) => ((PyJsonEncoder)o).Call(ts, args, kw);
        t.AddMember("markers", (ts, o) => (PyObject?)((PyJsonEncoder)o)._markers ?? PyNone.Value, "markers");
        t.AddMember("default", (ts, o) => ((PyJsonEncoder)o)._default, "default");
        t.AddMember("encoder", (ts, o) => ((PyJsonEncoder)o)._encoder, "encoder");
        t.AddMember("indent", (ts, o) => ((PyJsonEncoder)o)._indent, "indent");
        t.AddMember("key_separator", (ts, o) => ((PyJsonEncoder)o)._keySeparator, "key_separator");
        t.AddMember("item_separator", (ts, o) => ((PyJsonEncoder)o)._itemSeparator, "item_separator");
        t.AddMember("sort_keys", (ts, o) => PyBool.From(((PyJsonEncoder)o)._sortKeys), "sort_keys");
        t.AddMember("skipkeys", (ts, o) => PyBool.From(((PyJsonEncoder)o)._skipKeys), "skipkeys");
    }

    /// <summary>make_encoder(markers, default, encoder, indent, key_separator, item_separator, sort_keys,
    /// skipkeys, allow_nan): format "O!?OOOUUppp".</summary>
    private static PyObject New(ThreadState ts, PyType cls, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var p = Args.Parse("make_encoder", args, kwnames,
            ["markers", "default", "encoder", "indent", "key_separator", "item_separator", "sort_keys", "skipkeys", "allow_nan"], 9);
        var markers = p[0]!;
        if (markers is not PyNone && markers is not PyDict)
            throw PyErr.TypeError($"make_encoder() argument 1 must be dict or None, not {markers.ObType.TpName}");
        var keySep = p[4] as PyStr ?? throw PyErr.TypeError($"make_encoder() argument 5 must be str, not {p[4]!.ObType.TpName}");
        var itemSep = p[5] as PyStr ?? throw PyErr.TypeError($"make_encoder() argument 6 must be str, not {p[5]!.ObType.TpName}");
        bool sortKeys = Ops.IsTrue(ts, p[6]!), skipKeys = Ops.IsTrue(ts, p[7]!), allowNan = Ops.IsTrue(ts, p[8]!);
        return new PyJsonEncoder(markers as PyDict, p[1]!, p[2]!, p[3]!, keySep, itemSep, sortKeys, skipKeys, allowNan);
    }

    /// <summary>encoder(obj, _current_indent_level): format "On:_iterencode".</summary>
    private PyObject Call(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        PyObject obj, level;
        if (args.Length == 2 && (kwnames == null || kwnames.Count == 0)) { obj = args[0]; level = args[1]; }
        else
        {
            var p = Args.Parse("_iterencode", args, kwnames, ["obj", "_current_indent_level"], 2);
            obj = p[0]!;
            level = p[1]!;
        }
        long indentLevel = Ops.AsSsizeT(ts, level);
        var w = new Writer(new StringBuilder());
        if (_indent is not PyNone)
        {
            // indent_cache[0]: '\n' + indent * level, what the outermost brackets close on.
            var first = indentLevel == 0 ? PyStr.FromChar('\n') : AsStr(Ops.Add(ts, PyStr.FromChar('\n'), Ops.BinaryOp(ts, _indent, PyInt.From(indentLevel), BinOp.Mul)));
            w.IndentCache = [first];
        }
        if (_markers is { Count: 0 })
        {
            w.Stack = [];
            w.Active = new HashSet<PyObject>(ReferenceEqualityComparer.Instance);
        }
        try { EncodeObj(ts, ref w, obj, 0); }
        catch (PyException) when (w.Stack is { Count: > 0 })
        {
            // What CPython's markers dict holds after a failure: id -> object for each one in progress.
            foreach (var o in w.Stack) _markers!.SetItem(ts, PyInt.From(ObjectIds.Id(ts, o)), o);
            throw;
        }
        return new PyTuple([PyStr.FromAssembled(w.Sb.ToString(), w.Separate, w.Paired)]);
    }

    private static PyStr AsStr(PyObject o)
        => o as PyStr ?? throw PyErr.TypeError($"can only concatenate str (not \"{o.ObType.TpName}\") to str");

    /// <summary>The output being built, and what <see cref="PyStr.FromAssembled"/> needs to know about it.</summary>
    private struct Writer(StringBuilder sb)
    {
        public readonly StringBuilder Sb = sb;
        /// <summary>A piece read adjacent lone surrogates as two code points, or two pieces made such a seam.</summary>
        public bool Separate;
        /// <summary>A piece held a real surrogate pair (one code point).</summary>
        public bool Paired;
        /// <summary>As CPython's indent_cache: [2k] is '\n' + indent * (k + initial level), [2k-1] the item
        /// separator followed by it. Null without indent.</summary>
        public List<PyStr>? IndentCache;
        /// <summary>The containers (and default()-converted objects) being encoded, outermost first, when
        /// circular references are checked through the fast path (see <see cref="MarkerEnter"/>).</summary>
        public List<PyObject>? Stack;
        public HashSet<PyObject>? Active;

        /// <summary>Appends a str that did not come from this encoder's own escaping.</summary>
        public void AppendStr(PyStr s)
        {
            var v = s.Value;
            if (v.Length == 0) return;
            if (char.IsLowSurrogate(v[0]) && Sb.Length > 0 && char.IsHighSurrogate(Sb[^1])) Separate = true;
            if (s.HasSurrogateUnits)
            {
                if (s.SeparateSurrogates) Separate = true;
                else if (!s.IsSimple) Paired = true;
            }
            Sb.Append(v);
        }
    }

    private void EncodeObj(ThreadState ts, ref Writer w, PyObject obj, long indentLevel)
    {
        if (obj is PyNone) { w.Sb.Append("null"); return; }
        if (ReferenceEquals(obj, PyBool.True)) { w.Sb.Append("true"); return; }
        if (ReferenceEquals(obj, PyBool.False)) { w.Sb.Append("false"); return; }
        if (obj is PyStr s) { EncodeString(ts, ref w, s); return; }
        if (obj is PyInt i)
        {
            if (i.IsSmall && i.ObType == BuiltinTypes.Int) w.Sb.Append(i.Small.ToString(CultureInfo.InvariantCulture));
            else w.Sb.Append(((PyStr)BuiltinTypes.Int.TpRepr!(ts, obj)).Value);   // int.__repr__, not a subclass's
            return;
        }
        if (obj is PyFloat f) { w.Sb.Append(FloatText(f)); return; }
        if (obj is PyList || obj is PyTuple)
        {
            Enter(ts);
            try { EncodeList(ts, ref w, obj, indentLevel); }
            finally { ts.RecursionDepth--; }
            return;
        }
        if (obj is PyDict d)
        {
            Enter(ts);
            try { EncodeDict(ts, ref w, d, indentLevel); }
            finally { ts.RecursionDepth--; }
            return;
        }
        bool marked = MarkerEnter(ts, ref w, obj);
        var newObj = Ops.Call(ts, _default, obj);
        Enter(ts);
        try { EncodeObj(ts, ref w, newObj, indentLevel); }
        catch (PyException e)
        {
            e.Value.AddNote($"when serializing {obj.ObType.QualifiedName} object");
            throw;
        }
        finally { ts.RecursionDepth--; }
        if (marked) MarkerExit(ts, ref w, obj);
    }

    /// <summary>Py_EnterRecursiveCall(" while encoding a JSON object"); the caller decrements.</summary>
    private static void Enter(ThreadState ts)
    {
        if (++ts.RecursionDepth > ts.Interp.RecursionLimit || !System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            ts.RecursionDepth--;
            throw PyErr.RecursionError("maximum recursion depth exceeded while encoding a JSON object");
        }
    }

    /// <summary>With markers: records obj as being encoded, or raises when it already is (a cycle).
    /// CPython keys its markers dict by id(obj); ids cost a weak-table entry each here, so when the dict
    /// starts empty the objects in progress are kept in a set by identity instead, and written to the dict
    /// only if encoding fails (where CPython leaves them). The dict's contents differ only while user code
    /// runs mid-encoding; CPython's main branch has dropped the markers check altogether.</summary>
    private bool MarkerEnter(ThreadState ts, ref Writer w, PyObject obj)
    {
        if (_markers == null) return false;
        if (w.Active != null)
        {
            if (!w.Active.Add(obj)) throw PyErr.ValueError("Circular reference detected");
            w.Stack!.Add(obj);
            return true;
        }
        var ident = PyInt.From(ObjectIds.Id(ts, obj));
        if (_markers.ContainsKey(ts, ident)) throw PyErr.ValueError("Circular reference detected");
        _markers.SetItem(ts, ident, obj);
        return true;
    }

    private void MarkerExit(ThreadState ts, ref Writer w, PyObject obj)
    {
        if (w.Active != null)
        {
            w.Active.Remove(obj);
            w.Stack!.RemoveAt(w.Stack.Count - 1);
        }
        else _markers!.DelItem(ts, PyInt.From(ObjectIds.Id(ts, obj)));
    }

    private string FloatText(PyFloat f)
    {
        double v = f.Value;
        if (double.IsFinite(v)) return FloatFormat.Repr(v);
        if (!_allowNan) throw PyErr.ValueError($"Out of range float values are not JSON compliant: {FloatFormat.Repr(v)}");
        return v > 0 ? "Infinity" : v < 0 ? "-Infinity" : "NaN";
    }

    private void EncodeString(ThreadState ts, ref Writer w, PyStr s)
    {
        if (_fastEncode == 1) { JsonStrings.AppendAscii(w.Sb, s.Value); return; }
        if (_fastEncode == 2)
        {
            if (s.HasSurrogateUnits)
            {
                if (s.SeparateSurrogates) w.Separate = true;
                else if (!s.IsSimple) w.Paired = true;
            }
            JsonStrings.Append(w.Sb, s.Value);
            return;
        }
        var encoded = Ops.Call(ts, _encoder, s);
        if (encoded is not PyStr es) throw PyErr.TypeError($"encoder() must return a string, not {encoded.ObType.TpName}");
        w.AppendStr(es);
    }

    /// <summary>The separator between items at <paramref name="level"/> (get_item_separator).</summary>
    private PyStr ItemSeparator(ThreadState ts, ref Writer w, long level)
    {
        var cache = w.IndentCache!;
        while (level * 2 > cache.Count)
        {
            // update_indent_cache: the next level's newline-and-indent, and the separator before it.
            var newline = AsStr(Ops.Add(ts, cache[^1], _indent));
            var sep = AsStr(Ops.Add(ts, _itemSeparator, newline));
            cache.Add(sep);
            cache.Add(newline);
        }
        return cache[(int)level * 2 - 1];
    }

    /// <summary>Lists and tuples, their subclasses iterated (PySequence_Fast takes only exact ones as they are).</summary>
    private void EncodeList(ThreadState ts, ref Writer w, PyObject seq, long indentLevel)
    {
        // An exact list is read live, as PySequence_Fast_GET_ITEM reads it (default() may change it);
        // anything else is an array that does not change.
        var list = seq.ObType == BuiltinTypes.List ? (PyList)seq : null;
        PyObject[] array = list != null ? [] : seq.ObType == BuiltinTypes.Tuple ? ((PyTuple)seq).Items
            : SequenceList(ts, seq, "_iterencode_list needs a sequence").AsSpan().ToArray();
        if ((list?.Count ?? array.Length) == 0) { w.Sb.Append("[]"); return; }
        bool marked = MarkerEnter(ts, ref w, seq);
        var separator = Open(ts, ref w, '[', ref indentLevel, out bool indented);
        for (int i = 0; i < (list?.Count ?? array.Length); i++)
        {
            if (i > 0) w.AppendStr(separator);
            try { EncodeObj(ts, ref w, list != null ? list.Items[i] : array[i], indentLevel); }
            catch (PyException e)
            {
                e.Value.AddNote($"when serializing {seq.ObType.QualifiedName} item {i}");
                throw;
            }
        }
        if (marked) MarkerExit(ts, ref w, seq);
        if (indented) w.AppendStr(w.IndentCache![(int)(indentLevel - 1) * 2]);
        w.Sb.Append(']');
    }

    /// <summary>Writes the opening bracket and, with an indent, the newline and indent of the first item
    /// one level deeper; returns the separator between items.</summary>
    private PyStr Open(ThreadState ts, ref Writer w, char bracket, ref long indentLevel, out bool indented)
    {
        w.Sb.Append(bracket);
        indented = _indent is not PyNone;
        if (!indented) return _itemSeparator;
        indentLevel++;
        var separator = ItemSeparator(ts, ref w, indentLevel);
        w.AppendStr(w.IndentCache![(int)indentLevel * 2]);
        return separator;
    }

    /// <summary>PySequence_List, with PySequence_Fast's message when the object is not iterable.</summary>
    private static PyList SequenceList(ThreadState ts, PyObject seq, string message)
    {
        PyObject it;
        try { it = Ops.GetIter(ts, seq); }
        catch (PyException e) when (e.Value.ObType.IsSubtype(PyExc.TypeError)) { throw PyErr.TypeError(message); }
        var list = new PyList();
        while (Ops.Next(ts, it) is { } item) list.Append(item);
        return list;
    }

    private void EncodeDict(ThreadState ts, ref Writer w, PyDict dct, long indentLevel)
    {
        if (dct.Count == 0) { w.Sb.Append("{}"); return; }
        bool marked = MarkerEnter(ts, ref w, dct);
        var separator = Open(ts, ref w, '{', ref indentLevel, out bool indented);
        bool first = true;
        if (_sortKeys || dct.ObType != BuiltinTypes.Dict)
        {
            var items = MappingItems(ts, dct);
            if (_sortKeys) ListType.Sort(ts, items, null, false);
            for (int i = 0; i < items.Count; i++)
            {
                if (items.Items[i] is not PyTuple { Count: 2 } item) throw PyErr.ValueError("items must return 2-tuples");
                EncodeKeyValue(ts, ref w, ref first, dct, item.Items[0], item.Items[1], indentLevel, separator);
            }
        }
        else
        {
            // PyDict_Next: no error when default() changes the dict, it just walks what is there.
            for (int pos = dct.NextEntry(0, out var key, out var value); pos >= 0; pos = dct.NextEntry(pos + 1, out key, out value))
                EncodeKeyValue(ts, ref w, ref first, dct, key, value, indentLevel, separator);
        }
        if (marked) MarkerExit(ts, ref w, dct);
        if (indented) w.AppendStr(w.IndentCache![(int)(indentLevel - 1) * 2]);
        w.Sb.Append('}');
    }

    /// <summary>PyMapping_Items: a list of the exact dict's items, else of what items() returns.</summary>
    private static PyList MappingItems(ThreadState ts, PyDict dct)
    {
        if (dct.ObType == BuiltinTypes.Dict)
        {
            var list = new PyList(dct.Count);
            foreach (var (k, v) in dct.EnumerateItems()) list.Append(new PyTuple([k, v]));
            return list;
        }
        var result = Ops.CallMethod(ts, dct, "items");
        PyObject it;
        try { it = Ops.GetIter(ts, result); }
        catch (PyException e) when (e.Value.ObType.IsSubtype(PyExc.TypeError))
        {
            throw PyErr.TypeError($"{dct.ObType.TpName}.items() returned a non-iterable (type {result.ObType.TpName})");
        }
        var items = new PyList();
        while (Ops.Next(ts, it) is { } item) items.Append(item);
        return items;
    }

    private void EncodeKeyValue(ThreadState ts, ref Writer w, ref bool first, PyDict dct, PyObject key, PyObject value,
        long indentLevel, PyStr separator)
    {
        PyStr keyStr;
        if (key is PyStr ks) keyStr = ks;
        else if (key is PyFloat kf) keyStr = PyStr.FromUnits(FloatText(kf), false);
        else if (ReferenceEquals(key, PyBool.True)) keyStr = PyStr.FromUnits("true", false);
        else if (ReferenceEquals(key, PyBool.False)) keyStr = PyStr.FromUnits("false", false);
        else if (key is PyNone) keyStr = PyStr.FromUnits("null", false);
        else if (key is PyInt) keyStr = (PyStr)BuiltinTypes.Int.TpRepr!(ts, key);
        else if (_skipKeys) return;
        else throw PyErr.TypeError($"keys must be str, int, float, bool or None, not {key.ObType.TpName}");

        if (first) first = false;
        else w.AppendStr(separator);
        EncodeString(ts, ref w, keyStr);
        w.AppendStr(_keySeparator);
        try { EncodeObj(ts, ref w, value, indentLevel); }
        catch (PyException e)
        {
            e.Value.AddNote($"when serializing {dct.ObType.QualifiedName} item {Ops.Repr(ts, key).Value}");
            throw;
        }
    }
}
