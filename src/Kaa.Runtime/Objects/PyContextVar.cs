using System.Runtime.CompilerServices;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>
/// contextvars.ContextVar (Python/context.c). A variable is a key into the current thread's
/// <see cref="PyContext"/>; like CPython it caches its last lookup, valid while the thread state
/// and that thread's context version are unchanged, so a repeated get() costs no map lookup.
/// </summary>
public sealed class PyContextVar : PyObject
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("ContextVar", BuiltinTypes.Object, "_contextvars", subclassable: false);

    public readonly PyObject Name;
    /// <summary>The default given to the constructor, or null when there is none.</summary>
    public readonly PyObject? Default;
    public readonly long Hash;
    internal int HashCode32 => (int)Hash ^ (int)(Hash >> 32);

    // The last lookup (var_cached, var_cached_tsid, var_cached_tsver). Only ever used under the owning
    // interpreter's GIL, like the variable itself.
    private PyObject? _cached;
    private ThreadState? _cachedTs;
    private ulong _cachedVersion;

    private PyContextVar(ThreadState ts, PyObject name, PyObject? def) : base(TypeObject)
    {
        Name = name;
        Default = def;
        // contextvar_generate_hash: the name's hash mixed with the object's identity, so variables
        // with equal names (or created one after another) spread over the map.
        long h = Ops.Hash(ts, name) ^ ((long)RuntimeHelpers.GetHashCode(this) * 0x9E3779B1L);
        Hash = h == -1 ? -2 : h;
    }

    /// <summary>contextvar_new: the name must be a str.</summary>
    public static PyContextVar New(ThreadState ts, PyObject name, PyObject? def)
    {
        if (name is not PyStr) throw PyErr.TypeError("context variable name must be a str");
        return new PyContextVar(ts, name, def);
    }

    /// <summary>
    /// PyContextVar_Get: the value in the current context, else <paramref name="def"/>, else the
    /// variable's default; null when there is none of these.
    /// </summary>
    public PyObject? Get(ThreadState ts, PyObject? def)
    {
        var ctx = ts.Context;
        if (ctx != null)
        {
            if (_cached != null && ReferenceEquals(_cachedTs, ts) && _cachedVersion == ts.ContextVersion) return _cached;
            if (ctx.Vars.TryGetValue(this, out var found))
            {
                _cached = found;
                _cachedTs = ts;
                _cachedVersion = ts.ContextVersion;
                return found;
            }
        }
        return def ?? Default;
    }

    /// <summary>PyContextVar_Set: binds the variable in the current context; returns the token that undoes it.</summary>
    public PyContextToken Set(ThreadState ts, PyObject value)
    {
        var ctx = ts.CurrentContext();
        ctx.Vars.TryGetValue(this, out var old);
        var token = new PyContextToken(ctx, this, old);
        SetInCurrent(ts, value);
        return token;
    }

    private void SetInCurrent(ThreadState ts, PyObject value)
    {
        _cached = null;
        var ctx = ts.CurrentContext();
        ctx.Vars = ctx.Vars.SetItem(this, value);
        _cached = value;
        _cachedTs = ts;
        _cachedVersion = ts.ContextVersion;
    }

    private void DeleteInCurrent(ThreadState ts)
    {
        _cached = null;
        var ctx = ts.CurrentContext();
        var vars = ctx.Vars.Remove(this);
        if (ReferenceEquals(vars, ctx.Vars)) throw PyErr.New(PyExc.LookupError, new PyTuple([this]));
        ctx.Vars = vars;
    }

    /// <summary>PyContextVar_Reset: restores the value the variable had before the set() that made the token.</summary>
    public void Reset(ThreadState ts, PyContextToken token)
    {
        if (token.Used) throw PyErr.RuntimeError($"{Ops.ReprString(ts, token)} has already been used once");
        if (!ReferenceEquals(token.Var, this))
            throw PyErr.ValueError($"{Ops.ReprString(ts, token)} was created by a different ContextVar");
        if (!ReferenceEquals(ts.CurrentContext(), token.Context))
            throw PyErr.ValueError($"{Ops.ReprString(ts, token)} was created in a different Context");
        token.Used = true;
        if (token.OldValue == null) DeleteInCurrent(ts);
        else SetInCurrent(ts, token.OldValue);
    }

    private static PyContextVar Self(ThreadState ts, PyObject o) => (PyContextVar)o;

    internal static void Init()
    {
        var t = TypeObject;
        t.InstanceFactory = null;
        t.SetNew((ts, cls, args, kw) =>
        {
            // PyArg_ParseTupleAndKeywords("O|$O:ContextVar", {"", "default"}) and its messages.
            int nkw = kw?.Count ?? 0, npos = args.Length - nkw;
            if (args.Length > 2) throw PyErr.TypeError($"ContextVar() takes at most 2 arguments ({args.Length} given)");
            if (npos == 0) throw PyErr.TypeError("ContextVar() takes exactly 1 positional argument (0 given)");
            if (npos > 1) throw PyErr.TypeError($"ContextVar() takes at most 1 positional argument ({npos} given)");
            PyObject? def = null;
            for (int i = 0; i < nkw; i++)
            {
                var k = (PyStr)kw!.Items[i];
                if (k.Value != "default") throw PyErr.TypeError($"ContextVar() got an unexpected keyword argument '{k.Value}'");
                def = args[npos + i];
            }
            return New(ts, args[0], def);
        });
        t.TpHash = (ts, o) => ((PyContextVar)o).Hash;
        t.TpRepr = (ts, o) =>
        {
            var v = (PyContextVar)o;
            var s = "<ContextVar name=" + Ops.ReprString(ts, v.Name);
            if (v.Default != null) s += " default=" + Ops.ReprString(ts, v.Default);
            return PyStr.From($"{s} at 0x{ObjectIds.Id(ts, o):x}>");
        };
        t.AddGetSet("name", (ts, o) => ((PyContextVar)o).Name);
        t.AddMethod("get", (ts, self, a, kw) =>
        {
            Args.Range("get", a, kw, 0, 1);
            var v = Self(ts, self);
            return v.Get(ts, a.Length > 0 ? a[0] : null) ?? throw PyErr.New(PyExc.LookupError, new PyTuple([v]));
        }, "Return a value for the context variable for the current context.\n\nIf there is no value for the variable in the current context, the method will:\n * return the value of the default argument of the method, if provided; or\n * return the default value for the context variable, if it was created\n   with one; or\n * raise a LookupError.");
        t.AddMethod("set", (ts, self, a, kw) =>
        {
            ExactlyOne("ContextVar.set", a, kw);
            return Self(ts, self).Set(ts, a[0]);
        }, "Call to set a new value for the context variable in the current context.\n\nThe required value argument is the new value for the context variable.\n\nReturns a Token object that can be used to restore the variable to its previous\nvalue via the `ContextVar.reset()` method.");
        t.AddMethod("reset", (ts, self, a, kw) =>
        {
            ExactlyOne("ContextVar.reset", a, kw);
            if (a[0] is not PyContextToken token)
                throw PyErr.TypeError($"expected an instance of Token, got {Ops.ReprString(ts, a[0])}");
            Self(ts, self).Reset(ts, token);
            return PyNone.Value;
        }, "Reset the context variable.\n\nThe variable is reset to the value it had before the `ContextVar.set()` that\ncreated the token was used.");
        t.AddClassMethod("__class_getitem__", PyGenericAlias.ClassGetItem);
    }

    /// <summary>METH_O's check, with CPython's "X() takes exactly one argument (N given)".</summary>
    internal static void ExactlyOne(string fname, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        Args.NoKeywords(fname, kw);
        if (a.Length != 1) throw PyErr.TypeError($"{fname}() takes exactly one argument ({a.Length} given)");
    }
}
