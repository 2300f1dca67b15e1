using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

public sealed partial class PyType
{
    // ---- the slots (CPython's tp_*, nb_*, sq_*, mp_*) ----
    public UnaryFunc? TpRepr;
    public UnaryFunc? TpStr;
    public HashFunc? TpHash;
    public CallFunc? TpCall;
    public GetAttroFunc? TpGetAttro;
    public SetAttroFunc? TpSetAttro;
    public RichCompareFunc? TpRichCompare;
    public UnaryFunc? TpIter;
    public IterNextFunc? TpIterNext;
    public DescrGetFunc? TpDescrGet;
    public DescrSetFunc? TpDescrSet;
    public InitFunc? TpInit;
    public NewFunc? TpNew;
    public InquiryFunc? NbBool;
    public LenFunc? MpLength;
    public BinaryFunc? MpSubscript;
    public SetItemFunc? MpAssSubscript;
    public ContainsFunc? SqContains;
    /// <summary>Sequence concatenation/repetition, tried after the number slots return NotImplemented (list + list, 3 * "a").</summary>
    public BinaryFunc? SqConcat;
    public BinaryFunc? SqRepeat;
    /// <summary>Binary number slots indexed by <see cref="BinOp"/>; each handles both operand orders.</summary>
    public readonly BinaryFunc?[] NbBinary = new BinaryFunc?[SlotDefs.BinOpCount];
    public readonly BinaryFunc?[] NbInplace = new BinaryFunc?[SlotDefs.BinOpCount];
    public UnaryFunc? NbNegative;
    public UnaryFunc? NbPositive;
    public UnaryFunc? NbAbsolute;
    public UnaryFunc? NbInvert;
    public UnaryFunc? NbInt;
    public UnaryFunc? NbFloat;
    public UnaryFunc? NbIndex;
    /// <summary>
    /// nb_power called with a modulus that is not None (three-argument pow()); the binary form is
    /// NbBinary[Pow]. Null when the type has no power at all.
    /// </summary>
    public TernaryFunc? NbPowerMod;

    /// <summary>Copies every slot from the base (CPython's inherit_slots) before a type overrides its own.</summary>
    internal void InheritSlots(PyType b)
    {
        TpRepr ??= b.TpRepr; TpStr ??= b.TpStr; TpCall ??= b.TpCall;
        // CPython's inherit rule: a type that sets __hash__ = None (e.g. list, dict) stays unhashable.
        if (!(Dict != null && Dict.TryGetStr(Names.__hash__, out var h) && h is PyNone)) TpHash ??= b.TpHash;
        TpGetAttro ??= b.TpGetAttro; TpSetAttro ??= b.TpSetAttro; TpRichCompare ??= b.TpRichCompare;
        TpIter ??= b.TpIter; TpIterNext ??= b.TpIterNext; TpDescrGet ??= b.TpDescrGet; TpDescrSet ??= b.TpDescrSet;
        TpInit ??= b.TpInit; TpNew ??= b.TpNew; NbBool ??= b.NbBool; MpLength ??= b.MpLength;
        MpSubscript ??= b.MpSubscript; MpAssSubscript ??= b.MpAssSubscript; SqContains ??= b.SqContains;
        for (int i = 0; i < NbBinary.Length; i++) { NbBinary[i] ??= b.NbBinary[i]; NbInplace[i] ??= b.NbInplace[i]; }
        NbNegative ??= b.NbNegative; NbPositive ??= b.NbPositive; NbAbsolute ??= b.NbAbsolute; NbInvert ??= b.NbInvert;
        NbInt ??= b.NbInt; NbFloat ??= b.NbFloat; NbIndex ??= b.NbIndex; NbPowerMod ??= b.NbPowerMod;
        InstanceFactory ??= b.InstanceFactory; SqConcat ??= b.SqConcat; SqRepeat ??= b.SqRepeat;
    }

    /// <summary>
    /// Recomputes the slots of a heap type from the names visible along its MRO (CPython's
    /// fixup_slot_dispatchers): a slot keeps a built-in's function only when the name still resolves to
    /// that built-in's own wrapper; otherwise it calls the Python-level method.
    /// </summary>
    internal void FixupSlots()
    {
        foreach (var def in SlotDefs.All)
        {
            Delegate? direct = null;
            bool anyFound = false, allWrappers = true, sequenceWrapper = false;
            foreach (var n in def.Names)
            {
                var found = Lookup(n);
                if (found == null) continue;
                // A sequence's __add__ (sq_concat) or __mul__/__rmul__ (sq_repeat) does not make its
                // number slots Python-level...
                if (found is PySlotWrapper { Def: var fd } && SlotDefs.Sequence.Contains(fd))
                {
                    sequenceWrapper = true;
                    continue;
                }
                anyFound = true;
                if (found is PySlotWrapper w && ReferenceEquals(w.Def, def))
                {
                    if (direct == null) direct = w.Function;
                    else if (!ReferenceEquals(direct, w.Function)) allWrappers = false;
                }
                else if (def.IsNew && found is PyStaticMethod { Callable: PyBuiltinFunction { NewOwner: { } owner } })
                {
                    direct = owner.TpNew;
                }
                else allWrappers = false;
            }
            // ...unless the number slot is filled already (a Python-level __radd__ was assigned, then
            // deleted): update_one_slot's resolve_slotdups then finds two filled slots for __add__ and
            // keeps the generic dispatcher, so CPython's str subclass stays on numeric dispatch.
            if (!anyFound) def.Set(this, sequenceWrapper && def.Get(this) != null ? def.Generic : null);
            else if (allWrappers && direct != null) def.Set(this, direct);
            else def.Set(this, def.Generic);
        }
        // update_one_slot with a NULL slot function: a sequence slot keeps the built-in's function only
        // while every one of its names resolves to that built-in's wrapper; a Python-level __add__ or
        // __mul__ empties it (so NotImplemented from that method ends in a TypeError).
        foreach (var def in SlotDefs.Sequence)
        {
            Delegate? direct = null;
            foreach (var n in def.Names)
            {
                var found = Lookup(n);
                if (found is PySlotWrapper w && ReferenceEquals(w.Def, def) && (direct == null || ReferenceEquals(direct, w.Function))) direct = w.Function;
                else { direct = null; break; }
            }
            def.Set(this, direct);
        }
        FixupPowerMod();
    }

    /// <summary>
    /// Keeps the ternary power slot in step with the binary one: Python-level __pow__/__rpow__ get the
    /// generic ternary dispatcher, a built-in's own wrapper keeps that built-in's ternary function.
    /// </summary>
    private void FixupPowerMod()
    {
        var pw = NbBinary[(int)BinOp.Pow];
        NbPowerMod = null;
        if (pw == null) return;
        if (ReferenceEquals(pw, SlotDefs.PowerGeneric))
        {
            NbPowerMod = SlotFunctions.PowerMod;
            return;
        }
        foreach (var o in Mro.Items)
            if (o is PyType { IsHeapType: false } t && ReferenceEquals(t.NbBinary[(int)BinOp.Pow], pw)) { NbPowerMod = t.NbPowerMod; return; }
    }

    /// <summary>Recomputes slots of this heap type and its subclasses after a dunder was assigned or deleted.</summary>
    internal void UpdateSlotsAfterChange(ThreadState ts)
    {
        if (!IsHeapType) return;
        FixupSlots();
        foreach (var sub in GetSubclasses(ts)) sub.UpdateSlotsAfterChange(ts);
    }

    /// <summary>
    /// Adds the wrapper of one slot this static type names itself even where <see cref="AddSlotWrappers"/>
    /// would skip it (the exceptions' own `__init__`).
    /// </summary>
    internal void AddOwnSlotWrapper(string name)
    {
        foreach (var def in SlotDefs.All)
            foreach (var (n, kind) in def.Wrappers)
                if (n.Value == name && def.Get(this) is { } fn)
                {
                    Dict.SetItemStr(n, new PySlotWrapper(this, name, def, fn, kind));
                    return;
                }
    }

    /// <summary>Adds the Python-visible wrappers (__add__, __repr__, ...) for the slots a static type defines itself.</summary>
    internal void AddSlotWrappers()
    {
        foreach (var def in SlotDefs.All)
        {
            var fn = def.Get(this);
            if (fn == null || def.IsNew) continue;
            // Only wrap slots this type defines, not ones inherited unchanged from its base.
            if (Base != null && ReferenceEquals(def.Get(Base), fn)) continue;
            foreach (var (name, kind) in def.Wrappers)
            {
                if (Dict.TryGetStr(name, out _)) continue;
                Dict.SetItemStr(name, new PySlotWrapper(this, name.Value, def, fn, kind));
            }
        }
        foreach (var def in SlotDefs.Sequence)
            if (def.Get(this) is { } fn && (Base == null || !ReferenceEquals(def.Get(Base), fn)))
                foreach (var (name, kind) in def.Wrappers)
                    if (!Dict.TryGetStr(name, out _)) Dict.SetItemStr(name, new PySlotWrapper(this, name.Value, def, fn, kind));
    }
}
