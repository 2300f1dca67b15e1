using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>
/// weakref.ref (_weakref.ReferenceType) and the proxies (ProxyType, CallableProxyType) over .NET weak
/// references (DESIGN §2). The referent is held by a short <see cref="WeakReference{T}"/>. Each
/// interpreter keeps a <see cref="ConditionalWeakTable{TKey,TValue}"/> from referent to its
/// <see cref="WeakrefList"/>; that list lives exactly as long as the referent, and its finalizer —
/// run by the GC once the referent is unreachable — queues the callbacks of the still-live refs as
/// pending calls of the interpreter, newest first, as CPython calls them.
/// </summary>
public class PyWeakref : PyObject
{
    public static readonly PyType RefType = BuiltinTypes.CreateStatic("ReferenceType", BuiltinTypes.Object, "weakref");
    public static readonly PyType ProxyType = BuiltinTypes.CreateStatic("ProxyType", BuiltinTypes.Object, "weakref", subclassable: false);
    public static readonly PyType CallableProxyType = BuiltinTypes.CreateStatic("CallableProxyType", BuiltinTypes.Object, "weakref", subclassable: false);

    private readonly WeakReference<PyObject> _target;
    public PyObject? Callback;
    private long _hash;
    private bool _hashed;

    public PyWeakref(PyType type, PyObject target, PyObject? callback) : base(type)
    {
        _target = new WeakReference<PyObject>(target);
        Callback = callback;
    }

    /// <summary>The referent, or null once it has been collected.</summary>
    public PyObject? Target => _target.TryGetTarget(out var t) ? t : null;

    public bool IsProxy => ReferenceEquals(ObType, ProxyType) || ReferenceEquals(ObType, CallableProxyType);

    internal void Clear() => _target.SetTarget(null!);

    /// <summary>Runs this ref's callback with the ref as argument; errors are reported, not raised (PyErr_WriteUnraisable).</summary>
    internal void InvokeCallback(ThreadState ts)
    {
        var cb = Callback;
        Callback = null;
        if (cb == null || cb is PyNone) return;
        try { Ops.Call(ts, cb, this); }
        catch (PyException e) { AtexitModule.WriteUnraisable(ts, $"Exception ignored while calling weakref callback {AtexitModule.SafeRepr(ts, cb)}", e.Value); }
    }

    // ------------------------------------------------------------ weakrefability

    /// <summary>Whether CPython allows weak references to instances of t (tp_weaklistoffset != 0).</summary>
    public static bool IsWeakrefable(PyType t)
    {
        if (t.IsHeapType)
        {
            if (t.NoWeakrefSlot) return false;
            var solid = t.SolidBase;
            return !(ReferenceEquals(solid, BuiltinTypes.Int) || ReferenceEquals(solid, BuiltinTypes.Bytes) || ReferenceEquals(solid, BuiltinTypes.Tuple)
                || ReferenceEquals(solid, BuiltinTypes.Bool));
        }
        // Built-in exceptions keep no weak-reference list (their Python subclasses get one).
        if (t.IsSubtype(PyExc.BaseException)) return false;
        return !(ReferenceEquals(t, BuiltinTypes.Object) || ReferenceEquals(t, BuiltinTypes.Int) || ReferenceEquals(t, BuiltinTypes.Bool)
            || ReferenceEquals(t, BuiltinTypes.Float) || ReferenceEquals(t, BuiltinTypes.Complex) || ReferenceEquals(t, BuiltinTypes.Str)
            || ReferenceEquals(t, BuiltinTypes.Bytes) || ReferenceEquals(t, BuiltinTypes.ByteArray) || ReferenceEquals(t, BuiltinTypes.Tuple)
            || ReferenceEquals(t, BuiltinTypes.List) || ReferenceEquals(t, BuiltinTypes.Dict) || ReferenceEquals(t, BuiltinTypes.NoneType)
            || ReferenceEquals(t, BuiltinTypes.NotImplementedType) || ReferenceEquals(t, BuiltinTypes.EllipsisType)
            || ReferenceEquals(t, BuiltinTypes.Range) || ReferenceEquals(t, BuiltinTypes.Slice) || ReferenceEquals(t, RefType)
            || ReferenceEquals(t, ProxyType) || ReferenceEquals(t, CallableProxyType));
    }

    public static void CheckWeakrefable(PyObject o)
    {
        if (!IsWeakrefable(o.ObType)) throw PyErr.TypeError($"cannot create weak reference to '{o.ObType.Name}' object");
    }

    // ------------------------------------------------------------ per-interpreter registry

    /// <summary>The weak references to one referent (CPython's tp_weaklist), owned by the referent through the table.</summary>
    public sealed class WeakrefList
    {
        private readonly InterpreterState _interp;
        // GCHandles, not WeakReference objects: a WeakReference is itself finalizable and may be
        // finalized (its handle freed) before this list's finalizer gets to read it.
        private readonly List<GCHandle> _refs = new();
        internal WeakReference<PyWeakref>? BasicRef, BasicProxy;

        internal WeakrefList(InterpreterState interp) { _interp = interp; }

        internal void Add(PyWeakref r)
        {
            lock (_refs) _refs.Add(GCHandle.Alloc(r, GCHandleType.Weak));
        }

        internal List<PyWeakref> Live()
        {
            var result = new List<PyWeakref>();
            lock (_refs)
            {
                for (int i = 0; i < _refs.Count; i++)
                {
                    if (_refs[i].Target is PyWeakref r) { result.Add(r); continue; }
                    _refs[i].Free();
                    _refs.RemoveAt(i--);
                }
            }
            return result;
        }

        ~WeakrefList()
        {
            var withCallbacks = new List<PyWeakref>();
            lock (_refs)
            {
                for (int i = _refs.Count - 1; i >= 0; i--)
                {
                    if (_refs[i].Target is PyWeakref r && r.Callback is not null and not PyNone) withCallbacks.Add(r);
                    _refs[i].Free();
                }
                _refs.Clear();
            }
            if (withCallbacks.Count == 0) return;
            try
            {
                _interp.AddPendingCall(ts => { foreach (var r in withCallbacks) r.InvokeCallback(ts); });
            }
            catch (Exception)
            {
                // The interpreter is being torn down: nobody is left to run the callbacks.
            }
        }
    }

    /// <summary>The per-interpreter referent → refs table.</summary>
    public sealed class Registry
    {
        internal readonly ConditionalWeakTable<PyObject, WeakrefList> Table = new();
    }

    private static readonly RegistryKeyType RegistryKey = new();

    private sealed class RegistryKeyType;

    public static Registry RegistryOf(InterpreterState interp)
    {
        var states = interp.ModuleStates;
        lock (states)
        {
            if (!states.TryGetValue(RegistryKey, out var r)) states[RegistryKey] = r = new Registry();
            return (Registry)r;
        }
    }

    public static WeakrefList? ListOf(ThreadState ts, PyObject referent)
        => RegistryOf(ts.Interp).Table.TryGetValue(referent, out var l) ? l : null;

    /// <summary>ref(ob[, callback]) / proxy(ob[, callback]): reuses the callback-less ref or proxy when there is one.</summary>
    public static PyWeakref Create(ThreadState ts, PyType type, PyObject referent, PyObject? callback)
    {
        CheckWeakrefable(referent);
        if (callback is PyNone) callback = null;
        var list = RegistryOf(ts.Interp).Table.GetValue(referent, _ => new WeakrefList(ts.Interp));
        bool basic = callback == null && (ReferenceEquals(type, RefType) || ReferenceEquals(type, ProxyType) || ReferenceEquals(type, CallableProxyType));
        bool proxy = !ReferenceEquals(type, RefType) && !type.IsSubtype(RefType);
        lock (list)
        {
            if (basic && (proxy ? list.BasicProxy : list.BasicRef) is { } existing && existing.TryGetTarget(out var found))
                return found;
            var r = ReferenceEquals(type, RefType) || proxy ? new PyWeakref(type, referent, callback) : new PyWeakrefSub(type, referent, callback);
            list.Add(r);
            if (basic)
            {
                if (proxy) list.BasicProxy = new WeakReference<PyWeakref>(r);
                else list.BasicRef = new WeakReference<PyWeakref>(r);
            }
            return r;
        }
    }

    internal long Hash(ThreadState ts)
    {
        if (_hashed) return _hash;
        var t = Target ?? throw PyErr.TypeError("weak object has gone away");
        _hash = Ops.Hash(ts, t);
        _hashed = true;
        return _hash;
    }

    /// <summary>"'__main__.C'" for CPython's %T: the type's qualified name with its module unless builtins.</summary>
    internal static string FullTypeName(PyType t)
    {
        var mod = t.ModuleName;
        return mod == "builtins" ? t.QualName : $"{mod}.{t.QualName}";
    }
}

/// <summary>Instances of Python subclasses of weakref.ref (WeakValueDictionary's KeyedRef, weakref.WeakMethod).</summary>
public sealed class PyWeakrefSub : PyWeakref, IHasDict, IHasSlots
{
    public PyDict? Dict { get; set; }
    private readonly PyObject?[]? _slotValues;

    public PyWeakrefSub(PyType type, PyObject target, PyObject? callback) : base(type, target, callback)
    {
        if (type.HasInstanceDict) Dict = new PyDict();
        if (type.SlotCount > 0) _slotValues = new PyObject?[type.SlotCount];
    }

    public PyObject? GetSlot(int index)
    {
        var v = _slotValues;
        return v != null && (uint)index < (uint)v.Length ? v[index] : null;
    }

    public void SetSlot(int index, PyObject? value)
    {
        var v = _slotValues ?? throw PyErr.TypeError("member descriptor on an object without slots");
        v[index] = value;
    }
}
