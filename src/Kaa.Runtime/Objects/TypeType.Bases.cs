using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

// Assignment to a class's __bases__ (CPython's type_set_bases): typing.NamedTuple and others rebase
// the classes they build. The new bases must keep the instance layout; the MRO of the class and of
// every subclass is recomputed, and restored if that fails.
internal static partial class TypeType
{
    static void SetBases(ThreadState ts, PyObject o, PyObject? v)
    {
        var ty = (PyType)o;
        if (!ty.IsHeapType) throw PyErr.TypeError($"cannot set '__bases__' attribute of immutable type '{ty.Name}'");
        if (v == null) throw PyErr.TypeError($"cannot delete '__bases__' attribute of immutable type '{ty.Name}'");
        if (v is not PyTuple nb) throw PyErr.TypeError($"can only assign tuple to {ty.Name}.__bases__, not {v.ObType.Name}");
        if (nb.Count == 0) throw PyErr.TypeError($"can only assign non-empty tuple to {ty.Name}.__bases__, not ()");
        var bases = new PyType[nb.Count];
        for (int i = 0; i < bases.Length; i++)
        {
            if (nb[i] is not PyType b) throw PyErr.TypeError($"{ty.Name}.__bases__ must be tuple of classes, not '{nb[i].ObType.Name}'");
            if (b.IsSubtype(ty)) throw PyErr.TypeError("a __bases__ item causes an inheritance cycle");
            bases[i] = b;
        }
        var newBase = BestBase(bases);
        var oldBase = ty.Base ?? BuiltinTypes.Object;
        if (!ReferenceEquals(SolidLayout(newBase), SolidLayout(oldBase)) || newBase.SlotCount != oldBase.SlotCount)
            throw PyErr.TypeError($"__bases__ assignment: '{newBase.Name}' object layout differs from '{oldBase.Name}'");

        var oldBases = ty.Bases;
        var oldMros = new List<(PyType, PyType[])>();
        ty.Bases = nb;
        ty.Base = newBase;
        try
        {
            RecomputeMro(ts, ty, oldMros);
        }
        catch
        {
            ty.Bases = oldBases;
            ty.Base = oldBase;
            foreach (var (t, mro) in oldMros) { t.MroArray = mro; t.Mro = new PyTuple(mro); }
            throw;
        }
        foreach (var b in oldBases.Items) ((PyType)b).RemoveSubclass(ts, ty);
        foreach (var b in bases) b.AddSubclass(ts, ty);
        ty.InvalidateLookupCaches(ts);
    }

    /// <summary>mro_hierarchy: recomputes the MRO of <paramref name="t"/> and of its subclasses, remembering the old ones.</summary>
    static void RecomputeMro(ThreadState ts, PyType t, List<(PyType, PyType[])> old)
    {
        old.Add((t, t.MroArray));
        var meta = t.ObType;
        t.MroArray = ReferenceEquals(meta, BuiltinTypes.Type) || meta.Lookup(Names.mro) is PyMethodDescriptor
            ? ComputeMro(ts, t)
            : CustomMro(ts, t);
        t.Mro = new PyTuple(t.MroArray);
        foreach (var sub in t.GetSubclasses(ts)) RecomputeMro(ts, sub, old);
    }
}
