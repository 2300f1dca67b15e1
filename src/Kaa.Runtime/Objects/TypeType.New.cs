using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

internal static partial class TypeType
{
    /// <summary>type.__new__(metatype, name, bases, dict, **kwds): creates a class (CPython's type_new).</summary>
    /// <summary>A type's name is UTF-8 in CPython's tp_name: surrogates cannot be encoded and a
    /// NUL would cut it short, so both are refused.</summary>
    internal static void CheckTypeName(ThreadState ts, PyStr name)
    {
        Codecs.Encode(ts, name.Value, "utf-8", "strict");
        if (name.Value.Contains('\0')) throw PyErr.ValueError("type name must not contain null characters");
    }

    internal static PyObject New(ThreadState ts, PyType metatype, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        if (ReferenceEquals(metatype, BuiltinTypes.Type) && npos == 1 && nkw == 0) return args[0].ObType;
        if (npos != 3)
        {
            // type_call's check for type itself; a metaclass gets type_new's argument count.
            if (ReferenceEquals(metatype, BuiltinTypes.Type) && npos != 1) throw PyErr.TypeError("type() takes 1 or 3 arguments");
            throw PyErr.TypeError($"type.__new__() takes exactly 3 arguments ({npos} given)");
        }
        if (args[0] is not PyStr name) throw PyErr.TypeError($"type.__new__() argument 1 must be str, not {PyErr.ArgTypeName(args[0])}");
        if (args[1] is not PyTuple bases) throw PyErr.TypeError($"type.__new__() argument 2 must be tuple, not {PyErr.ArgTypeName(args[1])}");
        if (args[2] is not PyDict ns) throw PyErr.TypeError($"type.__new__() argument 3 must be dict, not {PyErr.ArgTypeName(args[2])}");

        // The most derived metaclass wins; if it is not this one, let it create the class.
        var winner = CalculateMetaclass(metatype, bases);
        if (!ReferenceEquals(winner, metatype) && winner.TpNew != null && !ReferenceEquals(winner.TpNew, (NewFunc)New))
            return winner.TpNew(ts, winner, args, kwnames);
        metatype = winner;
        CheckTypeName(ts, name);
        // CPython keeps a str __doc__ as UTF-8 in tp_doc, so a lone surrogate fails here too.
        if (ns.TryGetStr(Names.__doc__, out var docValue) && docValue is PyStr docStr) Codecs.Encode(ts, docStr.Value, "utf-8", "strict");

        var baseList = bases.Count == 0 ? new PyObject[] { BuiltinTypes.Object } : bases.Items;
        foreach (var b in baseList)
        {
            if (b is not PyType bt)
                throw PyErr.TypeError($"bases must be types");
            if (!bt.IsBaseType)
                throw PyErr.TypeError($"type '{bt.TpName}' is not an acceptable base type");
        }
        var bestBase = BestBase(baseList.Cast<PyType>().ToArray());

        var t = new PyType(metatype, name.Value, bestBase) { IsHeapType = true };
        t.Bases = bases.Count == 0 ? new PyTuple([BuiltinTypes.Object]) : bases;
        // PyDict_Copy of a dict subclass (an OrderedDict, say) goes through its keys(), in its order.
        if (PyType.IsExact(ns, BuiltinTypes.Dict)) t.Dict = ns.Copy();
        else
        {
            var copy = new PyDict();
            DictType.Update(ts, copy, ns);
            t.Dict = copy;
        }
        t.SolidBase = bestBase.SolidBase;
        t.IsBaseType = true;

        var dict = t.Dict;
        if (!dict.TryGetStr(Names.__module__, out _))
        {
            var globals = ts.CurrentGlobals;
            if (globals != null && globals.TryGetStr(Names.__name__, out var modName)) dict.SetItemStr(Names.__module__, modName!);
        }
        if (dict.TryGetStr(Names.__qualname__, out var qn))
        {
            if (qn is not PyStr qs) throw PyErr.TypeError($"type __qualname__ must be a str, not {qn!.ObType.Name}");
            t.QualName = qs.Value;
            dict.DelItem(ts, Names.__qualname__);
        }

        // Plain functions that are implicitly class/static methods.
        foreach (var special in new[] { Names.__init_subclass__, Names.__class_getitem__ })
            if (dict.TryGetStr(special, out var f) && f!.ObType.IsMethodDescriptor && f is not PyMethodDescriptor)
                dict.SetItemStr(special, new PyClassMethod(BuiltinTypes.ClassMethod, f));
        if (dict.TryGetStr(Names.__new__, out var nf) && nf!.ObType.IsMethodDescriptor && nf is not PyMethodDescriptor)
            dict.SetItemStr(Names.__new__, new PyStaticMethod(BuiltinTypes.StaticMethod, nf));

        // The compiler's __class__ cell, taken out of the namespace before the slots are laid out (as
        // CPython's type_new_set_classcell): `__slots__ = ['__classcell__']` is then a plain member.
        if (dict.TryGetStr(Names.__classcell__, out var cell))
        {
            if (cell is not ICell c)
                throw PyErr.TypeError($"__classcell__ must be a nonlocal cell, not {cell!.ObType}");
            c.CellContents = t;
            dict.DelItem(ts, Names.__classcell__);
        }

        SetupSlotsAndDict(ts, t, bestBase, baseList);
        // After the slots, as CPython's type_dict_set_doc: `__doc__` may itself be a slot.
        if (!dict.TryGetStr(Names.__doc__, out _)) dict.SetItemStr(Names.__doc__, PyNone.Value);

        t.MroArray = ReferenceEquals(metatype, BuiltinTypes.Type) || metatype.Lookup(Names.mro) is PyMethodDescriptor
            ? ComputeMro(ts, t)
            : CustomMro(ts, t);
        t.Mro = new PyTuple(t.MroArray);

        if (dict.TryGetStr(Names.__eq__, out _) && !dict.TryGetStr(Names.__hash__, out _))
            dict.SetItemStr(Names.__hash__, PyNone.Value);

        t.InheritSlots(bestBase);
        t.InstanceFactory = bestBase.InstanceFactory;
        t.FixupSlots();
        t.IsMethodDescriptor = false;

        foreach (var b in baseList) ((PyType)b).AddSubclass(ts, t);

        // Annotation scopes (lazy annotations, type parameter bounds) read the class namespace through
        // __classdict__: from now on that is the class's own dict (type_new_set_classdictcell).
        if (dict.TryGetStr(ClassDictCell, out var dcell))
        {
            if (dcell is not ICell c)
                throw PyErr.TypeError($"__classdictcell__ must be a nonlocal cell, not {dcell!.ObType}");
            c.CellContents = dict;
            dict.DelItem(ts, ClassDictCell);
        }

        // gh-55664: a class dict may hold non-str keys, with a warning.
        foreach (var (k, _) in dict.EnumerateItems())
        {
            if (k is PyStr) continue;
            WarningsModule.Warn(ts, PyExc.RuntimeWarning, $"non-string key in the __dict__ of class {t.Name}");
            break;
        }

        // __set_name__ on every attribute that has it, then the parent's __init_subclass__.
        foreach (var (k, v) in dict.EnumerateItems().ToArray())
        {
            var setName = v.ObType.Lookup(Names.__set_name__);
            if (setName != null) Ops.CallUnbound(ts, setName, v, [t, k]);
        }
        InitSubclass(ts, t, args[3..], kwnames);
        return t;
    }

    private static void InitSubclass(ThreadState ts, PyType t, ReadOnlySpan<PyObject> kwvalues, PyTuple? kwnames)
    {
        var mro = t.MroArray;
        for (int i = 1; i < mro.Length; i++)
        {
            if (!mro[i].Dict.TryGetStr(Names.__init_subclass__, out var f)) continue;
            var get = f!.ObType.TpDescrGet;
            var bound = get != null ? get(ts, f, t, t) : f;
            Ops.Call(ts, bound, kwvalues, kwnames);
            return;
        }
    }

    internal static PyType CalculateMetaclass(PyType metatype, PyTuple bases)
    {
        var winner = metatype;
        foreach (var b in bases.Items)
        {
            var bt = b.ObType;
            if (winner.IsSubtype(bt)) continue;
            if (bt.IsSubtype(winner)) { winner = bt; continue; }
            throw PyErr.TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    /// <summary>
    /// Assignment to __bases__ (CPython's type_set_bases): the new bases must keep the instance layout;
    /// the MRO of the class and of every subclass is recomputed (restored if that fails), the subclass
    /// registries move, and slots and lookup caches are refreshed.
    /// </summary>
    internal static void SetBases(ThreadState ts, PyType type, PyObject? value)
    {
        CheckSettable(type, "__bases__", value);
        if (value is not PyTuple nb)
            throw PyErr.TypeError($"can only assign tuple to {type.Name}.__bases__, not {value!.ObType.Name}");
        if (nb.Count == 0)
            throw PyErr.TypeError($"can only assign non-empty tuple to {type.Name}.__bases__, not ()");
        foreach (var b in nb.Items)
        {
            if (b is not PyType bt)
                throw PyErr.TypeError($"{type.Name}.__bases__ must be tuple of classes, not '{b.ObType.Name}'");
            // The tp_base chain too: a custom mro() re-entering here has already assigned Base while
            // the MROs are not updated yet, and a cycle there would make every base walk loop forever.
            if (bt.IsSubtype(type) || (bt.Mro != null && (bt.MroArray.Contains(type) || BaseChainContains(bt, type))))
                throw PyErr.TypeError("a __bases__ item causes an inheritance cycle");
        }
        var newBase = BestBase(nb.Items.Cast<PyType>().ToArray());
        var oldBase = type.Base!;
        // Different built-in layouts free their instances differently: CPython reports the deallocator.
        if (!ReferenceEquals(newBase.SolidBase, oldBase.SolidBase))
            throw PyErr.TypeError($"__bases__ assignment: '{newBase.Name}' deallocator differs from '{oldBase.Name}'");
        if (!ReferenceEquals(SolidLayout(newBase), SolidLayout(oldBase)))
            throw PyErr.TypeError($"__bases__ assignment: '{newBase.Name}' object layout differs from '{oldBase.Name}'");

        var oldBases = type.Bases;
        var affected = new List<(PyType T, PyType[] Mro)>();
        void Collect(PyType t)
        {
            affected.Add((t, t.MroArray));
            foreach (var s in t.GetSubclasses(ts)) Collect(s);
        }
        Collect(type);
        type.Bases = nb;
        type.Base = newBase;
        try
        {
            foreach (var (t, _) in affected)
            {
                t.MroArray = ReferenceEquals(t.ObType, BuiltinTypes.Type) || t.ObType.Lookup(Names.mro) is PyMethodDescriptor
                    ? ComputeMro(ts, t)
                    : CustomMro(ts, t);
                t.Mro = new PyTuple(t.MroArray);
            }
        }
        catch
        {
            foreach (var (t, mro) in affected) { t.MroArray = mro; t.Mro = new PyTuple(mro); }
            // Unless a re-entrant assignment replaced them meanwhile (it stands, as in CPython).
            if (ReferenceEquals(type.Bases, nb))
            {
                type.Bases = oldBases;
                type.Base = oldBase;
            }
            throw;
        }
        // A custom mro() may have assigned __bases__ again meanwhile; that assignment moved the
        // subclass registries itself, and moving them again here would register a cycle.
        if (!ReferenceEquals(type.Bases, nb)) return;
        foreach (var b in oldBases.Items) ((PyType)b).RemoveSubclass(ts, type);
        foreach (var b in nb.Items) ((PyType)b).AddSubclass(ts, type);
        type.InvalidateLookupCaches(ts);
        foreach (var (t, _) in affected) t.FixupSlots();
    }

    /// <summary>type_is_subtype_base_chain: <paramref name="target"/> is on <paramref name="t"/>'s tp_base chain.</summary>
    private static bool BaseChainContains(PyType t, PyType target)
    {
        for (PyType? b = t; b != null; b = b.Base)
            if (ReferenceEquals(b, target)) return true;
        return ReferenceEquals(target, BuiltinTypes.Object);
    }

    /// <summary>The base whose instance layout the new class extends; bases with different built-in layouts conflict.</summary>
    private static PyType BestBase(PyType[] bases)
    {
        PyType? best = null, bestSolid = null;
        foreach (var b in bases)
        {
            var solid = SolidLayout(b);
            if (bestSolid == null) { best = b; bestSolid = solid; }
            else if (bestSolid.IsSubtype(solid)) { }
            else if (solid.IsSubtype(bestSolid)) { best = b; bestSolid = solid; }
            else throw PyErr.TypeError("multiple bases have instance lay-out conflict");
        }
        return best!;
    }

    static readonly PyStr ClassDictCell = PyStr.Immortal("__classdictcell__");

    /// <summary>The nearest type in the base chain that adds to the instance layout (a built-in, or a class with __slots__).</summary>
    private static PyType SolidLayout(PyType t)
    {
        for (var c = t; c != null; c = c.Base)
        {
            if (!c.IsHeapType)
            {
                if (c.Base != null && !HasOwnExceptionLayout(c) && c.IsSubtype(PyExc.BaseException)) continue;
                // A built-in type whose instances add no state to its base's (e.g. typing.Generic) is not solid.
                if (ReferenceEquals(c.SolidBase, c)) return c;
            }
            if (c.SlotCount > (c.Base?.SlotCount ?? 0)) return c;
        }
        return BuiltinTypes.Object;
    }

    /// <summary>
    /// The built-in exceptions with their own C struct in CPython (the others share BaseException's
    /// layout, so e.g. class E(LookupError, SystemError) is allowed while (OSError, ImportError) conflicts).
    /// </summary>
    private static bool HasOwnExceptionLayout(PyType t)
        => ReferenceEquals(t, PyExc.BaseException) || ReferenceEquals(t, PyExc.BaseExceptionGroup) || ReferenceEquals(t, PyExc.StopIteration)
            || ReferenceEquals(t, PyExc.SystemExit) || ReferenceEquals(t, PyExc.ImportError) || ReferenceEquals(t, PyExc.OSError)
            || ReferenceEquals(t, PyExc.NameError) || ReferenceEquals(t, PyExc.AttributeError) || ReferenceEquals(t, PyExc.SyntaxError)
            || ReferenceEquals(t, PyExc.UnicodeEncodeError) || ReferenceEquals(t, PyExc.UnicodeDecodeError) || ReferenceEquals(t, PyExc.UnicodeTranslateError);

    private static void SetupSlotsAndDict(ThreadState ts, PyType t, PyType bestBase, PyObject[] bases)
    {
        var dict = t.Dict;
        bool baseHasDict = bases.Any(b => ((PyType)b).HasInstanceDict) || !ReferenceEquals(bestBase.SolidBase, BuiltinTypes.Object) && bestBase.SolidBase.IsBaseType && bestBase.IsHeapType;
        t.SlotCount = bestBase.SlotCount;
        if (!dict.TryGetStr(Names.__slots__, out var slotsObj))
        {
            t.HasInstanceDict = true;
            // Variable-size built-ins (int, bytes, tuple) leave no room for a weak-reference slot.
            AddDictDescriptors(t, bases, addWeakref: PyWeakref.IsWeakrefable(t));
            return;
        }
        PyObject[] slotNames = slotsObj is PyStr ? [slotsObj!] : Ops.ToArray(ts, slotsObj!);
        // Variable-size built-ins (CPython's tp_itemsize != 0) have no room for slots after their items.
        if (slotNames.Length > 0 && (bestBase.IsSubtype(BuiltinTypes.Int) || bestBase.IsSubtype(BuiltinTypes.Bytes) || bestBase.IsSubtype(BuiltinTypes.Tuple)))
            throw PyErr.TypeError($"nonempty __slots__ not supported for subtype of '{bestBase.Name}'");
        bool wantDict = baseHasDict;
        // type_new_visit_slots: __weakref__ only where the base has no weak reference slot yet.
        // Kaa's static types mostly accept weak references (CPython's mostly keep no list), so a
        // "__weakref__" slot over a static base is refused only where the base shows the descriptor.
        bool baseWeakref = PyWeakref.IsWeakrefable(bestBase);
        bool haveWeakref = bestBase.IsHeapType ? baseWeakref : bestBase.Lookup(Names.__weakref__) != null;
        bool addsWeakref = false;
        var seen = new HashSet<string>();
        var members = new List<string>();
        foreach (var s in slotNames)
        {
            if (s is not PyStr ss) throw PyErr.TypeError($"__slots__ items must be strings, not '{s.ObType.Name}'");
            if (!IsIdentifier(ss.Value)) throw PyErr.TypeError("__slots__ must be identifiers");
            if (ss.Value == "__dict__")
            {
                if (wantDict) throw PyErr.TypeError("__dict__ slot disallowed: we already got one");
                wantDict = true;
                continue;
            }
            if (ss.Value == "__weakref__")
            {
                if (haveWeakref) throw PyErr.TypeError("__weakref__ slot disallowed: we already got one");
                haveWeakref = addsWeakref = true;
                continue;
            }
            var mangled = Mangle(t.Name, ss.Value);
            if (!seen.Add(mangled)) continue;   // CPython accepts a repeated name: one attribute
            if (dict.TryGetStr(PyStr.From(mangled), out _))
                throw PyErr.ValueError($"'{mangled}' in __slots__ conflicts with class variable");
            members.Add(mangled);
        }
        t.HasInstanceDict = wantDict;
        t.NoWeakrefSlot = !baseWeakref && !addsWeakref;
        if (wantDict) AddDictDescriptors(t, bases, addWeakref: false);
        if (addsWeakref) AddWeakrefDescriptor(t);
        if (members.Count > 0 && !ReferenceEquals(bestBase.SolidBase, BuiltinTypes.Object))
        {
            // Slots on subclasses of built-ins other than object are kept in the instance dict.
            t.HasInstanceDict = true;
            AddDictDescriptors(t, bases, addWeakref: false);
            return;
        }
        // Sorted, as CPython sorts the mangled names: two classes with the same slots in another order
        // share a layout, so __class__ assignment between them keeps each value under its name.
        members.Sort(string.CompareOrdinal);
        foreach (var m in members)
            dict.SetItemStr(PyStr.From(m), new PyMemberDescriptor(t, m, t.SlotCount++));
    }

    /// <summary>The __dict__ and __weakref__ descriptors a class gets when it is the first in its MRO to
    /// give instances a dict (CPython's subtype_dict / subtype_getweakref getsets).</summary>
    private static void AddDictDescriptors(PyType t, PyObject[] bases, bool addWeakref = true)
    {
        if (bases.Any(b => ((PyType)b).Lookup(Names.__dict__) is PyGetSetDescriptor)) return;
        if (t.Dict.TryGetStr(Names.__dict__, out _)) return;
        t.Dict.SetItemStr(Names.__dict__, new PyGetSetDescriptor(t, "__dict__", (ts, o) =>
        {
            if (o is not IHasDict hd) throw PyErr.AttributeError($"'{o.ObType.Name}' object has no attribute '__dict__'");
            return hd.Dict ??= new PyDict();
        }, (ts, o, v) =>
        {
            if (v == null)
            {
                // Allowed, as in CPython: the instance's attributes are gone, and reading __dict__
                // afterwards gives a new empty dict.
                if (o is not IHasDict cleared) throw PyErr.AttributeError($"'{o.ObType.Name}' object has no attribute '__dict__'");
                cleared.Dict = new PyDict();
                return;
            }
            if (v is not PyDict d) throw PyErr.TypeError($"__dict__ must be set to a dictionary, not a '{v.ObType.Name}'");
            if (o is not IHasDict hd) throw PyErr.AttributeError($"'{o.ObType.Name}' object has no attribute '__dict__'");
            hd.Dict = d;
        }, "dictionary for instance variables"));
        if (addWeakref) AddWeakrefDescriptor(t);
    }

    private static void AddWeakrefDescriptor(PyType t)
    {
        if (!t.Dict.TryGetStr(Names.__weakref__, out _))
            t.Dict.SetItemStr(Names.__weakref__, new PyGetSetDescriptor(t, "__weakref__", (ts, o) => PyNone.Value, null,
                "list of weak references to the object"));
    }

    internal static string Mangle(string className, string name)
    {
        if (!name.StartsWith("__", StringComparison.Ordinal) || name.EndsWith("__", StringComparison.Ordinal) || name.Contains('.')) return name;
        var cls = className.TrimStart('_');
        return cls.Length == 0 ? name : $"_{cls}{name}";
    }

    private static bool IsIdentifier(string s)
        => s.Length > 0 && (char.IsLetter(s[0]) || s[0] == '_') && s.All(c => char.IsLetterOrDigit(c) || c == '_');

    private static PyType[] CustomMro(ThreadState ts, PyType t)
    {
        var r = Ops.CallMethod(ts, t, Names.mro);
        return Ops.ToArray(ts, r).Select(x => x as PyType ?? throw PyErr.TypeError($"mro() returned a non-class ('{x.ObType.Name}')")).ToArray();
    }

    /// <summary>C3 linearization.</summary>
    internal static PyType[] ComputeMro(ThreadState ts, PyType t)
    {
        var bases = t.Bases.Items.Cast<PyType>().ToArray();
        if (bases.Length == 1) return [t, .. bases[0].MroArray];
        for (int i = 0; i < bases.Length; i++)
            for (int j = i + 1; j < bases.Length; j++)
                if (ReferenceEquals(bases[i], bases[j])) throw PyErr.TypeError($"duplicate base class {bases[i].Name}");
        var seqs = bases.Select(b => new List<PyType>(b.MroArray)).ToList();
        seqs.Add(new List<PyType>(bases));
        var result = new List<PyType> { t };
        while (true)
        {
            seqs.RemoveAll(s => s.Count == 0);
            if (seqs.Count == 0) return result.ToArray();
            PyType? cand = null;
            foreach (var s in seqs)
            {
                var head = s[0];
                if (seqs.Any(o => o.IndexOf(head) > 0)) continue;
                cand = head;
                break;
            }
            if (cand == null)
            {
                var heads = new List<string>();
                foreach (var s in seqs)
                    if (!heads.Contains(s[0].Name)) heads.Add(s[0].Name);
                throw PyErr.TypeError($"Cannot create a consistent method resolution order (MRO) for bases {string.Join(", ", heads)}");
            }
            result.Add(cand);
            foreach (var s in seqs)
                if (ReferenceEquals(s[0], cand)) s.RemoveAt(0);
        }
    }
}
