using System.Collections.Frozen;
using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// The _opcode module (Modules/_opcode.c) that opcode.py and dis import: CPython 3.14's opcode
/// properties for the opcode numbers of Lib/_opcode_metadata.py (Kaa's own bytecode is different;
/// these describe CPython's, which is what dis documents), the intrinsic and binary-operator names.
/// stack_effect needs CPython's per-instruction stack table, which Kaa does not carry: it says so.
/// </summary>
public static class OpcodeModule
{
    public static readonly BuiltinModuleDef Definition = new() { Name = "_opcode", Exec = Exec };

    private const int HaveArgument = 43;
    private static readonly FrozenSet<int> HasConst = FrozenSet.Create(82);
    private static readonly FrozenSet<int> HasName = FrozenSet.Create(61, 64, 65, 72, 73, 80, 91, 92, 93, 96, 110, 115, 116);
    private static readonly FrozenSet<int> HasJump = FrozenSet.Create(70, 75, 76, 77, 100, 101, 102, 103, 106, 257, 258, 259, 260);
    private static readonly FrozenSet<int> HasFree = FrozenSet.Create(62, 83, 90, 97, 111);
    private static readonly FrozenSet<int> HasLocal = FrozenSet.Create(63, 84, 85, 86, 87, 88, 89, 112, 113, 114, 261, 266);
    private static readonly FrozenSet<int> HasExc = FrozenSet.Create(263, 264, 265);
    /// <summary>Opcodes at or above HAVE_ARGUMENT that take no argument (instrumented forms of argument-less ones, pseudo ops).</summary>
    private static readonly FrozenSet<int> NoArg = FrozenSet.Create(234, 235, 236, 238, 240, 246, 252, 254, 255, 256, 262);

    private static bool IsValid(int op) => op >= 0 && op <= 266 && op != 3 && (op < 121 || op > 127);

    private static void Exec(ThreadState ts, PyModule m)
    {
        m.Set("__doc__", PyStr.From("Opcode support module."));
        void Fn(string name, BuiltinFunc f) => m.Set(name, new PyBuiltinFunction(name, f, m));
        void Has(string name, Func<int, bool> test) => Fn(name, (ts2, _, a, kw) =>
        {
            var p = Args.Parse(name, a, kw, ["opcode"], 1);
            var op = Ops.Index(ts2, p[0]!);
            return PyBool.From(op.IsSmall && IsValid((int)op.Small) && test((int)op.Small));
        });
        Has("is_valid", _ => true);
        Has("has_arg", op => op >= HaveArgument && !NoArg.Contains(op));
        Has("has_const", HasConst.Contains);
        Has("has_name", HasName.Contains);
        Has("has_jump", HasJump.Contains);
        Has("has_free", HasFree.Contains);
        Has("has_local", HasLocal.Contains);
        Has("has_exc", HasExc.Contains);
        Fn("stack_effect", (ts2, _, a, kw) =>
            throw PyErr.NotImplementedError("_opcode.stack_effect (dis.stack_effect) is not implemented in Kaa"));
        Fn("get_executor", (ts2, _, a, kw) =>
            throw PyErr.NotImplementedError("_opcode.get_executor: Kaa has no tier-2 executors"));
        Fn("get_specialization_stats", (ts2, _, a, kw) => PyNone.Value);
        Fn("get_intrinsic1_descs", (ts2, _, a, kw) => Strs("INTRINSIC_1_INVALID", "INTRINSIC_PRINT", "INTRINSIC_IMPORT_STAR",
            "INTRINSIC_STOPITERATION_ERROR", "INTRINSIC_ASYNC_GEN_WRAP", "INTRINSIC_UNARY_POSITIVE", "INTRINSIC_LIST_TO_TUPLE",
            "INTRINSIC_TYPEVAR", "INTRINSIC_PARAMSPEC", "INTRINSIC_TYPEVARTUPLE", "INTRINSIC_SUBSCRIPT_GENERIC", "INTRINSIC_TYPEALIAS"));
        Fn("get_intrinsic2_descs", (ts2, _, a, kw) => Strs("INTRINSIC_2_INVALID", "INTRINSIC_PREP_RERAISE_STAR",
            "INTRINSIC_TYPEVAR_WITH_BOUND", "INTRINSIC_TYPEVAR_WITH_CONSTRAINTS", "INTRINSIC_SET_FUNCTION_TYPE_PARAMS",
            "INTRINSIC_SET_TYPEPARAM_DEFAULT"));
        Fn("get_special_method_names", (ts2, _, a, kw) => Strs("__enter__", "__exit__", "__aenter__", "__aexit__"));
        Fn("get_nb_ops", (ts2, _, a, kw) =>
        {
            (string, string)[] ops =
            [
                ("NB_ADD", "+"), ("NB_AND", "&"), ("NB_FLOOR_DIVIDE", "//"), ("NB_LSHIFT", "<<"), ("NB_MATRIX_MULTIPLY", "@"),
                ("NB_MULTIPLY", "*"), ("NB_REMAINDER", "%"), ("NB_OR", "|"), ("NB_POWER", "**"), ("NB_RSHIFT", ">>"),
                ("NB_SUBTRACT", "-"), ("NB_TRUE_DIVIDE", "/"), ("NB_XOR", "^"), ("NB_INPLACE_ADD", "+="), ("NB_INPLACE_AND", "&="),
                ("NB_INPLACE_FLOOR_DIVIDE", "//="), ("NB_INPLACE_LSHIFT", "<<="), ("NB_INPLACE_MATRIX_MULTIPLY", "@="),
                ("NB_INPLACE_MULTIPLY", "*="), ("NB_INPLACE_REMAINDER", "%="), ("NB_INPLACE_OR", "|="), ("NB_INPLACE_POWER", "**="),
                ("NB_INPLACE_RSHIFT", ">>="), ("NB_INPLACE_SUBTRACT", "-="), ("NB_INPLACE_TRUE_DIVIDE", "/="), ("NB_INPLACE_XOR", "^="),
                ("NB_SUBSCR", "[]"),
            ];
            return new PyList(ops.Select(o => (PyObject)new PyTuple([PyStr.From(o.Item1), PyStr.From(o.Item2)])).ToArray());
        });
    }

    private static PyList Strs(params string[] names) => new(names.Select(n => (PyObject)PyStr.From(n)).ToArray());
}
