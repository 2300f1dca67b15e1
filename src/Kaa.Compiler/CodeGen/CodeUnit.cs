using Kaa.Compiler.Ast;
using System.Numerics;

namespace Kaa.Compiler.CodeGen;

/// <summary>CPython's co_flags values.</summary>
[Flags]
public enum CodeFlags
{
    None = 0,
    Optimized = 0x0001,
    NewLocals = 0x0002,
    VarArgs = 0x0004,
    VarKeywords = 0x0008,
    Nested = 0x0010,
    Generator = 0x0020,
    NoFree = 0x0040,
    Coroutine = 0x0080,
    IterableCoroutine = 0x0100,
    AsyncGenerator = 0x0200,
    FutureAnnotations = 0x1000000,
    HasDocstring = 0x4000000,
    Method = 0x8000000,
}

/// <summary>Kinds of the slots in <see cref="CodeUnit.LocalsPlusNames"/> (CPython's CO_FAST_*).</summary>
[Flags]
public enum LocalKind : byte
{
    Local = 0x20,
    Cell = 0x40,
    Free = 0x80,
}

/// <summary>One exception table entry: instructions [Start, End) unwind to Target, with the value
/// stack cut to Depth entries, pushing the raising instruction's index first when Lasti.</summary>
public readonly record struct ExceptionTableEntry(int Start, int End, int Target, int Depth, bool Lasti);

/// <summary>A frozenset constant (from `x in {1, 2}`).</summary>
public sealed class ConstFrozenSet(object?[] items)
{
    public readonly object?[] Items = items;
}

/// <summary>
/// The runtime-neutral result of compiling one scope (module, class body, function, lambda,
/// comprehension). Constants are .NET values: null (None), bool, BigInteger, double, Complex, string,
/// byte[], <see cref="Ast.ConstantEllipsis"/>, object?[] (tuple), <see cref="ConstFrozenSet"/>, and
/// nested <see cref="CodeUnit"/>s. Immutable once built.
/// </summary>
public sealed class CodeUnit
{
    public required string Name;
    public required string QualName;
    public required string Filename;
    public int FirstLineNo;
    public CodeFlags Flags;
    public int ArgCount, PosOnlyArgCount, KwOnlyArgCount;
    /// <summary>Fast locals + cells + free variables, in slot order.</summary>
    public required string[] LocalsPlusNames;
    public required LocalKind[] LocalsPlusKinds;
    public required string[] VarNames;   // co_varnames
    public required string[] CellVars;   // co_cellvars
    public required string[] FreeVars;   // co_freevars
    public required string[] Names;      // co_names
    public required object?[] Constants;
    public required int[] Code;
    public required ExceptionTableEntry[] ExceptionTable;
    /// <summary>Four ints per instruction: line, end line, column, end column (0-based UTF-16
    /// columns; -1 when unknown).</summary>
    public required int[] Positions;
    public int StackSize;
    /// <summary>Slots that hold a cell (MAKE_CELL at entry), in slot order.</summary>
    public required int[] CellSlots;
    /// <summary>Index of the first free-variable slot (closure cells are copied from there on).</summary>
    public int FreeStart;
    public string? Docstring;
    /// <summary>
    /// A list/set/dict comprehension, which CPython 3.12+ runs inline in its enclosing frame (PEP 709).
    /// Kaa gives it a frame of its own, named like the enclosing one; a traceback shows the two as one
    /// entry (the comprehension's) as CPython does.
    /// </summary>
    public bool InlinedComprehension;
    /// <summary>
    /// A list comprehension with one <c>for</c> and no <c>if</c>: its list gets exactly one item per
    /// item of its iterator (argument 0), so the VM sizes the list from the iterator's remaining length
    /// at the first append instead of growing it step by step.
    /// </summary>
    public bool ListLengthFromIterator;

    public int NLocalsPlus => LocalsPlusNames.Length;
    public int NLocals => VarNames.Length;

    public int Line(int instr) => Positions[instr * 4];
    public int EndLine(int instr) => Positions[instr * 4 + 1];
    public int Col(int instr) => Positions[instr * 4 + 2];
    public int EndCol(int instr) => Positions[instr * 4 + 3];

    public static OpCode Op(int word) => (OpCode)(word & 0xFF);
    public static int Arg(int word) => word >>> 8;

    /// <summary>Finds the handler for the instruction at <paramref name="instr"/>, or returns false.</summary>
    public bool FindHandler(int instr, out ExceptionTableEntry entry)
    {
        var table = ExceptionTable;
        int lo = 0, hi = table.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var e = table[mid];
            if (instr < e.Start) hi = mid - 1;
            else if (instr >= e.End) lo = mid + 1;
            else { entry = e; return true; }
        }
        entry = default;
        return false;
    }
}

/// <summary>Equality of constants as CPython's _PyCode_ConstantKey: 1, 1.0, True and -0.0/0.0 stay distinct.</summary>
public sealed class ConstantKeyComparer : IEqualityComparer<object?>
{
    public static readonly ConstantKeyComparer Instance = new();

    public new bool Equals(object? a, object? b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is null || b is null) return false;
        if (a.GetType() != b.GetType()) return false;
        switch (a)
        {
            case bool x: return x == (bool)b;
            case BigInteger x: return x == (BigInteger)b;
            case double x: return BitConverter.DoubleToInt64Bits(x) == BitConverter.DoubleToInt64Bits((double)b);
            case Complex x:
                {
                    var y = (Complex)b;
                    return BitConverter.DoubleToInt64Bits(x.Real) == BitConverter.DoubleToInt64Bits(y.Real)
                        && BitConverter.DoubleToInt64Bits(x.Imaginary) == BitConverter.DoubleToInt64Bits(y.Imaginary);
                }
            case string x: return string.Equals(x, (string)b, StringComparison.Ordinal);
            case SeparatedStr x: return string.Equals(x.Text, ((SeparatedStr)b).Text, StringComparison.Ordinal);
            case byte[] x: return x.AsSpan().SequenceEqual((byte[])b);
            case object?[] x:
                {
                    var y = (object?[])b;
                    if (x.Length != y.Length) return false;
                    for (int i = 0; i < x.Length; i++) if (!Equals(x[i], y[i])) return false;
                    return true;
                }
            case ConstFrozenSet x:
                {
                    var y = (ConstFrozenSet)b;
                    if (x.Items.Length != y.Items.Length) return false;
                    for (int i = 0; i < x.Items.Length; i++) if (!Equals(x.Items[i], y.Items[i])) return false;
                    return true;
                }
            default: return false; // code units and the ellipsis compare by identity
        }
    }

    public int GetHashCode(object? o)
    {
        switch (o)
        {
            case null: return 0;
            case bool x: return x ? 3 : 5;
            case BigInteger x: return x.GetHashCode();
            case double x: return BitConverter.DoubleToInt64Bits(x).GetHashCode() ^ 0x1234;
            case Complex x: return HashCode.Combine(BitConverter.DoubleToInt64Bits(x.Real), BitConverter.DoubleToInt64Bits(x.Imaginary));
            case string x: return x.GetHashCode();
            case SeparatedStr x: return x.Text.GetHashCode() ^ 0x77;
            case byte[] x:
                {
                    var h = new HashCode();
                    h.AddBytes(x);
                    return h.ToHashCode() ^ 0x55;
                }
            case object?[] x:
                {
                    var h = new HashCode();
                    foreach (var item in x) h.Add(GetHashCode(item));
                    return h.ToHashCode();
                }
            case ConstFrozenSet x:
                {
                    var h = new HashCode();
                    foreach (var item in x.Items) h.Add(GetHashCode(item));
                    return h.ToHashCode() ^ 0x77;
                }
            default: return System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(o);
        }
    }
}
