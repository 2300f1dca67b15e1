using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>bool, NoneType, NotImplementedType, ellipsis, module.</summary>
internal static class SimpleTypes
{
    internal static void Init()
    {
        var b = BuiltinTypes.Bool;
        b.TpRepr = (ts, o) => PyStr.From(((PyBool)o).Value ? "True" : "False");
        b.SetNew((ts, cls, args, kw) =>
        {
            Args.NoKeywords("bool", kw);
            if (args.Length > 1) throw PyErr.TypeError($"bool expected at most 1 argument, got {args.Length}");
            return args.Length == 0 ? PyBool.False : PyBool.From(Ops.IsTrue(ts, args[0]));
        });
        BoolOp(b, BinOp.And, (x, y) => x & y);
        BoolOp(b, BinOp.Or, (x, y) => x | y);
        BoolOp(b, BinOp.Xor, (x, y) => x ^ y);
        b.NbInvert = (ts, o) =>
        {
            WarningsModule.Warn(ts, PyExc.DeprecationWarning, "Bitwise inversion '~' on bool is deprecated and will be removed in Python 3.16. This returns the bitwise inversion of the underlying int object and is usually not what you expect from negating a bool. Use the 'not' operator for boolean negation or ~int(x) if you really want the bitwise inversion of the underlying int.");
            return PyInt.From(~((PyBool)o).Small);
        };

        var n = BuiltinTypes.NoneType;
        n.TpRepr = (ts, o) => PyStr.From("None");
        n.NbBool = (ts, o) => false;
        n.TpHash = (ts, o) => 0xFCA86420;
        n.SetNew((ts, cls, args, kw) =>
        {
            if (args.Length > 0) throw PyErr.TypeError("NoneType takes no arguments");
            return PyNone.Value;
        });

        var ni = BuiltinTypes.NotImplementedType;
        ni.TpRepr = (ts, o) => PyStr.From("NotImplemented");
        ni.NbBool = (ts, o) => throw PyErr.TypeError("NotImplemented should not be used in a boolean context");
        ni.SetNew((ts, cls, args, kw) => args.Length > 0 ? throw PyErr.TypeError("NotImplementedType takes no arguments") : PyNotImplemented.Value);
        ni.AddMethod("__reduce__", (ts, self, args, kw) => PyStr.From("NotImplemented"));

        var e = BuiltinTypes.EllipsisType;
        e.TpRepr = (ts, o) => PyStr.From("Ellipsis");
        e.SetNew((ts, cls, args, kw) => args.Length > 0 ? throw PyErr.TypeError("ellipsis takes no arguments") : PyEllipsis.Value);
        e.AddMethod("__reduce__", (ts, self, args, kw) => PyStr.From("Ellipsis"));

        var m = BuiltinTypes.Module;
        m.TpGetAttro = ModuleGetAttr;
        m.TpRepr = (ts, o) =>
        {
            var mod = (PyModule)o;
            var d = mod.Dict;
            string name = d.TryGetStr(Names.__name__, out var nm) && nm is PyStr ns ? ns.Value : "?";
            if (d.TryGetStr(Names.__file__, out var f) && f is PyStr fs) return PyStr.From($"<module '{name}' from '{fs.Value}'>");
            if (name == "builtins" || name == "sys" || mod.State is not null) return PyStr.From($"<module '{name}' (built-in)>");
            return PyStr.From($"<module '{name}'>");
        };
        m.InstanceFactory = cls => new PyModuleSub(cls);
        m.SetNew((ts, cls, args, kw) => ReferenceEquals(cls, BuiltinTypes.Module) ? PyModule.CreateUninitialized() : new PyModuleSub(cls));
        m.TpInit = (ts, self, args, kw) =>
        {
            var a = Args.Parse("module", args, kw, ["name", "doc"], 1);
            var mod = (PyModule)self;
            mod.Dict.SetItemStr(Names.__name__, a[0]!);
            mod.Dict.SetItemStr(Names.__doc__, a[1] ?? PyNone.Value);
            mod.Dict.SetItemStr(Names.__package__, PyNone.Value);
            mod.Dict.SetItemStr(Names.__loader__, PyNone.Value);
            mod.Dict.SetItemStr(Names.__spec__, PyNone.Value);
        };
        m.AddGetSet("__dict__", (ts, o) => ((PyModule)o).Dict);
        ModuleAnnotations.Init(m);
        m.AddMethod("__dir__", (ts, self, args, kw) =>
        {
            // PEP 562: a module-level __dir__ function answers dir(module).
            var d = Ops.GetAttr(ts, self, Names.__dict__);
            if (d is not PyDict dict) throw PyErr.TypeError("<module>.__dict__ is not a dictionary");
            if (dict.TryGetStr(Names.__dir__, out var dirFunc)) return Ops.Call(ts, dirFunc!);
            return new PyList(dict.KeysArray());
        });
    }

    private static void BoolOp(PyType b, BinOp op, Func<bool, bool, bool> f)
    {
        var intSlot = BuiltinTypes.Int.NbBinary[(int)op]!;
        b.NbBinary[(int)op] = (ts, x, y) => x is PyBool bx && y is PyBool by ? PyBool.From(f(bx.Value, by.Value)) : intSlot(ts, x, y);
    }

    private static PyObject? ModuleGetAttr(ThreadState ts, PyObject obj, PyStr name, bool suppress)
    {
        var r = Ops.GenericGetAttr(ts, obj, name, true);
        if (r != null) return r;
        var mod = (PyModule)obj;
        if (mod.Dict.TryGetStr(Names.__getattr__, out var ga))
        {
            if (!suppress) return Ops.Call(ts, ga!, name);
            try { return Ops.Call(ts, ga!, name); }
            catch (PyException e) when (e.Value.ObType.IsSubtype(PyExc.AttributeError)) { return null; }
        }
        if (suppress) return null;
        var modName = mod.Dict.TryGetStr(Names.__name__, out var n) && n is PyStr ns ? ns.Value : null;
        if (modName == null) throw PyErr.AttributeError($"module has no attribute '{name.Value}'");
        throw PyErr.AttributeError(obj, name);
    }
}

public sealed class PyModuleSub(PyType type) : PyModule(type)
{
}
