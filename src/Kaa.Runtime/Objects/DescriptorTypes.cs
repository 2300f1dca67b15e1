using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>Slots of the descriptor and callable wrapper types.</summary>
internal static class DescriptorTypes
{
    /// <summary>(getattr, (owner, name)): how CPython's descriptors and bound built-in methods pickle.</summary>
    private static PyObject GetAttrReduce(ThreadState ts, PyObject owner, string name)
        => PyTuple.Create(Ops.GetBuiltin(ts, "getattr"),
            PyTuple.Create(owner, PyStr.From(name)));

    // CPython's internal docstrings may start with "name(signature)\n--\n\n" (find_signature in
    // Objects/typeobject.c): __text_signature__ is the "(signature)" part, __doc__ the rest.
    private const string SignatureEnd = ")\n--\n\n";

    private static int SignatureLength(string name, string doc)
    {
        if (!doc.StartsWith(name, StringComparison.Ordinal) || doc.Length <= name.Length || doc[name.Length] != '(') return -1;
        int end = doc.IndexOf(SignatureEnd, name.Length, StringComparison.Ordinal);
        return end < 0 ? -1 : end + 1;
    }

    internal static PyObject DocWithoutSignature(string name, string? doc)
    {
        if (doc == null) return PyNone.Value;
        int n = SignatureLength(name, doc);
        return PyStr.From(n < 0 ? doc : doc[(n + SignatureEnd.Length - 1)..]);
    }

    internal static PyObject TextSignature(string name, string? doc)
    {
        if (doc == null) return PyNone.Value;
        int n = SignatureLength(name, doc);
        return n < 0 ? PyNone.Value : PyStr.From(doc[name.Length..n]);
    }

    internal static void Init()
    {
        var bf = BuiltinTypes.BuiltinFunction;
        bf.TpCall = (ts, c, args, kw) => ((PyBuiltinFunction)c).Invoke(ts, args, kw);
        // meth_richcompare / meth_hash: bound built-in methods are equal when they bind the same object
        // to the same function (typing compares Generic.__init_subclass__ this way).
        bf.TpRichCompare = (ts, a, b, op) =>
        {
            if ((op != CompareOp.Eq && op != CompareOp.Ne) || a is not PyBuiltinFunction x || b is not PyBuiltinFunction y)
                return PyNotImplemented.Value;
            bool eq = ReferenceEquals(x.Self ?? x.Module, y.Self ?? y.Module)
                && ReferenceEquals((Delegate?)x.Method ?? x.Func, (Delegate?)y.Method ?? y.Func);
            return PyBool.From(op == CompareOp.Eq ? eq : !eq);
        };
        bf.TpHash = (ts, o) =>
        {
            var f = (PyBuiltinFunction)o;
            long h = System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(f.Self ?? (PyObject?)f.Module ?? f)
                ^ System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode((Delegate?)f.Method ?? f.Func!);
            return h == -1 ? -2 : h;
        };
        bf.TpRepr = (ts, o) =>
        {
            var f = (PyBuiltinFunction)o;
            // tp_new_wrapper is bound to its type: <built-in method __new__ of type object at 0x...>.
            if (f.NewOwner is { } owner) return PyStr.From($"<built-in method {f.Name} of type object at 0x{ObjectIds.Id(ts, owner):x}>");
            if (f.Self == null || f.Self is PyModule) return PyStr.From($"<built-in function {f.Name}>");
            return PyStr.From($"<built-in method {f.Name} of {f.Self.ObType.Name} object at 0x{ObjectIds.Id(ts, f.Self):x}>");
        };
        bf.AddGetSet("__name__", (ts, o) => PyStr.From(((PyBuiltinFunction)o).Name));
        bf.AddGetSet("__qualname__", (ts, o) =>
        {
            var f = (PyBuiltinFunction)o;
            if (f.Self is PyType st) return PyStr.From($"{st.Name}.{f.Name}");
            // tp_new_wrapper is a method of the type it constructs: int.__new__.__qualname__ is 'int.__new__'.
            if (f.NewOwner is { } owner) return PyStr.From($"{owner.Name}.{f.Name}");
            if (f.QualNamePrefix is { } prefix) return PyStr.From($"{prefix}.{f.Name}");
            if (f.Self != null && f.Self is not PyModule) return PyStr.From($"{f.Self.ObType.Name}.{f.Name}");
            return PyStr.From(f.Name);
        });
        bf.AddGetSet("__self__", (ts, o) => ((PyBuiltinFunction)o).Self ?? ((PyBuiltinFunction)o).NewOwner ?? (PyObject?)((PyBuiltinFunction)o).Module ?? PyNone.Value);
        bf.AddGetSet("__module__", (ts, o) => ((PyBuiltinFunction)o).Module is { } m ? PyStr.From(m.Name) : PyNone.Value);
        bf.AddGetSet("__doc__", (ts, o) => DocWithoutSignature(((PyBuiltinFunction)o).Name, ((PyBuiltinFunction)o).Doc));
        bf.AddGetSet("__text_signature__", (ts, o) => TextSignature(((PyBuiltinFunction)o).Name, ((PyBuiltinFunction)o).Doc));
        // meth_reduce: functions pickle as their qualified name (pickle looks it up in __module__);
        // bound methods as getattr(self, name).
        bf.AddMethod("__reduce__", (ts, o, a, kw) =>
        {
            Args.Exact("__reduce__", a, kw, 0);
            var f = (PyBuiltinFunction)o;
            if (f.Self == null || f.Self is PyModule) return Ops.GetAttr(ts, o, PyStr.From("__qualname__"));
            return GetAttrReduce(ts, f.Self, f.Name);
        });

        var md = BuiltinTypes.MethodDescriptor;
        md.IsMethodDescriptor = true;
        md.TpDescrGet = (ts, d, obj, type) =>
        {
            var m = (PyMethodDescriptor)d;
            if (obj == null) return d;
            CheckSelf(obj, m.Owner, m.Name);
            return new PyBuiltinFunction(m.Name, m.Method, obj, m.Doc);
        };
        md.TpCall = (ts, c, args, kw) =>
        {
            var m = (PyMethodDescriptor)c;
            if (args.Length - (kw?.Count ?? 0) < 1)
                throw PyErr.TypeError($"unbound method {m.Owner.Name}.{m.Name}() needs an argument");
            CheckSelf(args[0], m.Owner, m.Name);
            return m.Method(ts, args[0], args[1..], kw);
        };
        md.TpRepr = (ts, o) => PyStr.From($"<method '{((PyMethodDescriptor)o).Name}' of '{((PyMethodDescriptor)o).Owner.TpName}' objects>");
        md.AddMember("__name__", (ts, o) => PyStr.From(((PyMethodDescriptor)o).Name));
        md.AddGetSet("__qualname__", (ts, o) => PyStr.From($"{((PyMethodDescriptor)o).Owner.Name}.{((PyMethodDescriptor)o).Name}"));
        md.AddMember("__objclass__", (ts, o) => ((PyMethodDescriptor)o).Owner);
        md.AddGetSet("__doc__", (ts, o) => DocWithoutSignature(((PyMethodDescriptor)o).Name, ((PyMethodDescriptor)o).Doc));
        md.AddGetSet("__text_signature__", (ts, o) => TextSignature(((PyMethodDescriptor)o).Name, ((PyMethodDescriptor)o).Doc));
        md.AddMethod("__reduce__", (ts, o, a, kw) =>
        {
            Args.Exact("__reduce__", a, kw, 0);
            return GetAttrReduce(ts, ((PyMethodDescriptor)o).Owner, ((PyMethodDescriptor)o).Name);
        });

        var cmd = BuiltinTypes.ClassMethodDescriptor;
        cmd.TpDescrGet = (ts, d, obj, type) =>
        {
            var m = (PyClassMethodDescriptor)d;
            var cls = type ?? obj!.ObType;
            return new PyBuiltinFunction(m.Name, m.Method, cls, m.Doc);
        };
        cmd.TpRepr = (ts, o) => PyStr.From($"<method '{((PyClassMethodDescriptor)o).Name}' of '{((PyClassMethodDescriptor)o).Owner.TpName}' objects>");
        // classmethoddescr_call: dict.__dict__['fromkeys'](dict, seq) binds to its first argument, a type.
        cmd.TpCall = (ts, c, args, kw) =>
        {
            var m = (PyClassMethodDescriptor)c;
            if (args.Length - (kw?.Count ?? 0) < 1)
                throw PyErr.TypeError($"descriptor '{m.Name}' of '{m.Owner.TpName}' object needs an argument");
            if (args[0] is not PyType cls)
                throw PyErr.TypeError($"descriptor '{m.Name}' for type '{m.Owner.TpName}' needs a type, not a '{args[0].ObType.TpName}' as arg 2");
            if (!cls.IsSubtype(m.Owner))
                throw PyErr.TypeError($"descriptor '{m.Name}' requires a subtype of '{m.Owner.TpName}' but received '{cls.TpName}'");
            return m.Method(ts, cls, args[1..], kw);
        };
        // descr_members and the method getsets, as on method_descriptor.
        cmd.AddMember("__name__", (ts, o) => PyStr.From(((PyClassMethodDescriptor)o).Name));
        cmd.AddGetSet("__qualname__", (ts, o) => PyStr.From($"{((PyClassMethodDescriptor)o).Owner.Name}.{((PyClassMethodDescriptor)o).Name}"));
        cmd.AddMember("__objclass__", (ts, o) => ((PyClassMethodDescriptor)o).Owner);
        cmd.AddGetSet("__doc__", (ts, o) => DocWithoutSignature(((PyClassMethodDescriptor)o).Name, ((PyClassMethodDescriptor)o).Doc));
        cmd.AddGetSet("__text_signature__", (ts, o) => TextSignature(((PyClassMethodDescriptor)o).Name, ((PyClassMethodDescriptor)o).Doc));

        var wd = BuiltinTypes.WrapperDescriptor;
        wd.IsMethodDescriptor = true;
        wd.TpDescrGet = (ts, d, obj, type) => obj == null ? d : new PyMethodWrapper((PySlotWrapper)d, CheckSelf(obj, ((PySlotWrapper)d).Owner, ((PySlotWrapper)d).Name));
        wd.TpCall = (ts, c, args, kw) =>
        {
            var w = (PySlotWrapper)c;
            if (args.Length < 1) throw PyErr.TypeError($"descriptor '{w.Name}' of '{w.Owner.Name}' object needs an argument");
            // wrapperdescr_call's own wording (binding through __get__ uses CheckSelf's).
            if (!args[0].ObType.IsSubtype(w.Owner))
                throw PyErr.TypeError($"descriptor '{w.Name}' requires a '{w.Owner.Name}' object but received a '{args[0].ObType.Name}'");
            return CallWrapper(ts, w, args[0], args[1..], kw);
        };
        wd.TpRepr = (ts, o) => PyStr.From($"<slot wrapper '{((PySlotWrapper)o).Name}' of '{((PySlotWrapper)o).Owner.TpName}' objects>");
        wd.AddMember("__name__", (ts, o) => PyStr.From(((PySlotWrapper)o).Name));
        wd.AddGetSet("__qualname__", (ts, o) => PyStr.From($"{((PySlotWrapper)o).Owner.Name}.{((PySlotWrapper)o).Name}"));
        wd.AddMember("__objclass__", (ts, o) => ((PySlotWrapper)o).Owner);
        wd.AddGetSet("__doc__", (ts, o) => DocWithoutSignature(((PySlotWrapper)o).Name, SlotWrapperDocs.For(((PySlotWrapper)o).Name)));
        wd.AddGetSet("__text_signature__", (ts, o) => TextSignature(((PySlotWrapper)o).Name, SlotWrapperDocs.For(((PySlotWrapper)o).Name)));
        wd.AddMethod("__reduce__", (ts, o, a, kw) =>
        {
            Args.Exact("__reduce__", a, kw, 0);
            return GetAttrReduce(ts, ((PySlotWrapper)o).Owner, ((PySlotWrapper)o).Name);
        });

        var mw = BuiltinTypes.MethodWrapper;
        mw.TpCall = (ts, c, args, kw) => CallWrapper(ts, ((PyMethodWrapper)c).Wrapper, ((PyMethodWrapper)c).Self, args, kw);
        mw.TpRepr = (ts, o) =>
        {
            var m = (PyMethodWrapper)o;
            return PyStr.From($"<method-wrapper '{m.Wrapper.Name}' of {m.Self.ObType.TpName} object at 0x{ObjectIds.Id(ts, m.Self):x}>");
        };
        // wrapper_richcompare / wrapper_hash: equal when they wrap the same slot for the same object.
        mw.TpRichCompare = (ts, a, b, op) =>
        {
            if ((op != CompareOp.Eq && op != CompareOp.Ne) || a is not PyMethodWrapper x || b is not PyMethodWrapper y)
                return PyNotImplemented.Value;
            bool eq = ReferenceEquals(x.Wrapper, y.Wrapper) && ReferenceEquals(x.Self, y.Self);
            return PyBool.From(op == CompareOp.Eq ? eq : !eq);
        };
        mw.TpHash = (ts, o) =>
        {
            var m = (PyMethodWrapper)o;
            long h = System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(m.Self) ^ System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(m.Wrapper);
            return h == -1 ? -2 : h;
        };
        mw.AddGetSet("__name__", (ts, o) => PyStr.From(((PyMethodWrapper)o).Wrapper.Name));
        mw.AddGetSet("__qualname__", (ts, o) => PyStr.From($"{((PyMethodWrapper)o).Wrapper.Owner.Name}.{((PyMethodWrapper)o).Wrapper.Name}"));
        mw.AddGetSet("__objclass__", (ts, o) => ((PyMethodWrapper)o).Wrapper.Owner);
        mw.AddGetSet("__doc__", (ts, o) => DocWithoutSignature(((PyMethodWrapper)o).Wrapper.Name, SlotWrapperDocs.For(((PyMethodWrapper)o).Wrapper.Name)));
        mw.AddGetSet("__text_signature__", (ts, o) => TextSignature(((PyMethodWrapper)o).Wrapper.Name, SlotWrapperDocs.For(((PyMethodWrapper)o).Wrapper.Name)));
        mw.AddMember("__self__", (ts, o) => ((PyMethodWrapper)o).Self);
        mw.AddMethod("__reduce__", (ts, o, a, kw) =>
        {
            Args.Exact("__reduce__", a, kw, 0);
            return GetAttrReduce(ts, ((PyMethodWrapper)o).Self, ((PyMethodWrapper)o).Wrapper.Name);
        });

        var gs = BuiltinTypes.GetSetDescriptor;
        gs.TpDescrGet = (ts, d, obj, type) =>
        {
            var g = (PyGetSetDescriptor)d;
            if (obj == null) return d;
            CheckSelf(obj, g.Owner, g.Name);
            return g.Getter(ts, obj);
        };
        gs.TpDescrSet = (ts, d, obj, value) =>
        {
            var g = (PyGetSetDescriptor)d;
            if (g.Setter == null)
                throw PyErr.AttributeError($"attribute '{g.Name}' of '{g.Owner.TpName}' objects is not writable");
            g.Setter(ts, obj, value);
        };
        gs.TpRepr = (ts, o) => PyStr.From($"<attribute '{((PyGetSetDescriptor)o).Name}' of '{((PyGetSetDescriptor)o).Owner.TpName}' objects>");
        gs.AddMember("__name__", (ts, o) => PyStr.From(((PyGetSetDescriptor)o).Name));
        gs.AddGetSet("__qualname__", (ts, o) => PyStr.From($"{((PyGetSetDescriptor)o).Owner.QualName}.{((PyGetSetDescriptor)o).Name}"));
        gs.AddMember("__objclass__", (ts, o) => ((PyGetSetDescriptor)o).Owner);
        gs.AddGetSet("__doc__", (ts, o) => ((PyGetSetDescriptor)o).Doc is { } d ? PyStr.From(d) : PyNone.Value);

        var mem = BuiltinTypes.MemberDescriptor;
        mem.TpDescrGet = (ts, d, obj, type) =>
        {
            var m = (PyMemberDescriptor)d;
            if (obj == null) return d;
            CheckSelf(obj, m.Owner, m.Name);
            if (m.Getter != null) return m.Getter(ts, obj);
            var v = (obj as IHasSlots)?.GetSlot(m.Index);
            return v ?? throw PyErr.AttributeError($"'{obj.ObType.Name}' object has no attribute '{m.Name}'");
        };
        mem.TpDescrSet = (ts, d, obj, value) =>
        {
            var m = (PyMemberDescriptor)d;
            CheckSelf(obj, m.Owner, m.Name);
            if (m.Getter != null)
            {
                if (m.Setter == null) throw PyErr.AttributeError("readonly attribute");
                m.Setter(ts, obj, value);
                return;
            }
            var slots = obj as IHasSlots ?? throw PyErr.TypeError("member descriptor on an object without slots");
            if (value == null && slots.GetSlot(m.Index) == null)
                throw PyErr.AttributeError($"'{obj.ObType.Name}' object has no attribute '{m.Name}'");
            slots.SetSlot(m.Index, value);
        };
        mem.TpRepr = (ts, o) => PyStr.From($"<member '{((PyMemberDescriptor)o).Name}' of '{((PyMemberDescriptor)o).Owner.TpName}' objects>");
        mem.AddMember("__name__", (ts, o) => PyStr.From(((PyMemberDescriptor)o).Name));
        mem.AddGetSet("__qualname__", (ts, o) => PyStr.From($"{((PyMemberDescriptor)o).Owner.QualName}.{((PyMemberDescriptor)o).Name}"));
        mem.AddMember("__objclass__", (ts, o) => ((PyMemberDescriptor)o).Owner);
        mem.AddGetSet("__doc__", (ts, o) => ((PyMemberDescriptor)o).Doc is { } doc ? PyStr.From(doc) : PyNone.Value);
    }

    private static PyObject CheckSelf(PyObject obj, PyType owner, string name)
    {
        if (!obj.ObType.IsSubtype(owner))
            throw PyErr.TypeError($"descriptor '{name}' for '{owner.Name}' objects doesn't apply to a '{obj.ObType.Name}' object");
        return obj;
    }

    /// <summary>Calls a slot function from Python (the wrap_* functions of CPython's typeobject.c).</summary>
    private static PyObject CallWrapper(ThreadState ts, PySlotWrapper w, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        string n = w.Name;
        if (w.Kind != WrapperKind.Call && w.Kind != WrapperKind.Init) Args.NoKeywords(n, kw);
        void Want(ReadOnlySpan<PyObject> a, int count)
        {
            if (a.Length != count)
                throw PyErr.TypeError(count == 0 ? $"expected 0 arguments, got {a.Length}" : $"expected {count} argument{(count == 1 ? "" : "s")}, got {a.Length}");
        }
        switch (w.Kind)
        {
            case WrapperKind.Unary: Want(args, 0); return ((UnaryFunc)w.Function)(ts, self);
            case WrapperKind.BinaryLeft: Want(args, 1); return ((BinaryFunc)w.Function)(ts, self, args[0]);
            case WrapperKind.BinaryRight: Want(args, 1); return ((BinaryFunc)w.Function)(ts, args[0], self);
            case WrapperKind.IndexArg:
                Want(args, 1);
                return ((BinaryFunc)w.Function)(ts, self, PyInt.From(StrType.AsSsize(ts, args[0])));
            // wrap_ternaryfunc(_r): a modulus other than None goes to the owner's ternary power.
            case WrapperKind.PowerLeft or WrapperKind.PowerRight:
                if (args.Length is < 1 or > 2) throw PyErr.TypeError($"expected 1 or 2 arguments, got {args.Length}");
                var (pa, pb) = w.Kind == WrapperKind.PowerLeft ? (self, args[0]) : (args[0], self);
                if (args.Length == 1 || args[1] is PyNone) return ((BinaryFunc)w.Function)(ts, pa, pb);
                return w.Owner.NbPowerMod is { } pm ? pm(ts, pa, pb, args[1]) : PyNotImplemented.Value;
            case WrapperKind.RichCompare: Want(args, 1); return ((RichCompareFunc)w.Function)(ts, self, args[0], (CompareOp)w.Arg);
            case WrapperKind.Hash: Want(args, 0); return PyInt.From(((HashFunc)w.Function)(ts, self));
            case WrapperKind.Call: return ((CallFunc)w.Function)(ts, self, args, kw);
            case WrapperKind.GetAttribute:
                Want(args, 1);
                if (args[0] is not PyStr an) throw PyErr.TypeError($"attribute name must be string, not '{args[0].ObType.Name}'");
                return ((GetAttroFunc)w.Function)(ts, self, an, false)!;
            case WrapperKind.SetAttr:
                Want(args, 2);
                if (args[0] is not PyStr sn) throw PyErr.TypeError($"attribute name must be string, not '{args[0].ObType.Name}'");
                CheckHackery(self, w, sn);
                ((SetAttroFunc)w.Function)(ts, self, sn, args[1]);
                return PyNone.Value;
            case WrapperKind.DelAttr:
                Want(args, 1);
                if (args[0] is not PyStr dn) throw PyErr.TypeError($"attribute name must be string, not '{args[0].ObType.Name}'");
                CheckHackery(self, w, dn);
                ((SetAttroFunc)w.Function)(ts, self, dn, null);
                return PyNone.Value;
            case WrapperKind.Next:
                Want(args, 0);
                ts.ClearStopIteration();
                return ((IterNextFunc)w.Function)(ts, self) ?? throw PyErr.StopIterationOf(ts, self);
            case WrapperKind.DescrGet:
                if (args.Length < 1 || args.Length > 2) throw PyErr.TypeError($"expected 1 or 2 arguments, got {args.Length}");
                var inst = args[0] is PyNone ? null : args[0];
                var owner = args.Length > 1 && args[1] is PyType ot ? ot : null;
                if (inst == null && owner == null) throw PyErr.TypeError("__get__(None, None) is invalid");
                return ((DescrGetFunc)w.Function)(ts, self, inst, owner);
            case WrapperKind.DescrSet: Want(args, 2); ((DescrSetFunc)w.Function)(ts, self, args[0], args[1]); return PyNone.Value;
            case WrapperKind.DescrDelete: Want(args, 1); ((DescrSetFunc)w.Function)(ts, self, args[0], null); return PyNone.Value;
            case WrapperKind.Init: ((InitFunc)w.Function)(ts, self, args, kw); return PyNone.Value;
            case WrapperKind.Bool: Want(args, 0); return PyBool.From(((InquiryFunc)w.Function)(ts, self));
            case WrapperKind.Len: Want(args, 0); return PyInt.From(((LenFunc)w.Function)(ts, self));
            case WrapperKind.GetItem: Want(args, 1); return ((BinaryFunc)w.Function)(ts, self, args[0]);
            case WrapperKind.SetItem: Want(args, 2); ((SetItemFunc)w.Function)(ts, self, args[0], args[1]); return PyNone.Value;
            case WrapperKind.DelItem: Want(args, 1); ((SetItemFunc)w.Function)(ts, self, args[0], null); return PyNone.Value;
            case WrapperKind.Contains: Want(args, 1); return PyBool.From(((ContainsFunc)w.Function)(ts, self, args[0]));
            default: throw PyErr.SystemError($"unknown wrapper kind {w.Kind}");
        }
    }

    /// <summary>CPython's hackcheck: object.__setattr__(int, 'x', 1) must not modify a built-in type.</summary>
    private static void CheckHackery(PyObject self, PySlotWrapper w, PyStr name)
    {
        if (self is PyType t && !t.IsHeapType && ReferenceEquals(w.Owner, BuiltinTypes.Object))
            throw PyErr.TypeError($"cannot set '{name.Value}' attribute of immutable type '{t.Name}'");
    }
}
