using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>
/// The slot functions a heap type gets when a dunder resolves to Python code (CPython's slot_tp_*,
/// slot_nb_*): each looks the special method up on the type (never the instance) and calls it.
/// </summary>
internal static class SlotFunctions
{
    /// <summary>Calls type(self).name(self, args...); AttributeError if absent.</summary>
    internal static PyObject CallSpecial(ThreadState ts, PyObject self, PyStr name, params ReadOnlySpan<PyObject> args)
    {
        var meth = self.ObType.Lookup(name);
        if (meth == null)
            throw PyErr.AttributeError(self, name);
        return Ops.CallUnbound(ts, meth, self, args);
    }

    /// <summary>NotImplemented when the method is absent. A method set to None is called like any
    /// other value (CPython's lookup_maybe_method), so `__add__ = None` blocks the operation with
    /// "'NoneType' object is not callable".</summary>
    internal static PyObject CallSpecialOrNotImplemented(ThreadState ts, PyObject self, PyStr name, PyObject arg)
    {
        var meth = self.ObType.Lookup(name);
        if (meth == null) return PyNotImplemented.Value;
        return Ops.CallUnbound(ts, meth, self, [arg]);
    }

    internal static PyObject Repr(ThreadState ts, PyObject self) => CheckStr(CallSpecial(ts, self, Names.__repr__), "__repr__");
    internal static PyObject Str(ThreadState ts, PyObject self) => CheckStr(CallSpecial(ts, self, Names.__str__), "__str__");

    private static PyObject CheckStr(PyObject r, string what)
    {
        if (r is not PyStr)
            throw PyErr.TypeError($"{what} returned non-string (type {r.ObType.Name})");
        return r;
    }

    internal static long Hash(ThreadState ts, PyObject self)
    {
        var meth = self.ObType.Lookup(Names.__hash__);
        if (meth == null || meth is PyNone)
            throw PyErr.TypeError($"unhashable type: '{self.ObType.Name}'");
        var r = Ops.CallUnbound(ts, meth, self, []);
        if (r is not PyInt i)
            throw PyErr.TypeError("__hash__ method should return an integer");
        // slot_tp_hash: a result that fits in a Py_ssize_t is the hash as is (so a class can hash
        // like a str it equals); only a larger int is reduced by the int hash.
        long h = i.IsSmall ? i.Small : i.HashBig();
        return h == -1 ? -2 : h;
    }

    internal static PyObject Call(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var meth = self.ObType.Lookup(Names.__call__) ?? throw PyErr.TypeError($"'{self.ObType.Name}' object is not callable");
        // `A.__call__ = A()` makes every call recurse here (slot_tp_call's Py_EnterRecursiveCall).
        if (++ts.RecursionDepth > ts.Interp.RecursionLimit)
        {
            ts.RecursionDepth--;
            throw PyErr.RecursionError("maximum recursion depth exceeded while calling a Python object");
        }
        try
        {
            return Ops.CallUnboundKw(ts, meth, self, args, kwnames);
        }
        finally { ts.RecursionDepth--; }
    }

    internal static PyObject? GetAttrHook(ThreadState ts, PyObject self, PyStr name, bool suppress)
    {
        var type = self.ObType;
        var getattribute = type.Lookup(Names.__getattribute__);
        var getattr = type.Lookup(Names.__getattr__);
        PyObject? result;
        if (getattribute is PySlotWrapper { Def: var d, Function: GetAttroFunc f } && d.Names[0].Value == "__getattribute__")
        {
            if (getattr == null) return f(ts, self, name, suppress);
            try
            {
                result = f(ts, self, name, true);
            }
            catch (PyException e) when (e.Value.ObType.IsSubtype(PyExc.AttributeError))
            {
                // A descriptor raised it (an unset __slots__ member, a property): __getattr__ still runs.
                result = null;
            }
            if (result != null) return result;
        }
        else
        {
            try
            {
                return Ops.CallUnbound(ts, getattribute!, self, [name]);
            }
            catch (PyException e) when (e.Value.ObType.IsSubtype(PyExc.AttributeError))
            {
                if (getattr == null)
                {
                    if (suppress) return null;
                    throw;
                }
            }
        }
        try
        {
            return Ops.CallUnbound(ts, getattr, self, [name]);
        }
        catch (PyException e) when (suppress && e.Value.ObType.IsSubtype(PyExc.AttributeError))
        {
            return null;
        }
    }

    internal static void SetAttr(ThreadState ts, PyObject self, PyStr name, PyObject? value)
    {
        if (value == null) CallSpecial(ts, self, Names.__delattr__, name);
        else CallSpecial(ts, self, Names.__setattr__, name, value);
    }

    internal static PyObject RichCompare(ThreadState ts, PyObject self, PyObject other, CompareOp op)
    {
        var meth = self.ObType.Lookup(Names.CompareOpNames[(int)op]);
        if (meth == null) return PyNotImplemented.Value;
        return Ops.CallUnbound(ts, meth, self, [other]);
    }

    internal static PyObject Iter(ThreadState ts, PyObject self)
    {
        var meth = self.ObType.Lookup(Names.__iter__);
        if (meth == null || meth is PyNone)
            throw PyErr.TypeError($"'{self.ObType.Name}' object is not iterable");
        return Ops.CallUnbound(ts, meth, self, []);
    }

    internal static PyObject? IterNext(ThreadState ts, PyObject self)
    {
        try
        {
            return CallSpecial(ts, self, Names.__next__);
        }
        catch (PyException e) when (e.Value.ObType.IsSubtype(PyExc.StopIteration))
        {
            ts.SetStopIteration(self, e);
            return null;
        }
    }

    internal static PyObject DescrGet(ThreadState ts, PyObject self, PyObject? obj, PyType? type)
        => CallSpecial(ts, self, Names.__get__, obj ?? PyNone.Value, (PyObject?)type ?? PyNone.Value);

    internal static void DescrSet(ThreadState ts, PyObject self, PyObject obj, PyObject? value)
    {
        if (value == null) CallSpecial(ts, self, Names.__delete__, obj);
        else CallSpecial(ts, self, Names.__set__, obj, value);
    }

    internal static void Init(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var meth = self.ObType.Lookup(Names.__init__)!;
        var r = Ops.CallUnboundKw(ts, meth, self, args, kwnames);
        if (r is not PyNone)
            throw PyErr.TypeError($"__init__() should return None, not '{r.ObType.Name}'");
    }

    internal static PyObject New(ThreadState ts, PyType cls, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var meth = cls.Lookup(Names.__new__)!;
        if (meth is PyStaticMethod sm) meth = sm.Callable;
        var all = new PyObject[args.Length + 1];
        all[0] = cls;
        args.CopyTo(all.AsSpan(1));
        return Ops.Call(ts, meth, all, kwnames);
    }

    internal static bool Bool(ThreadState ts, PyObject self)
    {
        var meth = self.ObType.Lookup(Names.__bool__);
        if (meth == null)
        {
            var len = self.ObType.Lookup(Names.__len__);
            if (len == null) return true;
            return Len(ts, self) != 0;
        }
        // 3.14: `__bool__ = None` blocks truth testing with its own message (slot_nb_bool).
        if (meth is PyNone) throw PyErr.TypeError($"'{self.ObType.Name}' cannot be interpreted as a boolean");
        var r = Ops.CallUnbound(ts, meth, self, []);
        if (r is not PyBool b)
            throw PyErr.TypeError($"__bool__ should return bool, returned {r.ObType.Name}");
        return b.Value;
    }

    internal static long Len(ThreadState ts, PyObject self)
    {
        var r = CallSpecial(ts, self, Names.__len__);
        // CPython converts the result with PyNumber_AsSsize_t, so any __index__ object is accepted.
        var i = Ops.Index(ts, r);
        if (i.Sign < 0) throw PyErr.ValueError("__len__() should return >= 0");
        if (!i.IsSmall) throw PyErr.OverflowError("cannot fit 'int' into an index-sized integer");
        return i.Small;
    }

    internal static PyObject GetItem(ThreadState ts, PyObject self, PyObject key) => CallSpecial(ts, self, Names.__getitem__, key);

    internal static void SetItem(ThreadState ts, PyObject self, PyObject key, PyObject? value)
    {
        if (value == null) CallSpecial(ts, self, Names.__delitem__, key);
        else CallSpecial(ts, self, Names.__setitem__, key, value);
    }

    internal static bool Contains(ThreadState ts, PyObject self, PyObject item)
    {
        var meth = self.ObType.Lookup(Names.__contains__);
        if (meth == null) return Ops.ContainsByIteration(ts, self, item);
        if (meth is PyNone) throw PyErr.TypeError($"'{self.ObType.Name}' object is not a container");
        return Ops.IsTrue(ts, Ops.CallUnbound(ts, meth, self, [item]));
    }

    /// <summary>CPython's SLOT1BINFULL: try self.__op__(other), then other.__rop__(self), honouring
    /// the rule that a subclass overriding the reflected method goes first.</summary>
    internal static BinaryFunc MakeBinary(BinOp op, PyStr left, PyStr right)
    {
        BinaryFunc? self = null;
        self = (ts, a, b) =>
        {
            bool doOther = !ReferenceEquals(a.ObType, b.ObType) && ReferenceEquals(b.ObType.NbBinary[(int)op], self)
                           && b.ObType.Lookup(right) != null;
            if (ReferenceEquals(a.ObType.NbBinary[(int)op], self))
            {
                if (doOther && b.ObType.IsSubtype(a.ObType) && MethodIsOverloaded(a.ObType, b.ObType, right))
                {
                    var r1 = CallSpecialOrNotImplemented(ts, b, right, a);
                    if (r1 is not PyNotImplemented) return r1;
                    doOther = false;
                }
                var r = CallSpecialOrNotImplemented(ts, a, left, b);
                if (r is not PyNotImplemented || ReferenceEquals(a.ObType, b.ObType)) return r;
            }
            if (doOther) return CallSpecialOrNotImplemented(ts, b, right, a);
            return PyNotImplemented.Value;
        };
        return self;
    }

    /// <summary>
    /// slot_nb_power with a modulus (CPython 3.14): like the binary dispatcher, but __pow__ and __rpow__
    /// are called with the modulus as a second argument.
    /// </summary>
    internal static PyObject PowerMod(ThreadState ts, PyObject a, PyObject b, PyObject mod)
    {
        var left = Names.__pow__;
        var right = Names.__rpow__;
        TernaryFunc self = PowerMod;
        bool doOther = !ReferenceEquals(a.ObType, b.ObType) && b.ObType.NbPowerMod == self && b.ObType.Lookup(right) != null;
        if (a.ObType.NbPowerMod == self)
        {
            if (doOther && b.ObType.IsSubtype(a.ObType) && MethodIsOverloaded(a.ObType, b.ObType, right))
            {
                var r1 = CallSpecialMaybe(ts, b, right, a, mod);
                if (r1 is not PyNotImplemented) return r1;
                doOther = false;
            }
            var r = CallSpecialMaybe(ts, a, left, b, mod);
            if (r is not PyNotImplemented || ReferenceEquals(a.ObType, b.ObType)) return r;
        }
        if (doOther) return CallSpecialMaybe(ts, b, right, a, mod);
        return PyNotImplemented.Value;
    }

    private static PyObject CallSpecialMaybe(ThreadState ts, PyObject self, PyStr name, PyObject arg1, PyObject arg2)
    {
        var m = self.ObType.Lookup(name);
        return m == null ? PyNotImplemented.Value : Ops.CallUnbound(ts, m, self, [arg1, arg2]);
    }

    private static bool MethodIsOverloaded(PyType left, PyType right, PyStr name)
    {
        var b = right.Lookup(name);
        if (b == null) return false;
        var a = left.Lookup(name);
        return a == null || !ReferenceEquals(a, b);
    }
}
