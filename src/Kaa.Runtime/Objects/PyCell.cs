using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>A closure cell: the storage of a variable shared between a function and its nested functions.</summary>
public sealed class PyCell : PyObject, ICell
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("cell", BuiltinTypes.Object, subclassable: false);

    /// <summary>The value, or null when the variable is unbound.</summary>
    public PyObject? Contents;

    public PyCell(PyObject? contents) : base(TypeObject) { Contents = contents; }

    public PyObject? CellContents { get => Contents; set => Contents = value; }

    internal static void Init()
    {
        var t = TypeObject;
        t.SetNew((ts, cls, args, kw) =>
        {
            Args.Range("cell", args, kw, 0, 1);
            return new PyCell(args.Length > 0 ? args[0] : null);
        });
        t.AddGetSet("cell_contents",
            (ts, o) => ((PyCell)o).Contents ?? throw PyErr.ValueError("Cell is empty"),
            (ts, o, v) => ((PyCell)o).Contents = v);
        t.TpRepr = (ts, o) =>
        {
            var c = (PyCell)o;
            string id = $"0x{ObjectIds.Id(ts, o):x}";
            if (c.Contents == null) return PyStr.From($"<cell at {id}: empty>");
            return PyStr.From($"<cell at {id}: {c.Contents.ObType.Name} object at 0x{ObjectIds.Id(ts, c.Contents):x}>");
        };
        t.TpRichCompare = (ts, a, b, op) =>
        {
            if (b is not PyCell cb) return PyNotImplemented.Value;
            var ca = (PyCell)a;
            // Empty cells sort before full ones (CPython's cell_richcompare).
            if (ca.Contents == null || cb.Contents == null)
            {
                int x = ca.Contents == null ? 0 : 1, y = cb.Contents == null ? 0 : 1;
                return PyBool.From(op switch
                {
                    CompareOp.Lt => x < y, CompareOp.Le => x <= y, CompareOp.Eq => x == y,
                    CompareOp.Ne => x != y, CompareOp.Gt => x > y, _ => x >= y,
                });
            }
            return Ops.RichCompare(ts, ca.Contents, cb.Contents, op);
        };
    }
}
