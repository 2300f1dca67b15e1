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
            Args.Exact("__reduce_ex__", args, kw, 1);
            long protocol = Ops.IndexAsLong(ts, args[0]);
            var reduce = self.ObType.Lookup(PyStr.Immortal("__reduce__"));
            if (reduce != null && !(reduce is PyMethodDescriptor md && ReferenceEquals(md.Owner, BuiltinTypes.Object)))
                return Ops.CallUnbound(ts, reduce, self, []);
            return Reduce(ts, self, protocol);
        });
        t.AddMethod("__reduce__", (ts, self, args, kw) => Reduce(ts, self, 0));
        t.AddMethod("__getstate__", (ts, self, args, kw) => GetState(ts, self));
    }

    private static PyObject Reduce(ThreadState ts, PyObject self, long protocol)
    {
        var copyreg = ImportSystem.ImportModuleLevel(ts, "copyreg", null, null, 0);
        if (protocol < 2)
            return Ops.Call(ts, Ops.GetAttr(ts, copyreg, "_reduce_ex"), self, PyInt.From(protocol));
        var cls = self.ObType;
        PyObject[] newArgs = [];
        if (Ops.TryGetAttr(ts, self, PyStr.Immortal("__getnewargs__"), out var gna))
        {
            var r = Ops.Call(ts, gna!);
            if (r is not PyTuple rt) throw PyErr.TypeError($"__getnewargs__ should return a tuple, not '{r.ObType.Name}'");
            newArgs = rt.Items;
        }
        var state = Ops.CallMethod(ts, self, "__getstate__");
        PyObject listItems = self is PyList ? Ops.GetIter(ts, self) : PyNone.Value;
        PyObject dictItems = self is PyDict ? Ops.GetIter(ts, Ops.CallMethod(ts, self, "items")) : PyNone.Value;
        var all = new PyObject[newArgs.Length + 1];
        all[0] = cls;
        newArgs.CopyTo(all, 1);
        return new PyTuple([Ops.GetAttr(ts, copyreg, "__newobj__"), new PyTuple(all), state, listItems, dictItems]);
    }

    /// <summary>object.__getstate__(): the instance dict (None when empty), with __slots__ values as a second dict.</summary>
    private static PyObject GetState(ThreadState ts, PyObject self)
    {
        PyObject state = self is IHasDict { Dict: { Count: > 0 } d } ? d.Copy() : PyNone.Value;
        if (self is IHasSlots values && self.ObType.SlotCount > 0)
        {
            var slots = new PyDict();
            foreach (var c in self.ObType.MroArray)
                foreach (var (k, v) in c.Dict.EnumerateItems())
                    if (v is PyMemberDescriptor m && values.GetSlot(m.Index) is { } val) slots.SetItem(ts, k, val);
            if (slots.Count > 0) state = new PyTuple([state, slots]);
        }
        return state;
    }
}
