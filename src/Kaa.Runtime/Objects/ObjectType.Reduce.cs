using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>object.__reduce_ex__, __reduce__ and __getstate__: the protocol copy and pickle use
/// (CPython's object_reduce_ex / reduce_newobj / object_getstate).</summary>
internal static partial class ObjectType
{
    internal static void InitReduce(PyType t)
    {
        t.AddMethod("__reduce_ex__", (ts, self, args, kw) =>
        {
            Args.Exact("object.__reduce_ex__", args, kw, 1);
            long protocol = Ops.IndexAsLong(ts, args[0]);
            var reduce = self.ObType.Lookup(PyStr.Immortal("__reduce__"));
            if (reduce != null && !(reduce is PyMethodDescriptor md && ReferenceEquals(md.Owner, BuiltinTypes.Object)))
                return Ops.CallUnbound(ts, reduce, self, []);
            return Reduce(ts, self, protocol);
        });
        t.AddMethod("__reduce__", (ts, self, args, kw) => { Args.Exact("object.__reduce__", args, kw, 0); return Reduce(ts, self, 0); });
        t.AddMethod("__getstate__", (ts, self, args, kw) => GetState(ts, self, required: false));
    }

    private static PyObject Reduce(ThreadState ts, PyObject self, long protocol)
    {
        var copyreg = ImportSystem.ImportModuleLevel(ts, "copyreg", null, null, 0);
        if (protocol < 2)
            return Ops.Call(ts, Ops.GetAttr(ts, copyreg, "_reduce_ex"), self, PyInt.From(protocol));
        var cls = self.ObType;
        var (args, kwargs) = GetNewArguments(ts, self);
        // Without arguments for __new__ the state must say everything (CPython's reduce_newobj:
        // "required"), which object.__getstate__ cannot for a built-in type's hidden fields.
        bool required = args == null && self is not PyList && self is not PyDict;
        var getstate = cls.Lookup(PyStr.Immortal("__getstate__"));
        var state = getstate is PyMethodDescriptor { Owner: var owner } && ReferenceEquals(owner, BuiltinTypes.Object)
            ? GetState(ts, self, required)
            : Ops.CallMethod(ts, self, "__getstate__");
        PyObject listItems = self is PyList ? Ops.GetIter(ts, self) : PyNone.Value;
        PyObject dictItems = self is PyDict ? Ops.GetIter(ts, Ops.CallMethod(ts, self, "items")) : PyNone.Value;
        if (kwargs == null || kwargs.Count == 0)
        {
            // copyreg.__newobj__(cls, *args)
            var items = args?.Items ?? [];
            var all = new PyObject[items.Length + 1];
            all[0] = cls;
            items.CopyTo(all, 1);
            return new PyTuple([Ops.GetAttr(ts, copyreg, "__newobj__"), new PyTuple(all), state, listItems, dictItems]);
        }
        // copyreg.__newobj_ex__(cls, args, kwargs): keyword arguments from __getnewargs_ex__.
        return new PyTuple([Ops.GetAttr(ts, copyreg, "__newobj_ex__"), new PyTuple([cls, args!, kwargs]), state, listItems, dictItems]);
    }

    /// <summary>CPython's _PyObject_GetNewArguments: __getnewargs_ex__ (an (args, kwargs) pair) or
    /// __getnewargs__ (args), looked up on the type; (null, null) when the type has neither.</summary>
    private static (PyTuple? Args, PyDict? Kwargs) GetNewArguments(ThreadState ts, PyObject self)
    {
        if (Ops.LookupSpecial(ts, self, PyStr.Immortal("__getnewargs_ex__")) is { } getEx)
        {
            var r = Ops.Call(ts, getEx);
            if (r is not PyTuple rt) throw PyErr.TypeError($"__getnewargs_ex__ should return a tuple, not '{r.ObType.Name}'");
            if (rt.Items.Length != 2) throw PyErr.ValueError($"__getnewargs_ex__ should return a tuple of length 2, not {rt.Items.Length}");
            if (rt.Items[0] is not PyTuple a)
                throw PyErr.TypeError($"first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '{rt.Items[0].ObType.Name}'");
            if (rt.Items[1] is not PyDict k)
                throw PyErr.TypeError($"second item of the tuple returned by __getnewargs_ex__ must be a dict, not '{rt.Items[1].ObType.Name}'");
            return (a, k);
        }
        if (Ops.LookupSpecial(ts, self, PyStr.Immortal("__getnewargs__")) is { } get)
        {
            var r = Ops.Call(ts, get);
            if (r is not PyTuple rt) throw PyErr.TypeError($"__getnewargs__ should return a tuple, not '{r.ObType.Name}'");
            return (rt, null);
        }
        return (null, null);
    }

    /// <summary>object.__getstate__() (CPython's object_getstate_default): the instance dict (None when
    /// empty) and, when the class names slots (<c>__slotnames__</c>, computed and cached by
    /// copyreg._slotnames), a second dict of those attributes that are set, read with getattr.</summary>
    private static PyObject GetState(ThreadState ts, PyObject self, bool required)
    {
        // CPython compares the instance size with object's plus dict, weakrefs and slots: larger means
        // fields only C code knows. In Kaa that is an instance whose solid base is a built-in type
        // other than object (itertools.count, property, a generator, ...).
        if (required && HasHiddenState(self.ObType))
            throw PyErr.TypeError($"cannot pickle '{self.ObType.TpName}' object");
        PyObject state = self is IHasDict { Dict: { Count: > 0 } d } ? d.Copy() : PyNone.Value;
        if (SlotNames(ts, self.ObType) is { Count: > 0 } names)
        {
            var slots = new PyDict();
            int count = names.Count;
            for (int i = 0; i < names.Count; i++)
            {
                var name = names.Items[i];
                if (name is PyStr ns && Ops.TryGetAttr(ts, self, ns, out var value)) slots.SetItem(ts, name, value!);
                else if (name is not PyStr) throw PyErr.TypeError($"attribute name must be string, not '{name.ObType.Name}'");
                // The list lives on the class, so __getattr__ may change it while this loop reads it.
                if (names.Count != count) throw PyErr.RuntimeError("__slotnames__ changed size during iteration");
            }
            if (slots.Count > 0) state = new PyTuple([state, slots]);
        }
        return state;
    }

    /// <summary>True when the nearest built-in (static) type in the MRO is not object.</summary>
    private static bool HasHiddenState(PyType cls)
    {
        foreach (var t in cls.MroArray)
            if (!t.IsHeapType) return !ReferenceEquals(t, BuiltinTypes.Object);
        return false;
    }

    /// <summary>CPython's _PyType_GetSlotNames: the class's cached __slotnames__, else copyreg._slotnames(cls).</summary>
    private static PyList? SlotNames(ThreadState ts, PyType cls)
    {
        var key = PyStr.Immortal("__slotnames__");
        PyObject? names;
        if (cls.Dict.TryGetStr(key, out var cached))
        {
            names = cached;
            if (names is not PyNone && names is not PyList)
                throw PyErr.TypeError($"{cls.Name}.__slotnames__ should be a list or None, not {names!.ObType.Name}");
        }
        else
        {
            // copyreg computes the names from the MRO's __slots__ and caches them on the class.
            var copyreg = ImportSystem.ImportModuleLevel(ts, "copyreg", null, null, 0);
            names = Ops.Call(ts, Ops.GetAttr(ts, copyreg, "_slotnames"), cls);
            if (names is not PyNone && names is not PyList) throw PyErr.TypeError("copyreg._slotnames didn't return a list or None");
        }
        return names as PyList;
    }
}
