using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>array.array's methods (the array_array_*_impl functions of Modules/arraymodule.c).</summary>
public partial class PyArray
{
    private const int FileBlockSize = 64 * 1024;

    private int FindIndex(ThreadState ts, PyObject v, long start, long stop)
    {
        for (long i = start; i < stop && i < _len; i++)
            if (Ops.RichCompareBool(ts, GetItem((int)i), v, CompareOp.Eq)) return (int)i;
        return -1;
    }

    /// <summary>array_array___reduce_ex__: protocol 3+ pickles the raw bytes through
    /// array._array_reconstructor with the machine format code; older protocols use a list.</summary>
    private PyObject ReduceEx(ThreadState ts, PyObject protocolObj)
    {
        long protocol = Ops.IndexAsLong(ts, protocolObj);
        PyObject dict = Ops.TryGetAttr(ts, this, Names.__dict__, out var d) ? d! : PyNone.Value;
        if (protocol < 3)
            return new PyTuple([ObType, new PyTuple([PyStr.From(TypeCode.ToString()), new PyList(ToObjects())]), dict]);
        var module = ts.Interp.BuiltinModule(ts, ArrayModule.Definition);
        var reconstructor = Ops.GetAttr(ts, module, "_array_reconstructor");
        return new PyTuple([reconstructor,
            new PyTuple([ObType, PyStr.From(TypeCode.ToString()), PyInt.From(ArrayModule.MachineFormatOf(TypeCode)), new PyBytes(Bytes.ToArray())]),
            dict]);
    }

    private static void InitMethods(PyType t)
    {
        t.AddMethod("append", (ts, self, a, kw) =>
        {
            Args.Exact("append", a, kw, 1);
            Self(self).Append(ts, a[0]);
            return PyNone.Value;
        }, "append($self, v, /)\n--\n\nAppend new value v to the end of the array.");
        t.AddMethod("buffer_info", (ts, self, a, kw) =>
        {
            Args.Exact("buffer_info", a, kw, 0);
            // There is no fixed C address under a moving GC; the object's id stands in for it.
            return new PyTuple([PyInt.From(ObjectIds.Id(ts, self)), PyInt.From(Self(self)._len)]);
        }, "buffer_info($self, /)\n--\n\nReturn a tuple (address, length) giving the current memory address and the length in items of the buffer used to hold array's contents.\n\nThe length should be multiplied by the itemsize attribute to calculate\nthe buffer length in bytes.");
        t.AddMethod("byteswap", (ts, self, a, kw) =>
        {
            Args.Exact("byteswap", a, kw, 0);
            Self(self).Byteswap();
            return PyNone.Value;
        }, "byteswap($self, /)\n--\n\nByteswap all items of the array.\n\nIf the items in the array are not 1, 2, 4, or 8 bytes in size, RuntimeError is\nraised.");
        t.AddMethod("count", (ts, self, a, kw) =>
        {
            Args.Exact("count", a, kw, 1);
            var arr = Self(self);
            int n = 0;
            for (int i = 0; i < arr._len; i++)
                if (Ops.RichCompareBool(ts, arr.GetItem(i), a[0], CompareOp.Eq)) n++;
            return PyInt.From(n);
        }, "count($self, v, /)\n--\n\nReturn number of occurrences of v in the array.");
        t.AddMethod("extend", (ts, self, a, kw) =>
        {
            Args.Exact("extend", a, kw, 1);
            Self(self).Extend(ts, a[0]);
            return PyNone.Value;
        }, "extend($self, bb, /)\n--\n\nAppend items to the end of the array.");
        t.AddMethod("frombytes", (ts, self, a, kw) =>
        {
            Args.Exact("frombytes", a, kw, 1);
            if (!BytesMethods.IsBuffer(a[0])) throw PyErr.TypeError($"a bytes-like object is required, not '{a[0].ObType.Name}'");
            Self(self).FromBytes(a[0]);
            return PyNone.Value;
        }, "frombytes($self, buffer, /)\n--\n\nAppends items from the string, interpreting it as an array of machine values, as if it had been read from a file using the fromfile() method.");
        t.AddMethod("fromfile", (ts, self, a, kw) =>
        {
            Args.Exact("fromfile", a, kw, 2);
            var arr = Self(self);
            long n = Ops.IndexAsLong(ts, a[1]);
            if (n < 0) throw PyErr.ValueError("negative count");
            if (n > Array.MaxLength / arr.ItemSize) throw PyErr.MemoryError();
            long nbytes = n * arr.ItemSize;
            var b = Ops.CallMethod(ts, a[0], "read", PyInt.From(nbytes));
            if (b is not PyBytes bytes) throw PyErr.TypeError("read() didn't return bytes");
            bool notEnough = bytes.Value.Length != nbytes;
            arr.FromBytes(bytes);
            if (notEnough) throw PyErr.New(PyExc.EOFError, "read() didn't return enough bytes");
            return PyNone.Value;
        }, "fromfile($self, f, n, /)\n--\n\nRead n objects from the file object f and append them to the end of the array.");
        t.AddMethod("fromlist", (ts, self, a, kw) =>
        {
            Args.Exact("fromlist", a, kw, 1);
            if (a[0] is not PyList list) throw PyErr.TypeError("arg must be list");
            var arr = Self(self);
            int old = arr._len;
            try
            {
                for (int i = 0; i < list.Count; i++) arr.Append(ts, list.Items[i]);
            }
            catch (PyException)
            {
                arr.Resize(old);
                throw;
            }
            return PyNone.Value;
        }, "fromlist($self, list, /)\n--\n\nAppend items to array from list.");
        t.AddMethod("fromunicode", (ts, self, a, kw) =>
        {
            Args.Exact("fromunicode", a, kw, 1);
            if (a[0] is not PyStr s) throw PyErr.TypeError($"fromunicode() argument must be str, not {PyErr.ArgTypeName(a[0])}");
            var arr = Self(self);
            if (!arr.IsUnicode) throw PyErr.ValueError("fromunicode() may only be called on unicode type arrays ('u' or 'w')");
            arr.FromUnicode(s);
            return PyNone.Value;
        }, "fromunicode($self, ustr, /)\n--\n\nExtends this array with data from the unicode string ustr.\n\nThe array must be a unicode type array; otherwise a ValueError is raised.\nUse array.frombytes(ustr.encode(...)) to append Unicode data to an array of\nsome other type.");
        t.AddMethod("index", (ts, self, a, kw) =>
        {
            Args.Range("index", a, kw, 1, 3);
            var arr = Self(self);
            var (start, stop) = SeqHelpers.IndexBounds(ts, a, arr._len);
            int i = arr.FindIndex(ts, a[0], start, stop);
            if (i < 0) throw PyErr.ValueError("array.index(x): x not in array");
            return PyInt.From(i);
        }, "index($self, v, start=0, stop=sys.maxsize, /)\n--\n\nReturn index of first occurrence of v in the array.\n\nRaise ValueError if the value is not present.");
        t.AddMethod("insert", (ts, self, a, kw) =>
        {
            Args.Exact("insert", a, kw, 2);
            Self(self).Insert(ts, Ops.IndexClamped(ts, a[0]), a[1]);
            return PyNone.Value;
        }, "insert($self, i, v, /)\n--\n\nInsert a new item v into the array before position i.");
        t.AddMethod("pop", (ts, self, a, kw) =>
        {
            Args.Range("pop", a, kw, 0, 1);
            var arr = Self(self);
            long i = a.Length > 0 ? Ops.IndexAsLong(ts, a[0]) : -1;
            if (arr._len == 0) throw PyErr.IndexError("pop from empty array");
            if (i < 0) i += arr._len;
            if (i < 0 || i >= arr._len) throw PyErr.IndexError("pop index out of range");
            var v = arr.GetItem((int)i);
            arr.DeleteRange((int)i, 1);
            return v;
        }, "pop($self, i=-1, /)\n--\n\nReturn the i-th element and delete it from the array.\n\ni defaults to -1.");
        t.AddMethod("remove", (ts, self, a, kw) =>
        {
            Args.Exact("remove", a, kw, 1);
            var arr = Self(self);
            int i = arr.FindIndex(ts, a[0], 0, arr._len);
            if (i < 0) throw PyErr.ValueError("array.remove(x): x not in array");
            arr.DeleteRange(i, 1);
            return PyNone.Value;
        }, "remove($self, v, /)\n--\n\nRemove the first occurrence of v in the array.");
        t.AddMethod("reverse", (ts, self, a, kw) =>
        {
            Args.Exact("reverse", a, kw, 0);
            Self(self).Reverse();
            return PyNone.Value;
        }, "reverse($self, /)\n--\n\nReverse the order of the items in the array.");
        t.AddMethod("tobytes", (ts, self, a, kw) =>
        {
            Args.Exact("tobytes", a, kw, 0);
            return new PyBytes(Self(self).Bytes.ToArray());
        }, "tobytes($self, /)\n--\n\nConvert the array to an array of machine values and return the bytes representation.");
        t.AddMethod("tofile", (ts, self, a, kw) =>
        {
            Args.Exact("tofile", a, kw, 1);
            // Written in 64 KiB blocks, as CPython does, so huge arrays need no second full copy.
            var data = Self(self).Bytes.ToArray();
            for (int off = 0; off < data.Length; off += FileBlockSize)
                Ops.CallMethod(ts, a[0], "write", new PyBytes(data.AsSpan(off, Math.Min(FileBlockSize, data.Length - off)).ToArray()));
            return PyNone.Value;
        }, "tofile($self, f, /)\n--\n\nWrite all items (as machine values) to the file object f.");
        t.AddMethod("tolist", (ts, self, a, kw) =>
        {
            Args.Exact("tolist", a, kw, 0);
            return new PyList(Self(self).ToObjects());
        }, "tolist($self, /)\n--\n\nConvert array to an ordinary list with the same items.");
        t.AddMethod("tounicode", (ts, self, a, kw) =>
        {
            Args.Exact("tounicode", a, kw, 0);
            var arr = Self(self);
            if (!arr.IsUnicode) throw PyErr.ValueError("tounicode() may only be called on unicode type arrays ('u' or 'w')");
            return PyStr.From(arr.ToUnicode());
        }, "tounicode($self, /)\n--\n\nExtends this array with data from the unicode string ustr.\n\nConvert the array to a unicode string.  The array must be a unicode type array;\notherwise a ValueError is raised.  Use array.tobytes().decode() to obtain a\nunicode string from an array of some other type.");
        t.AddMethod("__copy__", (ts, self, a, kw) =>
        {
            Args.Exact("__copy__", a, kw, 0);
            return Self(self).NewSame(Self(self).Bytes);
        }, "__copy__($self, /)\n--\n\nReturn a copy of the array.");
        t.AddMethod("__deepcopy__", (ts, self, a, kw) =>
        {
            Args.Exact("__deepcopy__", a, kw, 1);
            return Self(self).NewSame(Self(self).Bytes);
        }, "__deepcopy__($self, unused, /)\n--\n\nReturn a copy of the array.");
        t.AddMethod("__reduce_ex__", (ts, self, a, kw) =>
        {
            Args.Exact("__reduce_ex__", a, kw, 1);
            return Self(self).ReduceEx(ts, a[0]);
        }, "__reduce_ex__($self, protocol, /)\n--\n\nReturn state information for pickling.");
        t.AddMethod("__sizeof__", (ts, self, a, kw) =>
        {
            Args.Exact("__sizeof__", a, kw, 0);
            return PyInt.From(64 + (long)Self(self)._data.Length);
        }, "__sizeof__($self, /)\n--\n\nSize of the array in memory, in bytes.");
        t.AddClassMethod("__class_getitem__", PyGenericAlias.ClassGetItem);
        t.AddGetSet("typecode", (ts, o) => PyStr.From(Self(o).TypeCode.ToString()), doc: "the typecode character used to create the array");
        t.AddGetSet("itemsize", (ts, o) => PyInt.From(Self(o).ItemSize), doc: "the size, in bytes, of one array item");
    }
}
