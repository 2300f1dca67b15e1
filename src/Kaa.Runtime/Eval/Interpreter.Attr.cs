using System.Runtime.CompilerServices;
using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Eval;

/// <summary>
/// A LOAD_ATTR/STORE_ATTR inline cache entry: valid while the owner's type and that type's
/// <see cref="PyType.VersionTag"/> are the ones recorded (CPython's type-version specialization).
/// Entries live on function objects, so they are per interpreter.
/// </summary>
internal struct AttrCacheEntry
{
    public PyType? Type;
    public int Version;
    public AttrKind Kind;
    public PyObject? Descr;
    /// <summary>Where the attribute was last found in an instance dict's entries (a hint only).</summary>
    public int Hint;
    /// <summary>The entry this one replaced, for a second type: a site that sees two types in turn
    /// (a loop over a list of two classes' instances) swaps the two instead of looking up again.</summary>
    public AttrCacheAlt Alt;

    /// <summary>Exchanges the entry with <see cref="Alt"/>.</summary>
    public void SwapAlt()
    {
        (Type, Alt.Type) = (Alt.Type, Type);
        (Version, Alt.Version) = (Alt.Version, Version);
        (Kind, Alt.Kind) = (Alt.Kind, Kind);
        (Descr, Alt.Descr) = (Alt.Descr, Descr);
        (Hint, Alt.Hint) = (Alt.Hint, Hint);
    }

    /// <summary>Keeps the current entry as <see cref="Alt"/> before it is overwritten, if it is still valid.</summary>
    public void SaveToAlt()
    {
        if (Type == null || Version != Type.VersionTag) return;
        Alt.Type = Type;
        Alt.Version = Version;
        Alt.Kind = Kind;
        Alt.Descr = Descr;
        Alt.Hint = Hint;
    }
}

/// <summary>The second-type half of an <see cref="AttrCacheEntry"/> (same fields).</summary>
internal struct AttrCacheAlt
{
    public PyType? Type;
    public int Version;
    public AttrKind Kind;
    public PyObject? Descr;
    public int Hint;
}

internal enum AttrKind : byte
{
    None,
    /// <summary>The type has no attribute of that name: only the instance dict can have it.</summary>
    InstanceDict,
    /// <summary>A plain function or method descriptor, unless shadowed by the instance dict.</summary>
    Method,
    /// <summary>A class attribute that is not a descriptor, unless shadowed by the instance dict.</summary>
    ClassValue,
    /// <summary>A data descriptor (property, slot member): its __get__ wins over the instance dict.</summary>
    DataDescriptor,
    /// <summary>STORE_ATTR: no data descriptor on the type, store into the instance dict.</summary>
    StoreInstanceDict,
    /// <summary>STORE_ATTR: a data descriptor (a `__slots__` member, a property) whose __set__ stores.</summary>
    StoreDataDescriptor,
}

public static partial class Interpreter
{
    static AttrCacheEntry[] AttrCacheFor(PyFunction fn) => fn.AttrCache ??= new AttrCacheEntry[fn.Code.AttrCacheCount];

    /// <summary>LOAD_ATTR through the function's inline cache. Returns the attribute; for the method
    /// form, <paramref name="self"/> receives the owner when the result is an unbound method.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static PyObject LoadAttrCached(ThreadState ts, ref AttrCacheEntry c, PyObject owner, PyStr name, bool methodForm, out PyObject? self)
    {
        var t = owner.ObType;
        if (ReferenceEquals(c.Type, t) && c.Version == t.VersionTag && TryLoadFromEntry(ts, ref c, owner, t, name, methodForm, out self, out var v))
            return v;
        return LoadAttrSlow(ts, ref c, owner, name, methodForm, out self);
    }

    /// <summary>The attribute as the entry (valid for the owner's type) describes it; false when the
    /// instance dict decides and does not have it, or the kind needs the generic lookup.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static bool TryLoadFromEntry(ThreadState ts, ref AttrCacheEntry c, PyObject owner, PyType t, PyStr name, bool methodForm,
        out PyObject? self, out PyObject value)
    {
        self = null;
        switch (c.Kind)
        {
            case AttrKind.InstanceDict:
                if ((owner is PyInstance inst ? inst.Dict : (owner as PyBaseException)?.Dict) is { } d
                    && d.TryGetStrHinted(name, ref c.Hint, out var v) && v != null)
                {
                    value = v;
                    return true;
                }
                break;
            case AttrKind.Method:
                if (owner is not IHasDict hd || hd.Dict is not { } d2 || !d2.TryGetStr(name, out _))
                {
                    if (methodForm)
                    {
                        self = owner;
                        value = c.Descr!;
                        return true;
                    }
                    var get = c.Descr!.ObType.TpDescrGet;
                    value = get != null ? get(ts, c.Descr, owner, t) : c.Descr;
                    return true;
                }
                break;
            case AttrKind.ClassValue:
                if (owner is not IHasDict hd3 || hd3.Dict is not { } d3 || !d3.TryGetStr(name, out _))
                {
                    value = c.Descr!;
                    return true;
                }
                break;
            case AttrKind.DataDescriptor:
                value = c.Descr!.ObType.TpDescrGet!(ts, c.Descr, owner, t);
                return true;
        }
        value = null!;
        return false;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static PyObject LoadAttrSlow(ThreadState ts, ref AttrCacheEntry c, PyObject owner, PyStr name, bool methodForm, out PyObject? self)
    {
        var t = owner.ObType;
        if (ReferenceEquals(c.Alt.Type, t) && c.Alt.Version == t.VersionTag)
        {
            c.SwapAlt();
            if (TryLoadFromEntry(ts, ref c, owner, t, name, methodForm, out self, out var v)) return v;
        }
        else if (ReferenceEquals(t.TpGetAttro, TypeInit.GenericGetAttrDelegate))
        {
            c.SaveToAlt();
            var descr = t.Lookup(name);
            c.Type = t;
            c.Version = t.VersionTag;
            c.Descr = descr;
            if (descr == null) c.Kind = owner is PyInstance or PyBaseException ? AttrKind.InstanceDict : AttrKind.None;
            else
            {
                var dt = descr.ObType;
                if (dt.TpDescrGet != null && dt.TpDescrSet != null) c.Kind = AttrKind.DataDescriptor;
                else if (dt.IsMethodDescriptor) c.Kind = AttrKind.Method;
                else if (dt.TpDescrGet == null) c.Kind = AttrKind.ClassValue;
                else c.Kind = AttrKind.None;
            }
            // The entry just made answers this access too, without a second lookup.
            if (TryLoadFromEntry(ts, ref c, owner, t, name, methodForm, out self, out var v)) return v;
        }
        else c.Type = null;
        if (methodForm)
        {
            var m = Ops.LookupMethod(ts, owner, name, out bool unbound);
            self = unbound ? owner : null;
            return m;
        }
        self = null;
        return Ops.GetAttr(ts, owner, name);
    }

    /// <summary>STORE_ATTR through the inline cache (instance dict stores of plain attributes).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static void StoreAttrCached(ThreadState ts, ref AttrCacheEntry c, PyObject owner, PyStr name, PyObject value)
    {
        var t = owner.ObType;
        if (ReferenceEquals(c.Type, t) && c.Version == t.VersionTag)
        {
            if (c.Kind == AttrKind.StoreDataDescriptor)
            {
                c.Descr!.ObType.TpDescrSet!(ts, c.Descr, owner, value);
                return;
            }
            if (owner is PyInstance inst && inst.Dict is { } d)
            {
                d.SetItemStr(name, value);
                return;
            }
            // Exception instances create their dict on the first attribute store.
            if (owner is PyBaseException be)
            {
                (be.Dict ??= new PyDict()).SetItemStr(name, value);
                return;
            }
        }
        StoreAttrSlow(ts, ref c, owner, name, value);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void StoreAttrSlow(ThreadState ts, ref AttrCacheEntry c, PyObject owner, PyStr name, PyObject value)
    {
        var t = owner.ObType;
        if (ReferenceEquals(c.Alt.Type, t) && c.Alt.Version == t.VersionTag)
        {
            c.SwapAlt();
            if (c.Kind == AttrKind.StoreDataDescriptor)
            {
                c.Descr!.ObType.TpDescrSet!(ts, c.Descr, owner, value);
                return;
            }
            if (owner is PyInstance { Dict: { } d })
            {
                d.SetItemStr(name, value);
                return;
            }
        }
        c.SaveToAlt();
        c.Type = null;
        if (owner is PyInstance { Dict: not null } or PyBaseException && ReferenceEquals(t.TpSetAttro, BuiltinTypes.Object.TpSetAttro)
            && ReferenceEquals(name.ObType, BuiltinTypes.Str))
        {
            var descr = t.Lookup(name);
            if (descr == null || descr.ObType.TpDescrSet == null)
            {
                c.Type = t;
                c.Version = t.VersionTag;
                c.Kind = AttrKind.StoreInstanceDict;
            }
        }
        else if (ReferenceEquals(t.TpSetAttro, BuiltinTypes.Object.TpSetAttro) && ReferenceEquals(name.ObType, BuiltinTypes.Str)
            && t.Lookup(name) is { } descr && descr.ObType.TpDescrSet != null)
        {
            // object.__setattr__ calls a data descriptor's __set__ whatever the instance holds, so the
            // descriptor found on this version of the type decides every later store (slots of
            // __slots__ classes, properties with a setter).
            c.Type = t;
            c.Version = t.VersionTag;
            c.Kind = AttrKind.StoreDataDescriptor;
            c.Descr = descr;
        }
        Ops.SetAttr(ts, owner, name, value);
    }
}
