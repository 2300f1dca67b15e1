using System.Text;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>
/// A struct sequence (CPython's structseq): a tuple of the visible fields with named accessors, plus
/// hidden named fields that only attributes reach (os.stat_result's float st_mtime, st_blocks...).
/// </summary>
public sealed class PyStructSeq : PyTuple
{
    public readonly PyObject[] Hidden;

    public PyStructSeq(PyType type, PyObject[] visible, PyObject[] hidden) : base(type, visible) { Hidden = hidden; }

    /// <summary>
    /// Creates and freezes a static struct sequence type (call lazily, after the core types exist).
    /// <paramref name="visible"/> are the tuple's fields (the last <paramref name="unnamed"/> of them have
    /// no attribute, only a name in the repr); <paramref name="hidden"/> are attribute-only fields.
    /// </summary>
    public static PyType CreateType(string name, string module, string[] visible, string[] hidden, int unnamed = 0, string? doc = null,
        bool instantiable = true)
    {
        TypeInit.EnsureInitialized();
        var t = BuiltinTypes.CreateStatic(name, BuiltinTypes.Tuple, module, subclassable: false);
        int nvis = visible.Length;
        t.AddAttr("__doc__", doc != null ? PyStr.From(doc) : PyNone.Value);
        t.AddAttr("n_sequence_fields", PyInt.From(nvis));
        t.AddAttr("n_fields", PyInt.From(nvis + hidden.Length));
        t.AddAttr("n_unnamed_fields", PyInt.From(unnamed));
        t.AddAttr("__match_args__", new PyTuple(visible.Take(nvis - unnamed).Select(n => (PyObject)PyStr.From(n)).ToArray()));
        for (int i = 0; i < nvis - unnamed; i++)
        {
            int idx = i;
            t.AddGetSet(visible[i], (ts, o) => ((PyTuple)o).Items[idx]);
        }
        for (int i = 0; i < hidden.Length; i++)
        {
            int idx = i;
            t.AddGetSet(hidden[i], (ts, o) => o is PyStructSeq s && idx < s.Hidden.Length ? s.Hidden[idx] : PyNone.Value);
        }
        string qual = module + "." + name;
        t.TpRepr = (ts, o) =>
        {
            var items = ((PyTuple)o).Items;
            var sb = new StringBuilder(qual).Append('(');
            for (int i = 0; i < items.Length; i++)
            {
                if (i > 0) sb.Append(", ");
                sb.Append(visible[i]).Append('=').Append(Ops.ReprString(ts, items[i]));
            }
            return PyStr.From(sb.Append(')').ToString());
        };
        t.SetNew((ts, cls, args, kw) =>
        {
            // sys.flags, sys.version_info...: CPython clears tp_new of these.
            if (!instantiable) throw PyErr.TypeError($"cannot create '{qual}' instances");
            var p = Args.Parse("structseq", args, kw, ["sequence", "dict"], 1);
            var items = Ops.ToArray(ts, p[0]!);
            int max = nvis + hidden.Length;
            if (items.Length < nvis)
                throw PyErr.TypeError($"{qual}() takes an at least {nvis}-sequence ({items.Length}-sequence given)");
            if (items.Length > max)
                throw PyErr.TypeError($"{qual}() takes an at most {max}-sequence ({items.Length}-sequence given)");
            var hid = new PyObject[hidden.Length];
            for (int i = 0; i < hid.Length; i++)
            {
                hid[i] = nvis + i < items.Length ? items[nvis + i]
                    : p[1] is PyDict d && d.GetStr(hidden[i]) is { } v ? v : PyNone.Value;
            }
            return new PyStructSeq(cls, items[..nvis], hid);
        });
        t.AddMethod("__reduce__", (ts, self, args, kw) =>
        {
            var s = (PyTuple)self;
            var dict = new PyDict();
            if (s is PyStructSeq ss)
                for (int i = 0; i < hidden.Length; i++) dict.SetItemStr(hidden[i], ss.Hidden[i]);
            return new PyTuple([s.ObType, new PyTuple([new PyTuple(s.Items), dict])]);
        });
        t.InheritSlots(BuiltinTypes.Tuple);
        t.AddSlotWrappers();
        t.FreezeStatic();
        return t;
    }
}
