using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>
/// string.templatelib.Template (PEP 750; CPython's Objects/templateobject.c): what a t-string evaluates to.
/// <see cref="Strings"/> always has one more item than <see cref="Interpolations"/>. Templates concatenate
/// only with templates (the 3.14 rule: `t"" + ""` and `"" + t""` are TypeErrors). Iteration yields the
/// non-empty strings and the interpolations in order. Not subclassable, as in CPython.
/// </summary>
public sealed class PyTemplate : PyObject
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("Template", BuiltinTypes.Object, "string.templatelib", subclassable: false);
    public static readonly PyType IteratorType = BuiltinTypes.CreateStatic("TemplateIter", BuiltinTypes.Object, "string.templatelib", subclassable: false);

    public readonly PyTuple Strings;
    public readonly PyTuple Interpolations;

    public PyTemplate(PyTuple strings, PyTuple interpolations) : base(TypeObject)
    {
        Strings = strings; Interpolations = interpolations;
    }

    /// <summary>BUILD_TEMPLATE: the compiler guarantees the shape (strings has one more item).</summary>
    public static PyTemplate Build(PyObject strings, PyObject interpolations)
    {
        if (strings is not PyTuple s || interpolations is not PyTuple i || s.Count != i.Count + 1)
            throw PyErr.SystemError("BUILD_TEMPLATE expected a strings tuple one longer than the interpolations tuple");
        return new PyTemplate(s, i);
    }

    /// <summary>Template(*args): adjacent strings are joined and "" is inserted between adjacent interpolations
    /// and at either end, so the strings/interpolations alternation holds.</summary>
    private static PyTemplate New(ReadOnlySpan<PyObject> args)
    {
        var strings = new List<PyObject>();
        var interpolations = new List<PyObject>();
        bool lastWasStr = false;
        foreach (var item in args)
        {
            if (item is PyStr s)
            {
                if (lastWasStr) strings[^1] = PyStr.From(((PyStr)strings[^1]).Value + s.Value);
                else strings.Add(item);
                lastWasStr = true;
            }
            else if (item is PyInterpolation)
            {
                if (!lastWasStr) strings.Add(PyStr.Empty);
                interpolations.Add(item);
                lastWasStr = false;
            }
            else
                throw PyErr.TypeError($"Template.__new__ *args need to be of type 'str' or 'Interpolation', got {item.ObType.TpName}");
        }
        if (!lastWasStr) strings.Add(PyStr.Empty);
        return new PyTemplate(new PyTuple(strings.ToArray()), interpolations.Count == 0 ? PyTuple.Empty : new PyTuple(interpolations.ToArray()));
    }

    /// <summary>_PyTemplate_Concat (sq_concat): the last string of the left joins the first string of the right.</summary>
    private static PyObject Concat(ThreadState ts, PyObject a, PyObject b)
    {
        if (a is PyTemplate x && b is PyTemplate y)
        {
            var ls = x.Strings.Items; var rs = y.Strings.Items;
            var strings = new PyObject[ls.Length + rs.Length - 1];
            Array.Copy(ls, strings, ls.Length - 1);
            strings[ls.Length - 1] = PyStr.From(((PyStr)ls[^1]).Value + ((PyStr)rs[0]).Value);
            Array.Copy(rs, 1, strings, ls.Length, rs.Length - 1);
            var interps = new PyObject[x.Interpolations.Count + y.Interpolations.Count];
            x.Interpolations.Items.CopyTo(interps, 0);
            y.Interpolations.Items.CopyTo(interps, x.Interpolations.Count);
            return new PyTemplate(new PyTuple(strings), interps.Length == 0 ? PyTuple.Empty : new PyTuple(interps));
        }
        throw PyErr.TypeError($"can only concatenate {a.ObType.QualifiedName} (not \"{b.ObType.QualifiedName}\") to {a.ObType.QualifiedName}");
    }

    internal static void Init()
    {
        var t = TypeObject;
        t.InstanceFactory = null;
        t.SetNew((ts, cls, args, kw) =>
        {
            if (kw != null && kw.Count > 0) throw PyErr.TypeError("Template.__new__ only accepts *args arguments");
            return New(args);
        });
        t.TpRepr = (ts, o) =>
        {
            var tp = (PyTemplate)o;
            return PyStr.From($"{o.ObType.Name}(strings={Ops.Repr(ts, tp.Strings).Value}, interpolations={Ops.Repr(ts, tp.Interpolations).Value})");
        };
        t.TpGetAttro = TypeInit.GenericGetAttrDelegate;
        t.SqConcat = Concat;
        t.TpIter = (ts, o) => new TemplateIterator((PyTemplate)o);
        t.AddGetSet("strings", (ts, o) => ((PyTemplate)o).Strings, doc: "Strings");
        t.AddGetSet("interpolations", (ts, o) => ((PyTemplate)o).Interpolations, doc: "Interpolations");
        t.AddGetSet("values", (ts, o) =>
        {
            var items = ((PyTemplate)o).Interpolations.Items;
            if (items.Length == 0) return PyTuple.Empty;
            var values = new PyObject[items.Length];
            for (int i = 0; i < items.Length; i++) values[i] = ((PyInterpolation)items[i]).Value;
            return new PyTuple(values);
        }, doc: "Values of interpolations");
        t.AddMethod("__reduce__", (ts, self, args, kw) =>
        {
            Args.Exact("__reduce__", args, kw, 0);
            var module = ImportSystem.ImportModuleLevel(ts, "string.templatelib", null, new PyTuple([PyStr.From("_template_unpickle")]), 0);
            var unpickle = Ops.GetAttr(ts, module, PyStr.From("_template_unpickle"));
            var tp = (PyTemplate)self;
            return new PyTuple([unpickle, new PyTuple([tp.Strings, tp.Interpolations])]);
        });
        t.AddClassMethod("__class_getitem__", PyGenericAlias.ClassGetItem, "See PEP 585");
        t.AddAttr("__doc__", PyStr.Immortal("Template object"));

        var it = IteratorType;
        it.InstanceFactory = null;
        it.TpIter = (ts, o) => o;
        it.TpIterNext = (ts, o) => ((TemplateIterator)o).Next();
        it.TpGetAttro = TypeInit.GenericGetAttrDelegate;
    }

    /// <summary>templateiter: alternates strings and interpolations, skipping empty strings.</summary>
    private sealed class TemplateIterator(PyTemplate template) : PyObject(IteratorType)
    {
        private int _string, _interpolation;
        private bool _fromStrings = true;

        public PyObject? Next()
        {
            var strings = template.Strings.Items;
            var interps = template.Interpolations.Items;
            if (_fromStrings)
            {
                _fromStrings = false;
                if (_string >= strings.Length) return null;
                var s = strings[_string++];
                if (((PyStr)s).Value.Length != 0) return s;
            }
            _fromStrings = true;
            return _interpolation < interps.Length ? interps[_interpolation++] : null;
        }
    }
}
