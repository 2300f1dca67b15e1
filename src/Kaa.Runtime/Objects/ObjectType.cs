using System.Runtime.CompilerServices;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>The behaviour of `object`, the root of every type.</summary>
internal static partial class ObjectType
{
    internal static void Init(PyType t)
    {
        t.TpGetAttro = TypeInit.GenericGetAttrDelegate;
        t.TpSetAttro = Ops.GenericSetAttr;
        t.TpRepr = Repr;
        t.TpStr = (ts, o) => Ops.Repr(ts, o);
        t.TpHash = (ts, o) => RuntimeHelpers.GetHashCode(o);
        t.TpRichCompare = RichCompare;
        t.TpInit = Init;
        t.InstanceFactory = PyInstance.Create;
        t.SetNew(New);
        t.AddMethod("__format__", (ts, self, args, kw) =>
        {
            Args.Exact("__format__", args, kw, 1);
            if (args[0] is not PyStr spec) throw PyErr.TypeError($"__format__() argument must be str, not {PyErr.ArgTypeName(args[0])}");
            if (spec.Value.Length > 0)
                throw PyErr.TypeError($"unsupported format string passed to {self.ObType.Name}.__format__");
            return Ops.Str(ts, self);
        });
        t.AddMethod("__dir__", (ts, self, args, kw) => new PyList(Dir(ts, self).ToArray()));
        t.AddMethod("__sizeof__", (ts, self, args, kw) => PyInt.From(16));
        t.AddClassMethod("__init_subclass__", (ts, self, args, kw) =>
        {
            if (args.Length > 0) throw PyErr.TypeError($"{((PyType)self).Name}.__init_subclass__() takes no keyword arguments");
            return PyNone.Value;
        });
        t.AddClassMethod("__subclasshook__", (ts, self, args, kw) => PyNotImplemented.Value);
        t.AddGetSet("__class__", (ts, o) => o.ObType, SetClass);
        InitReduce(t);
        t.AddAttr("__doc__", PyStr.From("The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n"));
    }

    internal static PyObject Repr(ThreadState ts, PyObject o)
    {
        var t = o.ObType;
        var mod = t.ModuleName;
        var name = mod == "builtins" ? t.QualName : $"{mod}.{t.QualName}";
        return PyStr.From($"<{name} object at 0x{ObjectIds.Id(ts, o):x}>");
    }

    private static PyObject RichCompare(ThreadState ts, PyObject self, PyObject other, CompareOp op)
    {
        switch (op)
        {
            case CompareOp.Eq:
                return ReferenceEquals(self, other) ? PyBool.True : PyNotImplemented.Value;
            case CompareOp.Ne:
                var eq = self.ObType.TpRichCompare;
                if (eq == null) return PyNotImplemented.Value;
                var r = eq(ts, self, other, CompareOp.Eq);
                if (r is PyNotImplemented) return r;
                return PyBool.From(!Ops.IsTrue(ts, r));
            default:
                return PyNotImplemented.Value;
        }
    }

    private static bool ExcessArgs(ReadOnlySpan<PyObject> args, PyTuple? kw) => args.Length > 0;

    private static PyObject New(ThreadState ts, PyType cls, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (ExcessArgs(args, kw))
        {
            if (!ReferenceEquals(cls.TpNew, (NewFunc)New) && !IsObjectNew(cls))
                throw PyErr.TypeError("object.__new__() takes exactly one argument (the type to instantiate)");
            if (IsObjectInit(cls))
                throw PyErr.TypeError($"{cls.Name}() takes no arguments");
        }
        if (cls.IsAbstract) ThrowAbstract(ts, cls);
        var factory = cls.InstanceFactory ?? throw PyErr.TypeError($"cannot create '{cls.Name}' instances");
        return factory(cls);
    }

    internal static bool IsObjectNew(PyType cls) => cls.Lookup(Names.__new__) is PyStaticMethod { Callable: PyBuiltinFunction { NewOwner: var o } } && ReferenceEquals(o, BuiltinTypes.Object);
    private static bool IsObjectInit(PyType cls) => cls.Lookup(Names.__init__) is PySlotWrapper w && ReferenceEquals(w.Owner, BuiltinTypes.Object);

    private static void ThrowAbstract(ThreadState ts, PyType cls)
    {
        var am = cls.Lookup(Names.__abstractmethods__);
        var names = am == null ? new List<string>() : Ops.ToArray(ts, am).Select(n => Ops.StrString(ts, n)).Order(StringComparer.Ordinal).ToList();
        var plural = names.Count == 1 ? "" : "s";
        throw PyErr.TypeError($"Can't instantiate abstract class {cls.Name} without an implementation for abstract method{plural} {string.Join(", ", names.Select(n => $"'{n}'"))}");
    }

    private static void Init(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (ExcessArgs(args, kw))
        {
            var cls = self.ObType;
            if (!IsObjectInit(cls))
                throw PyErr.TypeError("object.__init__() takes exactly one argument (the instance to initialize)");
            if (IsObjectNew(cls))
                throw PyErr.TypeError($"{cls.Name}() takes no arguments");
        }
    }

    private static void SetClass(ThreadState ts, PyObject self, PyObject? value)
    {
        if (value == null) throw PyErr.TypeError("can't delete __class__ attribute");
        if (value is not PyType nt) throw PyErr.TypeError($"__class__ must be set to a class, not '{value.ObType.Name}' object");
        var old = self.ObType;
        if (!old.IsHeapType || !nt.IsHeapType)
            throw PyErr.TypeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        if (!ReferenceEquals(old.SolidBase, nt.SolidBase) || old.SlotCount != nt.SlotCount || old.HasInstanceDict != nt.HasInstanceDict
            || !SlotNames(old).AsSpan().SequenceEqual(SlotNames(nt)))
            throw PyErr.TypeError($"__class__ assignment: '{nt.Name}' object layout differs from '{old.Name}'");
        self.ObType = nt;
    }

    /// <summary>The __slots__ names of a class's instances by slot index (same_slots_added compares
    /// them: `__slots__ = ('x',)` and `('y',)` are different layouts).</summary>
    private static string[] SlotNames(PyType t)
    {
        var names = new string[t.SlotCount];
        foreach (var c in t.MroArray)
            foreach (var (_, v) in c.Dict.EnumerateItems())
                if (v is PyMemberDescriptor { Getter: null, Index: >= 0 } m && m.Index < names.Length && ReferenceEquals(m.Owner, c))
                    names[m.Index] ??= m.Name;
        return names;
    }

    /// <summary>The default dir(): instance dict keys plus every attribute along the class's MRO.</summary>
    internal static List<PyObject> Dir(ThreadState ts, PyObject self)
    {
        var seen = new PyDict();
        if (self is PyType t)
        {
            if (t.Dict is { } td)
                foreach (var (k, _) in td.EnumerateItems()) seen.SetItem(ts, k, PyNone.Value);
            foreach (var c in t.MroArray)
                foreach (var (k, _) in c.Dict.EnumerateItems()) seen.SetItem(ts, k, PyNone.Value);
            return seen.KeysArray().ToList();
        }
        // object.__dir__: the instance's __dict__ and the attributes of its __class__, both looked up as
        // attributes (a __class__ slot left unset hides the class's names).
        if (Ops.TryGetAttr(ts, self, Names.__dict__, out var d) && d is PyDict dd)
            foreach (var (k, _) in dd.EnumerateItems()) seen.SetItem(ts, k, PyNone.Value);
        if (Ops.TryGetAttr(ts, self, Names.__class__, out var cls) && cls is PyType ct)
            foreach (var c in ct.MroArray)
                foreach (var (k, _) in c.Dict.EnumerateItems()) seen.SetItem(ts, k, PyNone.Value);
        return seen.KeysArray().ToList();
    }
}
