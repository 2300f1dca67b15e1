using System.Collections.Frozen;
using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// The _opcode module (Modules/_opcode.c) that Lib/opcode.py and dis import: facts about CPython 3.14's
/// opcodes. Kaa runs its own bytecode, so these describe CPython's numbering (Lib/_opcode_metadata.py),
/// which is what opcode/dis expose; the predicates classify opcodes by name as CPython's metadata flags do.
/// </summary>
public static class OpcodeModule
{
    public static readonly BuiltinModuleDef Definition = new() { Name = "_opcode", Exec = Exec };

    static readonly FrozenSet<string> Const = FrozenSet.Create(StringComparer.Ordinal, "LOAD_CONST");
    static readonly FrozenSet<string> NameOps = FrozenSet.Create(StringComparer.Ordinal,
        "LOAD_NAME", "STORE_NAME", "DELETE_NAME", "LOAD_GLOBAL", "STORE_GLOBAL", "DELETE_GLOBAL", "LOAD_ATTR", "STORE_ATTR",
        "DELETE_ATTR", "IMPORT_NAME", "IMPORT_FROM", "LOAD_FROM_DICT_OR_GLOBALS", "LOAD_SUPER_ATTR", "INSTRUMENTED_LOAD_SUPER_ATTR");
    static readonly FrozenSet<string> Jump = FrozenSet.Create(StringComparer.Ordinal,
        "FOR_ITER", "JUMP_FORWARD", "JUMP_BACKWARD", "JUMP_BACKWARD_NO_INTERRUPT", "POP_JUMP_IF_FALSE", "POP_JUMP_IF_TRUE",
        "POP_JUMP_IF_NONE", "POP_JUMP_IF_NOT_NONE", "SEND", "END_ASYNC_FOR", "JUMP", "JUMP_IF_FALSE", "JUMP_IF_TRUE",
        "JUMP_NO_INTERRUPT", "INSTRUMENTED_FOR_ITER", "INSTRUMENTED_JUMP_FORWARD", "INSTRUMENTED_JUMP_BACKWARD",
        "INSTRUMENTED_POP_JUMP_IF_TRUE", "INSTRUMENTED_POP_JUMP_IF_FALSE", "INSTRUMENTED_POP_JUMP_IF_NONE",
        "INSTRUMENTED_POP_JUMP_IF_NOT_NONE", "INSTRUMENTED_END_ASYNC_FOR");
    static readonly FrozenSet<string> Free = FrozenSet.Create(StringComparer.Ordinal,
        "LOAD_DEREF", "STORE_DEREF", "DELETE_DEREF", "MAKE_CELL", "LOAD_FROM_DICT_OR_DEREF");
    static readonly FrozenSet<string> Local = FrozenSet.Create(StringComparer.Ordinal,
        "LOAD_FAST", "LOAD_FAST_CHECK", "LOAD_FAST_AND_CLEAR", "LOAD_FAST_BORROW", "LOAD_FAST_LOAD_FAST",
        "LOAD_FAST_BORROW_LOAD_FAST_BORROW", "STORE_FAST", "STORE_FAST_LOAD_FAST", "STORE_FAST_STORE_FAST", "DELETE_FAST",
        "LOAD_CLOSURE", "STORE_FAST_MAYBE_NULL");
    static readonly FrozenSet<string> Exc = FrozenSet.Create(StringComparer.Ordinal, "SETUP_FINALLY", "SETUP_CLEANUP", "SETUP_WITH");
    /// <summary>Pseudo-instructions (numbered 256 and up) that take no argument.</summary>
    static readonly FrozenSet<string> PseudoNoArg = FrozenSet.Create(StringComparer.Ordinal, "ANNOTATIONS_PLACEHOLDER", "POP_BLOCK");
    const int HaveArgument = 43;

    static void Exec(ThreadState ts, PyModule m)
    {
        void Pred(string name, Func<int, string, bool> test) => m.Set(name, new PyBuiltinFunction(name, (ts2, mod, a, kw) =>
        {
            Args.Exact(name, a, kw, 1);
            if (a[0] is not PyInt op) throw PyErr.TypeError($"'{a[0].ObType.Name}' object cannot be interpreted as an integer");
            var n = OpName(ts2, mod!, (int)op.Big);
            return PyBool.From(n != null && test((int)op.Big, n));
        }, m));
        Pred("is_valid", (_, _) => true);
        Pred("has_arg", (op, n) => op >= 256 ? !PseudoNoArg.Contains(n) : op >= HaveArgument);
        Pred("has_const", (_, n) => Const.Contains(n));
        Pred("has_name", (_, n) => NameOps.Contains(n));
        Pred("has_jump", (_, n) => Jump.Contains(n));
        Pred("has_free", (_, n) => Free.Contains(n));
        Pred("has_local", (_, n) => Local.Contains(n));
        Pred("has_exc", (_, n) => Exc.Contains(n));
        PyList Strs(params string[] s) => new(s.Select(x => (PyObject)PyStr.From(x)).ToArray());
        m.Set("get_intrinsic1_descs", new PyBuiltinFunction("get_intrinsic1_descs", (_, _, a, kw) => Strs(
            "INTRINSIC_1_INVALID", "INTRINSIC_PRINT", "INTRINSIC_IMPORT_STAR", "INTRINSIC_STOPITERATION_ERROR",
            "INTRINSIC_ASYNC_GEN_WRAP", "INTRINSIC_UNARY_POSITIVE", "INTRINSIC_LIST_TO_TUPLE", "INTRINSIC_TYPEVAR",
            "INTRINSIC_PARAMSPEC", "INTRINSIC_TYPEVARTUPLE", "INTRINSIC_SUBSCRIPT_GENERIC", "INTRINSIC_TYPEALIAS"), m));
        m.Set("get_intrinsic2_descs", new PyBuiltinFunction("get_intrinsic2_descs", (_, _, a, kw) => Strs(
            "INTRINSIC_2_INVALID", "INTRINSIC_PREP_RERAISE_STAR", "INTRINSIC_TYPEVAR_WITH_BOUND",
            "INTRINSIC_TYPEVAR_WITH_CONSTRAINTS", "INTRINSIC_SET_FUNCTION_TYPE_PARAMS", "INTRINSIC_SET_TYPEPARAM_DEFAULT"), m));
        m.Set("get_special_method_names", new PyBuiltinFunction("get_special_method_names", (_, _, a, kw) =>
            Strs("__enter__", "__exit__", "__aenter__", "__aexit__"), m));
        m.Set("get_nb_ops", new PyBuiltinFunction("get_nb_ops", (_, _, a, kw) =>
        {
            (string, string)[] ops = [("NB_ADD", "+"), ("NB_AND", "&"), ("NB_FLOOR_DIVIDE", "//"), ("NB_LSHIFT", "<<"),
                ("NB_MATRIX_MULTIPLY", "@"), ("NB_MULTIPLY", "*"), ("NB_REMAINDER", "%"), ("NB_OR", "|"), ("NB_POWER", "**"),
                ("NB_RSHIFT", ">>"), ("NB_SUBTRACT", "-"), ("NB_TRUE_DIVIDE", "/"), ("NB_XOR", "^"), ("NB_INPLACE_ADD", "+="),
                ("NB_INPLACE_AND", "&="), ("NB_INPLACE_FLOOR_DIVIDE", "//="), ("NB_INPLACE_LSHIFT", "<<="),
                ("NB_INPLACE_MATRIX_MULTIPLY", "@="), ("NB_INPLACE_MULTIPLY", "*="), ("NB_INPLACE_REMAINDER", "%="),
                ("NB_INPLACE_OR", "|="), ("NB_INPLACE_POWER", "**="), ("NB_INPLACE_RSHIFT", ">>="),
                ("NB_INPLACE_SUBTRACT", "-="), ("NB_INPLACE_TRUE_DIVIDE", "/="), ("NB_INPLACE_XOR", "^="), ("NB_SUBSCR", "[]")];
            return new PyList(ops.Select(p => (PyObject)PyTuple.Create(PyStr.From(p.Item1), PyStr.From(p.Item2))).ToArray());
        }, m));
        m.Set("get_specialization_stats", new PyBuiltinFunction("get_specialization_stats", (_, _, a, kw) => PyNone.Value, m));
        m.Set("get_executor", new PyBuiltinFunction("get_executor", (_, _, a, kw) =>
            throw PyErr.ValueError("no executor at given byte offset"), m));
        m.Set("stack_effect", new PyBuiltinFunction("stack_effect", (_, _, a, kw) =>
            throw PyErr.NotImplementedError("_opcode.stack_effect: Kaa does not run CPython bytecode"), m));
        m.Set("ENABLE_SPECIALIZATION", PyBool.False);
        m.Set("ENABLE_SPECIALIZATION_FT", PyBool.False);
    }

    /// <summary>The name of CPython opcode <paramref name="op"/> from _opcode_metadata.opmap (read once per
    /// module instance), or null when there is no such opcode.</summary>
    static string? OpName(ThreadState ts, PyModule m, int op)
    {
        if (m.State is not Dictionary<int, string> names)
        {
            names = new Dictionary<int, string>();
            var meta = ImportSystem.ImportModuleLevel(ts, "_opcode_metadata", null, null, 0);
            if (Ops.GetAttr(ts, meta, "opmap") is PyDict opmap)
                foreach (var (k, v) in opmap.EnumerateItems())
                    if (k is PyStr s && v is PyInt i) names[(int)i.Big] = s.Value;
            m.State = names;
        }
        return names.TryGetValue(op, out var n) ? n : null;
    }
}
