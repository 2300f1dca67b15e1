using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>array.array's constructor and slots (array_new, array_subscr, array_ass_subscr, richcompare, ...).</summary>
public partial class PyArray
{
    private static PyArray Self(PyObject o) => (PyArray)o;

    private static PyException BadArgument() => PyErr.TypeError("bad argument type for built-in operation");

    /// <summary>array_new: the initializer may be a list/tuple, bytes-like (frombytes), a str (unicode
    /// arrays only), an array of the same typecode, or any iterable (extended item by item).</summary>
    private static PyObject New(ThreadState ts, PyType cls, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (ReferenceEquals(cls, TypeObject)) Args.NoKeywords("array.array", kwnames);
        int n = args.Length - (kwnames?.Count ?? 0);
        if (n < 1) throw PyErr.TypeError($"array() takes at least 1 argument ({n} given)");
        if (n > 2) throw PyErr.TypeError($"array() takes at most 2 arguments ({n} given)");
        var tcObj = args[0];
        if (tcObj is not PyStr tcs)
            throw PyErr.TypeError($"array() argument 1 must be a unicode character, not {PyErr.ArgTypeName(tcObj)}");
        if (tcs.CodePointLength != 1)
            throw PyErr.TypeError($"array() argument 1 must be a unicode character, not a string of length {tcs.CodePointLength}");
        int c = tcs.ToCodePoints()[0];
        PyObject? initial = n == 2 ? args[1] : null;
        if (c == 'u')
            Codecs.WarnDeprecation(ts, "The 'u' type code is deprecated and will be removed in Python 3.16");
        bool isUnicode = c == 'u' || c == 'w';
        if (initial != null && !isUnicode)
        {
            if (initial is PyStr)
                throw PyErr.TypeError($"cannot use a str to initialize an array with typecode '{PyCsvDialect.CharString(c)}'");
            if (initial is PyArray ia && ia.IsUnicode)
                throw PyErr.TypeError($"cannot use a unicode array to initialize an array with typecode '{PyCsvDialect.CharString(c)}'");
        }
        PyObject? iter = null;
        if (!(initial == null || initial is PyList || initial is PyByteArray || initial is PyBytes || initial is PyTuple
              || (isUnicode && initial is PyStr) || (initial is PyArray a0 && a0.TypeCode == c)))
        {
            iter = Ops.GetIter(ts, initial);
            initial = null;
        }
        if (c > 0xFFFF || TypeCodes.IndexOf((char)c) < 0)
            throw PyErr.ValueError("bad typecode (must be b, B, u, w, h, H, i, I, l, L, q, Q, f or d)");
        var r = new PyArray(cls, (char)c);
        switch (initial)
        {
            case PyList l:
                r.Resize(l.Count);
                for (int i = 0; i < l.Count && i < r._len; i++) r.SetItem(ts, i, l.Items[i]);
                break;
            case PyTuple t:
                r.Resize(t.Count);
                for (int i = 0; i < t.Count; i++) r.SetItem(ts, i, t[i]);
                break;
            case PyBytes or PyByteArray:
                r.FromBytes(initial);
                break;
            case PyStr s:
                r.FromUnicode(s);
                break;
            case PyArray src:
                r.AppendBytes(src.Bytes);
                break;
        }
        if (iter != null) r.ExtendFromIterator(ts, iter);
        return r;
    }

    internal void ExtendFromIterator(ThreadState ts, PyObject iter)
    {
        while (Ops.Next(ts, iter) is { } v) Append(ts, v);
    }

    /// <summary>array_do_extend: another array (same typecode only) or any iterable.</summary>
    internal void Extend(ThreadState ts, PyObject other)
    {
        if (other is PyArray b)
        {
            if (b.TypeCode != TypeCode) throw PyErr.TypeError("can only extend with array of same kind");
            AppendBytes(b.Bytes.ToArray());
            return;
        }
        ExtendFromIterator(ts, Ops.GetIter(ts, other));
    }

    internal void FromBytes(PyObject buffer)
    {
        var data = BytesMethods.Buffer(buffer);
        if (data.Length % ItemSize != 0) throw PyErr.ValueError("bytes length not a multiple of item size");
        AppendBytes(data.ToArray());
    }

    private static string Repr(ThreadState ts, PyObject o)
    {
        var a = Self(o);
        string name = o.ObType.Name;
        if (a._len == 0) return $"{name}('{a.TypeCode}')";
        var v = a.IsUnicode ? Ops.Repr(ts, PyStr.From(a.ToUnicode())).Value : Ops.Repr(ts, new PyList(a.ToObjects())).Value;
        return $"{name}('{a.TypeCode}', {v})";
    }

    private static PyObject Subscript(ThreadState ts, PyObject o, PyObject key)
    {
        var a = Self(o);
        if (key is PySlice sl)
        {
            var (start, _, step, count) = sl.Indices(ts, a._len);
            if (step == 1) return a.NewSame(a.Bytes.Slice((int)start * a.ItemSize, (int)count * a.ItemSize));
            var r = new PyArray(TypeObject, a.TypeCode);
            r.Resize(count);
            for (long k = 0; k < count; k++) a.At((int)(start + k * step)).CopyTo(r.At((int)k));
            return r;
        }
        if (!Ops.HasIndex(key)) throw PyErr.TypeError("array indices must be integers");
        long i = Ops.IndexAsLong(ts, key);
        if (i < 0) i += a._len;
        if (i < 0 || i >= a._len) throw PyErr.IndexError("array index out of range");
        return a.GetItem((int)i);
    }

    private static void AssSubscript(ThreadState ts, PyObject o, PyObject key, PyObject? value)
    {
        var a = Self(o);
        if (key is not PySlice sl)
        {
            if (!Ops.HasIndex(key)) throw PyErr.TypeError("array indices must be integers");
            long i = Ops.IndexAsLong(ts, key);
            if (i < 0) i += a._len;
            if (i < 0 || i >= a._len) throw PyErr.IndexError("array assignment index out of range");
            if (value == null) a.DeleteRange((int)i, 1);
            else a.SetItem(ts, (int)i, value);
            return;
        }
        var (start, stop, step, count) = sl.Indices(ts, a._len);
        ReadOnlySpan<byte> src = default;
        int needed = 0;
        if (value != null)
        {
            if (value is not PyArray v)
                throw PyErr.TypeError($"can only assign array (not \"{value.ObType.Name}\") to array slice");
            if (v.TypeCode != a.TypeCode) throw BadArgument();
            src = v.Bytes.ToArray();
            needed = v._len;
        }
        if (step == 1)
        {
            a.ReplaceRange((int)start, (int)count, src);
            return;
        }
        if (value == null)
        {
            // Delete an extended slice: keep the items not on the slice's positions.
            if (count == 0) return;
            var del = new HashSet<long>();
            for (long k = 0; k < count; k++) del.Add(start + k * step);
            var kept = new byte[(a._len - count) * a.ItemSize];
            int w = 0;
            for (int i = 0; i < a._len; i++)
                if (!del.Contains(i)) { a.At(i).CopyTo(kept.AsSpan(w)); w += a.ItemSize; }
            a.Resize(0);
            a.AppendBytes(kept);
            return;
        }
        if (needed != count)
            throw PyErr.ValueError($"attempt to assign array of size {needed} to extended slice of size {count}");
        for (long k = 0; k < count; k++)
            src.Slice((int)k * a.ItemSize, a.ItemSize).CopyTo(a.At((int)(start + k * step)));
    }

    private static PyObject Concat(ThreadState ts, PyObject x, PyObject y)
    {
        var a = Self(x);
        if (y is not PyArray b) throw PyErr.TypeError($"can only append array (not \"{y.ObType.Name}\") to array");
        if (a.TypeCode != b.TypeCode) throw BadArgument();
        var r = a.NewSame(a.Bytes);
        r.AppendBytes(b.Bytes);
        return r;
    }

    private static PyObject Repeat(ThreadState ts, PyObject x, PyObject n)
    {
        if (!Ops.HasIndex(n)) throw PyErr.TypeError($"can't multiply sequence by non-int of type '{n.ObType.Name}'");
        var a = Self(x);
        long count = Math.Max(0, Ops.IndexAsLong(ts, n));
        // Compared by division: count * length can overflow a long (count near sys.maxsize).
        if (a.Bytes.Length > 0 && count > Array.MaxLength / a.Bytes.Length) throw PyErr.MemoryError();
        var r = new PyArray(TypeObject, a.TypeCode);
        for (long k = 0; k < count; k++) r.AppendBytes(a.Bytes);
        return r;
    }

    internal static void InitType()
    {
        var t = TypeObject;
        t.InstanceFactory = null;
        BufferProtocol.AddMethods(t, releasable: true);
        t.SetNew(New);
        t.TpRepr = (ts, o) => PyStr.From(Repr(ts, o));
        t.MpLength = (ts, o) => Self(o)._len;
        t.MpSubscript = Subscript;
        t.MpAssSubscript = AssSubscript;
        t.TpIter = (ts, o) => new PyArrayIterator(Self(o));
        t.SqContains = (ts, o, v) =>
        {
            var a = Self(o);
            for (int i = 0; i < a._len; i++)
                if (Ops.RichCompareBool(ts, a.GetItem(i), v, CompareOp.Eq)) return true;
            return false;
        };
        t.SqConcat = Concat;
        t.SqRepeat = Repeat;
        t.NbInplace[(int)BinOp.Add] = (ts, x, y) =>
        {
            if (y is not PyArray) throw PyErr.TypeError($"can only extend array with array (not \"{y.ObType.Name}\")");
            Self(x).Extend(ts, y);
            return x;
        };
        t.NbInplace[(int)BinOp.Mul] = (ts, x, n) =>
        {
            if (!Ops.HasIndex(n)) return PyNotImplemented.Value;
            var a = Self(x);
            long count = Ops.IndexAsLong(ts, n);
            if (count <= 0 || a._len == 0) { a.Resize(0); return x; }
            var once = a.Bytes.ToArray();
            if (count > Array.MaxLength / once.Length) throw PyErr.MemoryError();
            for (long k = 1; k < count; k++) a.AppendBytes(once);
            return x;
        };
        t.TpRichCompare = (ts, x, y, op) =>
        {
            if (x is not PyArray a || y is not PyArray b) return PyNotImplemented.Value;
            if (a._len != b._len && (op == CompareOp.Eq || op == CompareOp.Ne)) return PyBool.From(op == CompareOp.Ne);
            return SeqHelpers.Compare(ts, a.ToObjects(), b.ToObjects(), op);
        };
        t.Dict.SetItemStr(Names.__hash__, PyNone.Value);
        t.TpHash = (ts, o) => throw PyErr.TypeError($"unhashable type: '{o.ObType.TpName}'");
        t.AddAttr("__doc__", PyStr.Immortal(ArrayDoc));
        InitMethods(t);
    }

    private const string ArrayDoc = "array(typecode [, initializer]) -> array\n\nReturn a new array whose items are restricted by typecode, and\ninitialized from the optional initializer value, which must be a list,\nstring, or iterable over elements of the appropriate type.\n\nArrays represent basic values and behave very much like lists, except\nthe type of objects stored in them is constrained. The type is specified\nat object creation time by using a type code, which is a single character.\nThe following type codes are defined:\n\n    Type code   C Type             Minimum size in bytes\n    'b'         signed integer     1\n    'B'         unsigned integer   1\n    'u'         Unicode character  2 (see note)\n    'h'         signed integer     2\n    'H'         unsigned integer   2\n    'i'         signed integer     2\n    'I'         unsigned integer   2\n    'l'         signed integer     4\n    'L'         unsigned integer   4\n    'q'         signed integer     8 (see note)\n    'Q'         unsigned integer   8 (see note)\n    'f'         floating-point     4\n    'd'         floating-point     8\n\nNOTE: The 'u' typecode corresponds to Python's unicode character. On\nnarrow builds this is 2-bytes on wide builds this is 4-bytes.\n\nNOTE: The 'q' and 'Q' type codes are only available if the platform\nC compiler used to build Python supports 'long long', or, on Windows,\n'__int64'.\n\nMethods:\n\nappend() -- append a new item to the end of the array\nbuffer_info() -- return information giving the current memory info\nbyteswap() -- byteswap all the items of the array\ncount() -- return number of occurrences of an object\nextend() -- extend array by appending multiple elements from an iterable\nfromfile() -- read items from a file object\nfromlist() -- append items from the list\nfrombytes() -- append items from the string\nindex() -- return index of first occurrence of an object\ninsert() -- insert a new item into the array at a provided position\npop() -- remove and return item (default last)\nremove() -- remove first occurrence of an object\nreverse() -- reverse the order of the items in the array\ntofile() -- write all items to a file object\ntolist() -- return the array converted to an ordinary list\ntobytes() -- return the array converted to a string\n\nAttributes:\n\ntypecode -- the typecode character used to create the array\nitemsize -- the length in bytes of one array item\n";
}
