using Kaa.Compiler.Ast;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace Kaa.Compiler.CodeGen;

/// <summary>Human-readable listing of a <see cref="CodeUnit"/> (for tests and debugging).</summary>
public static class Disassembler
{
    public static string Disassemble(CodeUnit code, bool recursive = true)
    {
        var sb = new StringBuilder();
        Disassemble(code, sb, recursive);
        return sb.ToString();
    }

    static void Disassemble(CodeUnit code, StringBuilder sb, bool recursive)
    {
        sb.Append("code ").Append(code.QualName).Append(" flags=").Append(code.Flags)
          .Append(" args=").Append(code.ArgCount).Append('/').Append(code.PosOnlyArgCount).Append('/').Append(code.KwOnlyArgCount)
          .Append(" stack=").Append(code.StackSize).Append('\n');
        if (code.LocalsPlusNames.Length > 0)
        {
            sb.Append("  locals:");
            for (int i = 0; i < code.LocalsPlusNames.Length; i++)
                sb.Append(' ').Append(code.LocalsPlusNames[i]).Append('(').Append(KindStr(code.LocalsPlusKinds[i])).Append(')');
            sb.Append('\n');
        }
        for (int i = 0; i < code.Code.Length; i++)
        {
            int word = code.Code[i];
            var op = CodeUnit.Op(word);
            int arg = CodeUnit.Arg(word);
            sb.Append(i.ToString(CultureInfo.InvariantCulture).PadLeft(4)).Append(' ')
              .Append(code.Line(i).ToString(CultureInfo.InvariantCulture).PadLeft(3)).Append("  ")
              .Append(op.ToString().PadRight(22)).Append(FormatArg(code, op, arg)).Append('\n');
        }
        if (code.ExceptionTable.Length > 0)
        {
            sb.Append("  exception table:\n");
            foreach (var e in code.ExceptionTable)
                sb.Append("    ").Append(e.Start).Append(" to ").Append(e.End).Append(" -> ").Append(e.Target)
                  .Append(" [").Append(e.Depth).Append(']').Append(e.Lasti ? " lasti" : "").Append('\n');
        }
        if (!recursive) return;
        foreach (var c in code.Constants)
            if (c is CodeUnit nested) Disassemble(nested, sb, true);
    }

    static string KindStr(LocalKind k)
    {
        var parts = new List<string>();
        if ((k & LocalKind.Local) != 0) parts.Add("local");
        if ((k & LocalKind.Cell) != 0) parts.Add("cell");
        if ((k & LocalKind.Free) != 0) parts.Add("free");
        return string.Join("|", parts);
    }

    static string FormatArg(CodeUnit code, OpCode op, int arg)
    {
        switch (op)
        {
            case OpCode.LoadConst:
            case OpCode.ReturnConst:
                return $"{arg} ({ConstRepr(code.Constants[arg])})";
            case OpCode.LoadFast: case OpCode.StoreFast: case OpCode.DeleteFast: case OpCode.LoadClosure:
            case OpCode.LoadDeref: case OpCode.StoreDeref: case OpCode.DeleteDeref: case OpCode.LoadFromDictOrDeref:
                return $"{arg} ({code.LocalsPlusNames[arg]})";
            case OpCode.LoadFastLoadFast: case OpCode.StoreFastLoadFast: case OpCode.StoreFastStoreFast:
                return $"{code.LocalsPlusNames[arg >> 12]}, {code.LocalsPlusNames[arg & 0xFFF]}";
            case OpCode.LoadFastLoadConst:
                return $"{code.LocalsPlusNames[arg >> 12]}, {ConstRepr(code.Constants[arg & 0xFFF])}";
            case OpCode.LoadGlobal:
                return $"{arg} ({code.Names[arg >> 1]}{((arg & 1) != 0 ? " + NULL" : "")})";
            case OpCode.LoadAttr:
                return $"{arg} ({code.Names[arg >> 1]}{((arg & 1) != 0 ? " method" : "")})";
            case OpCode.StoreGlobal: case OpCode.DeleteGlobal: case OpCode.LoadName: case OpCode.StoreName:
            case OpCode.DeleteName: case OpCode.StoreAttr: case OpCode.DeleteAttr: case OpCode.ImportName:
            case OpCode.ImportFrom: case OpCode.LoadFromDictOrGlobals:
                return $"{arg} ({code.Names[arg]})";
            case OpCode.BinaryOp: return $"{arg & BinaryOpFlags.OperatorMask} ({(BinaryOperator)(arg & BinaryOpFlags.OperatorMask)})";
            case OpCode.CompareOp: return $"{arg} ({(CompareOperator)arg})";
            case OpCode.CompareTuples: return $"{(CompareOperator)(arg & 7)} ({(arg >> 3) & 0xFF} items, {arg >> 11} items)";
            case OpCode.CompareOpJumpIfFalse: case OpCode.CompareOpJumpIfTrue:
                return $"{(CompareOperator)(arg & 0xF)} to {arg >> 4}";
            case OpCode.Jump: case OpCode.JumpBackward: case OpCode.PopJumpIfFalse: case OpCode.PopJumpIfTrue:
            case OpCode.PopJumpIfNone: case OpCode.PopJumpIfNotNone: case OpCode.JumpIfFalseOrPop:
            case OpCode.JumpIfTrueOrPop: case OpCode.ForIter: case OpCode.Send:
                return $"to {arg}";
            case OpCode.CallIntrinsic1: return $"{arg} ({(Intrinsic1)arg})";
            case OpCode.CallIntrinsic2: return $"{arg} ({(Intrinsic2)arg})";
            case OpCode.MakeFunction: return $"{arg} ({(MakeFunctionFlags)arg})";
            case OpCode.Nop: case OpCode.PopTop: case OpCode.PushNull: case OpCode.ReturnValue:
            case OpCode.GetIter: case OpCode.BinarySubscr: case OpCode.StoreSubscr: case OpCode.DeleteSubscr:
            case OpCode.UnaryNegative: case OpCode.UnaryNot: case OpCode.UnaryInvert: case OpCode.PushExcInfo:
            case OpCode.PopExcept: case OpCode.CheckExcMatch: case OpCode.CheckEgMatch: case OpCode.BeforeWith:
            case OpCode.WithExceptStart: case OpCode.LoadBuildClass: case OpCode.LoadAssertionError:
            case OpCode.LoadLocals: case OpCode.EndSend: case OpCode.CleanupThrow: case OpCode.GetLen:
            case OpCode.MatchMapping: case OpCode.MatchSequence: case OpCode.MatchKeys: case OpCode.FormatSimple:
            case OpCode.FormatWithSpec: case OpCode.GetYieldFromIter: case OpCode.SetupAnnotations:
                return "";
            default: return arg.ToString(CultureInfo.InvariantCulture);
        }
    }

    public static string ConstRepr(object? c) => c switch
    {
        null => "None",
        bool b => b ? "True" : "False",
        BigInteger i => i.ToString(CultureInfo.InvariantCulture),
        double d => Unparser.FloatRepr(d),
        string s => Unparser.Repr(s),
        SeparatedStr s => Unparser.Repr(s.Text, separate: true),
        byte[] b => Unparser.BytesRepr(b),
        object?[] t => "(" + string.Join(", ", t.Select(ConstRepr)) + (t.Length == 1 ? ",)" : ")"),
        ConstFrozenSet fs => "frozenset({" + string.Join(", ", fs.Items.Select(ConstRepr)) + "})",
        CodeUnit cu => $"<code {cu.QualName}>",
        Ast.ConstantEllipsis => "Ellipsis",
        _ => c.ToString() ?? "?",
    };
}
