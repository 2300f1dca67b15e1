using System.Numerics;
using Kaa.Compiler.CodeGen;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>
/// A code object: an immutable <see cref="CodeUnit"/> with its constants converted to Python objects.
/// Code objects hold only deeply immutable objects, so one code object may be shared by every
/// interpreter (DESIGN §2 rule 6); per-interpreter inline caches live on function objects instead.
/// </summary>
public sealed partial class PyCode : PyObject
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("code", BuiltinTypes.Object, subclassable: false);

    public readonly CodeUnit Unit;
    public readonly int[] Instructions;
    public readonly PyObject[] Consts;
    public readonly PyStr[] Names;
    public readonly PyStr[] LocalsPlusNames;
    public readonly PyStr Name, QualName, Filename;
    public readonly CodeFlags Flags;
    public readonly int ArgCount, PosOnlyArgCount, KwOnlyArgCount;
    /// <summary>Parameters including *args and **kwargs.</summary>
    public readonly int TotalArgs;
    public readonly int NLocalsPlus;
    /// <summary>Size of the frame array: fast locals, cells, free variables and the value stack.</summary>
    public readonly int FrameSize;
    public readonly int[] CellSlots;
    public readonly int FreeStart, NFree;
    /// <summary>Plain function: no cells, no free variables, not a generator/coroutine.</summary>
    public readonly bool IsSimple;
    /// <summary>Generator, coroutine or async generator: calling it makes a generator-like object.</summary>
    public readonly bool IsGeneratorLike;
    /// <summary>Only positional parameters without defaults-dependent kinds: a call with exactly ArgCount
    /// positional arguments can copy them straight into the frame.</summary>
    public readonly bool HasOnlyPositional;
    /// <summary>Index into a function's global cache for each LOAD_GLOBAL instruction (-1 elsewhere).</summary>
    public readonly int[] GlobalCacheIndex;
    public readonly int GlobalCacheCount;
    /// <summary>Index into a function's attribute cache for each LOAD_ATTR/STORE_ATTR instruction.</summary>
    public readonly int[] AttrCacheIndex;
    public readonly int AttrCacheCount;

    public PyCode(ThreadState ts, CodeUnit unit) : base(TypeObject)
    {
        Unit = unit;
        Instructions = unit.Code;
        Consts = new PyObject[unit.Constants.Length];
        for (int i = 0; i < Consts.Length; i++) Consts[i] = ConvertConstant(ts, unit.Constants[i]);
        Names = new PyStr[unit.Names.Length];
        for (int i = 0; i < Names.Length; i++) Names[i] = PyStr.From(string.Intern(unit.Names[i]));
        LocalsPlusNames = new PyStr[unit.LocalsPlusNames.Length];
        for (int i = 0; i < LocalsPlusNames.Length; i++) LocalsPlusNames[i] = PyStr.From(string.Intern(unit.LocalsPlusNames[i]));
        Name = PyStr.From(unit.Name);
        QualName = PyStr.From(unit.QualName);
        Filename = PyStr.From(unit.Filename);
        Flags = unit.Flags;
        ArgCount = unit.ArgCount;
        PosOnlyArgCount = unit.PosOnlyArgCount;
        KwOnlyArgCount = unit.KwOnlyArgCount;
        TotalArgs = ArgCount + KwOnlyArgCount + ((Flags & CodeFlags.VarArgs) != 0 ? 1 : 0) + ((Flags & CodeFlags.VarKeywords) != 0 ? 1 : 0);
        NLocalsPlus = unit.NLocalsPlus;
        FrameSize = NLocalsPlus + unit.StackSize + 1;
        CellSlots = unit.CellSlots;
        FreeStart = unit.FreeStart;
        NFree = unit.FreeVars.Length;
        IsGeneratorLike = (Flags & (CodeFlags.Generator | CodeFlags.Coroutine | CodeFlags.AsyncGenerator | CodeFlags.IterableCoroutine)) != 0;
        IsSimple = CellSlots.Length == 0 && NFree == 0 && !IsGeneratorLike;
        HasOnlyPositional = KwOnlyArgCount == 0 && (Flags & (CodeFlags.VarArgs | CodeFlags.VarKeywords)) == 0;

        var code = Instructions;
        GlobalCacheIndex = new int[code.Length];
        AttrCacheIndex = new int[code.Length];
        int g = 0, a = 0;
        for (int i = 0; i < code.Length; i++)
        {
            var op = (OpCode)(code[i] & 0xFF);
            GlobalCacheIndex[i] = op == OpCode.LoadGlobal ? g++ : -1;
            AttrCacheIndex[i] = op is OpCode.LoadAttr or OpCode.StoreAttr ? a++ : -1;
        }
        GlobalCacheCount = g;
        AttrCacheCount = a;
    }

    public bool IsGenerator => (Flags & CodeFlags.Generator) != 0;
    public bool IsCoroutine => (Flags & CodeFlags.Coroutine) != 0;
    public bool IsAsyncGenerator => (Flags & CodeFlags.AsyncGenerator) != 0;
    public bool IsOptimized => (Flags & CodeFlags.Optimized) != 0;
    public int FirstLineNo => Unit.FirstLineNo;

    /// <summary>Source line of the instruction at <paramref name="instr"/> (-1 when unknown).</summary>
    public int LineAt(int instr) => instr >= 0 && instr < Instructions.Length ? Unit.Line(instr) : -1;

    /// <summary>A scalar compiler constant (None, bool, int, float, complex, str, bytes, ...) as a Python
    /// object, or null for a container or code constant. Shared with the ast module's Constant nodes.</summary>
    internal static PyObject? ScalarConstant(object? c) => c switch
    {
        null => PyNone.Value,
        bool b => PyBool.From(b),
        BigInteger i => PyInt.From(i),
        double d => new PyFloat(d),
        Complex z => new PyComplex(z),
        string s => PyStr.From(s),
        Kaa.Compiler.Ast.SeparatedStr s => PyStr.FromSimple(s.Text),
        byte[] bytes => bytes.Length == 0 ? PyBytes.Empty : new PyBytes(bytes),
        Kaa.Compiler.Ast.ConstantEllipsis => PyEllipsis.Value,
        _ => null,
    };

    internal static PyObject ConvertConstant(ThreadState ts, object? c) => ScalarConstant(c) ?? c switch
    {
        object?[] items => items.Length == 0 ? PyTuple.Empty : new PyTuple(items.Select(x => ConvertConstant(ts, x)).ToArray()),
        ConstFrozenSet fs => MakeFrozenSet(ts, fs),
        CodeUnit cu => new PyCode(ts, cu),
        _ => throw new InvalidOperationException($"unknown constant {c!.GetType().Name}"),
    };

    static PyObject MakeFrozenSet(ThreadState ts, ConstFrozenSet fs)
    {
        var set = PySet.NewExact(frozen: true);
        foreach (var item in fs.Items) set.Add(ts, ConvertConstant(ts, item));
        return set;
    }

    public override string ToString() => $"<code object {Name.Value}>";

    internal static void Init()
    {
        var t = TypeObject;
        t.TpRepr = (ts, o) =>
        {
            var c = (PyCode)o;
            return PyStr.From($"<code object {c.Name.Value} at 0x{ObjectIds.Id(ts, o):x}, file \"{c.Filename.Value}\", line {c.FirstLineNo}>");
        };
        PyTuple Strs(IEnumerable<string> names) => new(names.Select(n => (PyObject)PyStr.From(n)).ToArray());
        t.AddGetSet("co_name", (ts, o) => ((PyCode)o).Name);
        t.AddGetSet("co_qualname", (ts, o) => ((PyCode)o).QualName);
        t.AddGetSet("co_filename", (ts, o) => ((PyCode)o).Filename);
        t.AddGetSet("co_firstlineno", (ts, o) => PyInt.From(((PyCode)o).FirstLineNo));
        t.AddGetSet("co_argcount", (ts, o) => PyInt.From(((PyCode)o).ArgCount));
        t.AddGetSet("co_posonlyargcount", (ts, o) => PyInt.From(((PyCode)o).PosOnlyArgCount));
        t.AddGetSet("co_kwonlyargcount", (ts, o) => PyInt.From(((PyCode)o).KwOnlyArgCount));
        t.AddGetSet("co_nlocals", (ts, o) => PyInt.From(((PyCode)o).Unit.NLocals));
        t.AddGetSet("co_stacksize", (ts, o) => PyInt.From(((PyCode)o).Unit.StackSize));
        t.AddGetSet("co_flags", (ts, o) => PyInt.From((long)((PyCode)o).Flags));
        t.AddGetSet("co_varnames", (ts, o) => Strs(((PyCode)o).Unit.VarNames));
        t.AddGetSet("co_cellvars", (ts, o) => Strs(((PyCode)o).Unit.CellVars));
        t.AddGetSet("co_freevars", (ts, o) => Strs(((PyCode)o).Unit.FreeVars));
        t.AddGetSet("co_names", (ts, o) => new PyTuple(((PyCode)o).Names.Cast<PyObject>().ToArray()));
        t.AddGetSet("co_consts", (ts, o) => new PyTuple((PyObject[])((PyCode)o).Consts.Clone()));
        t.AddGetSet("co_code", (ts, o) =>
        {
            var code = ((PyCode)o).Instructions;
            var bytes = new byte[code.Length * 2];
            for (int i = 0; i < code.Length; i++) { bytes[2 * i] = (byte)code[i]; bytes[2 * i + 1] = (byte)(code[i] >> 8); }
            return new PyBytes(bytes);
        });
        // dis reads this first when it disassembles (dis.dis, get_instructions, Bytecode): Kaa's
        // instructions are not CPython's, so decoding co_code as CPython bytecode would print nonsense.
        t.AddGetSet("_varname_from_oparg", (ts, o) =>
            throw PyErr.NotImplementedError("disassembly (dis.dis, dis.get_instructions) is not supported: Kaa's bytecode is not CPython's"));
        t.AddGetSet("co_exceptiontable", (ts, o) => PyBytes.Empty);
        t.AddGetSet("co_linetable", (ts, o) => PyBytes.Empty);
        t.AddMethod("co_lines", (ts, self, args, kw) =>
        {
            var c = (PyCode)self;
            var list = new PyList();
            int n = c.Instructions.Length;
            int start = 0;
            for (int i = 1; i <= n; i++)
            {
                if (i < n && c.Unit.Line(i) == c.Unit.Line(start)) continue;
                list.Append(new PyTuple([PyInt.From(start * 2), PyInt.From(i * 2), PyInt.From(c.Unit.Line(start))]));
                start = i;
            }
            return Ops.GetIter(ts, list);
        });
        t.AddMethod("co_positions", (ts, self, args, kw) =>
        {
            var c = (PyCode)self;
            var list = new PyList();
            PyObject P(int v) => v < 0 ? PyNone.Value : PyInt.From(v);
            for (int i = 0; i < c.Instructions.Length; i++)
                list.Append(new PyTuple([P(c.Unit.Line(i)), P(c.Unit.EndLine(i)), P(c.Unit.Col(i)), P(c.Unit.EndCol(i))]));
            return Ops.GetIter(ts, list);
        });
        t.TpHash = (ts, o) => ((PyCode)o).ContentHash();
        t.TpRichCompare = (ts, a, b, op) =>
        {
            if (op is not (CompareOp.Eq or CompareOp.Ne) || a is not PyCode x || b is not PyCode y) return PyNotImplemented.Value;
            return PyBool.From(ContentEquals(ts, x, y) == (op == CompareOp.Eq));
        };
        AddReplace(t);
    }
}
