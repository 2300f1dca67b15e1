using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;
using Kaa.Compiler.Ast;

namespace Kaa.Compiler.CodeGen;

/// <summary>
/// A binary form of <see cref="CodeUnit"/> for the on-disk cache of compiled modules (Kaa's
/// counterpart of CPython's .pyc files; the runtime's import system decides where the files live and
/// when they are stale). Strings are written as raw UTF-16 so lone surrogates survive. The format has
/// no version field of its own: the cache stamps every file with this assembly's build identity, so a
/// file written by any other build of the compiler is never read.
/// </summary>
public static class CodeUnitSerializer
{
    // Constant tags.
    private const byte TNone = 0, TFalse = 1, TTrue = 2, TInt = 3, TFloat = 4, TComplex = 5, TStr = 6,
        TBytes = 7, TEllipsis = 8, TTuple = 9, TFrozenSet = 10, TCode = 11, TSeparatedStr = 12;

    /// <summary>Writes <paramref name="unit"/>; false (and nothing usable written) when it holds a
    /// constant this format does not know, so the caller keeps the unit uncached.</summary>
    public static bool TryWrite(BinaryWriter w, CodeUnit unit)
    {
        try
        {
            Write(w, unit);
            return true;
        }
        catch (NotSupportedException)
        {
            return false;
        }
    }

    /// <summary>Reads a unit written by <see cref="TryWrite"/> from <paramref name="data"/> at
    /// <paramref name="offset"/>; throws <see cref="InvalidDataException"/> on a damaged file.</summary>
    public static CodeUnit Read(byte[] data, int offset)
    {
        var r = new Cursor(data, offset);
        try
        {
            return ReadUnit(ref r, depth: 0);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
        {
            throw new InvalidDataException("truncated code cache file");
        }
    }

    private static void Write(BinaryWriter w, CodeUnit u)
    {
        WriteStr(w, u.Name);
        WriteStr(w, u.QualName);
        WriteStr(w, u.Filename);
        w.Write(u.FirstLineNo);
        w.Write((int)u.Flags);
        w.Write(u.ArgCount);
        w.Write(u.PosOnlyArgCount);
        w.Write(u.KwOnlyArgCount);
        WriteStrs(w, u.LocalsPlusNames);
        w.Write(u.LocalsPlusKinds.Length);
        foreach (var k in u.LocalsPlusKinds) w.Write((byte)k);
        WriteStrs(w, u.VarNames);
        WriteStrs(w, u.CellVars);
        WriteStrs(w, u.FreeVars);
        WriteStrs(w, u.Names);
        w.Write(u.Constants.Length);
        foreach (var c in u.Constants) WriteConst(w, c);
        WriteInts(w, u.Code);
        w.Write(u.ExceptionTable.Length);
        foreach (var e in u.ExceptionTable)
        {
            w.Write(e.Start);
            w.Write(e.End);
            w.Write(e.Target);
            w.Write(e.Depth);
            w.Write(e.Lasti);
        }
        WriteInts(w, u.Positions);
        w.Write(u.StackSize);
        WriteInts(w, u.CellSlots);
        w.Write(u.FreeStart);
        w.Write(u.Docstring != null);
        if (u.Docstring != null) WriteStr(w, u.Docstring);
        w.Write(u.InlinedComprehension);
        w.Write(u.ListLengthFromIterator);
    }

    private static CodeUnit ReadUnit(ref Cursor r, int depth)
    {
        if (depth > 200) throw new InvalidDataException("code units nested too deeply");
        var name = r.ReadStr();
        var qualName = r.ReadStr();
        var filename = r.ReadStr();
        int firstLine = r.Int32();
        var flags = (CodeFlags)r.Int32();
        int argCount = r.Int32(), posOnly = r.Int32(), kwOnly = r.Int32();
        var localsPlusNames = r.ReadStrs();
        var kinds = new LocalKind[r.Count()];
        for (int i = 0; i < kinds.Length; i++) kinds[i] = (LocalKind)r.Byte();
        var varNames = r.ReadStrs();
        var cellVars = r.ReadStrs();
        var freeVars = r.ReadStrs();
        var names = r.ReadStrs();
        var consts = new object?[r.Count()];
        for (int i = 0; i < consts.Length; i++) consts[i] = ReadConst(ref r, depth);
        var code = r.ReadInts();
        var table = new ExceptionTableEntry[r.Count()];
        for (int i = 0; i < table.Length; i++)
            table[i] = new ExceptionTableEntry(r.Int32(), r.Int32(), r.Int32(), r.Int32(), r.Bool());
        var positions = r.ReadInts();
        int stackSize = r.Int32();
        var cellSlots = r.ReadInts();
        int freeStart = r.Int32();
        string? doc = r.Bool() ? r.ReadStr() : null;
        bool inlined = r.Bool();
        bool listLength = r.Bool();
        if (kinds.Length != localsPlusNames.Length || positions.Length != code.Length * 4)
            throw new InvalidDataException("inconsistent code unit");
        return new CodeUnit
        {
            Name = name,
            QualName = qualName,
            Filename = filename,
            FirstLineNo = firstLine,
            Flags = flags,
            ArgCount = argCount,
            PosOnlyArgCount = posOnly,
            KwOnlyArgCount = kwOnly,
            LocalsPlusNames = localsPlusNames,
            LocalsPlusKinds = kinds,
            VarNames = varNames,
            CellVars = cellVars,
            FreeVars = freeVars,
            Names = names,
            Constants = consts,
            Code = code,
            ExceptionTable = table,
            Positions = positions,
            StackSize = stackSize,
            CellSlots = cellSlots,
            FreeStart = freeStart,
            Docstring = doc,
            InlinedComprehension = inlined,
            ListLengthFromIterator = listLength,
        };
    }

    private static void WriteConst(BinaryWriter w, object? c)
    {
        switch (c)
        {
            case null: w.Write(TNone); break;
            case bool b: w.Write(b ? TTrue : TFalse); break;
            case BigInteger i:
                {
                    w.Write(TInt);
                    var bytes = i.ToByteArray();
                    w.Write(bytes.Length);
                    w.Write(bytes);
                    break;
                }
            case double d: w.Write(TFloat); w.Write(d); break;
            case Complex z: w.Write(TComplex); w.Write(z.Real); w.Write(z.Imaginary); break;
            case string s: w.Write(TStr); WriteStr(w, s); break;
            case SeparatedStr s: w.Write(TSeparatedStr); WriteStr(w, s.Text); break;
            case byte[] b: w.Write(TBytes); w.Write(b.Length); w.Write(b); break;
            case ConstantEllipsis: w.Write(TEllipsis); break;
            case object?[] items:
                w.Write(TTuple);
                w.Write(items.Length);
                foreach (var x in items) WriteConst(w, x);
                break;
            case ConstFrozenSet fs:
                w.Write(TFrozenSet);
                w.Write(fs.Items.Length);
                foreach (var x in fs.Items) WriteConst(w, x);
                break;
            case CodeUnit u: w.Write(TCode); Write(w, u); break;
            default: throw new NotSupportedException($"constant of type {c.GetType().Name}");
        }
    }

    private static object? ReadConst(ref Cursor r, int depth)
    {
        byte tag = r.Byte();
        switch (tag)
        {
            case TNone: return null;
            case TFalse: return false;
            case TTrue: return true;
            case TInt: return new BigInteger(r.Bytes(r.Count()));
            case TFloat: return r.Double();
            case TComplex: return new Complex(r.Double(), r.Double());
            case TStr: return r.ReadStr();
            case TSeparatedStr: return new SeparatedStr(r.ReadStr());
            case TBytes: return r.Bytes(r.Count()).ToArray();
            case TEllipsis: return ConstantEllipsis.Instance;
            case TTuple:
                {
                    var items = new object?[r.Count()];
                    for (int i = 0; i < items.Length; i++) items[i] = ReadConst(ref r, depth + 1);
                    return items;
                }
            case TFrozenSet:
                {
                    var items = new object?[r.Count()];
                    for (int i = 0; i < items.Length; i++) items[i] = ReadConst(ref r, depth + 1);
                    return new ConstFrozenSet(items);
                }
            case TCode: return ReadUnit(ref r, depth + 1);
            default: throw new InvalidDataException($"unknown constant tag {tag}");
        }
    }

    private static void WriteStr(BinaryWriter w, string s)
    {
        w.Write(s.Length);
        w.Write(MemoryMarshal.AsBytes(s.AsSpan()));
    }

    
    private static void WriteStrs(BinaryWriter w, string[] a)
    {
        w.Write(a.Length);
        foreach (var s in a) WriteStr(w, s);
    }

    
    private static void WriteInts(BinaryWriter w, int[] a)
    {
        w.Write(a.Length);
        w.Write(MemoryMarshal.AsBytes(a.AsSpan()));
    }

    

    /// <summary>Reads the little-endian values the writer produced straight out of the file's bytes.</summary>
    private ref struct Cursor(byte[] data, int pos)
    {
        private readonly byte[] _data = data;
        private int _pos = pos;

        public ReadOnlySpan<byte> Bytes(int n)
        {
            var span = _data.AsSpan(_pos, n);
            _pos += n;
            return span;
        }

        public byte Byte() => Bytes(1)[0];
        public bool Bool() => Byte() != 0;
        public int Int32() => BinaryPrimitives.ReadInt32LittleEndian(Bytes(4));
        public double Double() => BinaryPrimitives.ReadDoubleLittleEndian(Bytes(8));

        /// <summary>A length prefix, checked against what is left of the file.</summary>
        public int Count()
        {
            int n = Int32();
            if (n < 0 || n > _data.Length - _pos) throw new InvalidDataException("bad length in code cache file");
            return n;
        }

        public string ReadStr()
        {
            int n = Count();
            return new string(MemoryMarshal.Cast<byte, char>(Bytes(checked(n * 2))));
        }

        public string[] ReadStrs()
        {
            var a = new string[Count()];
            for (int i = 0; i < a.Length; i++) a[i] = ReadStr();
            return a;
        }

        public int[] ReadInts()
        {
            int n = Count();
            return MemoryMarshal.Cast<byte, int>(Bytes(checked(n * 4))).ToArray();
        }
    }
}
