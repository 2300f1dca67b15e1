namespace Kaa.Runtime.Sre;

/// <summary>
/// Checks a code list before it is used (CPython's _validate in sre.c): every skip stays inside the code,
/// operands are in range, and blocks end with the opcodes the engine expects, so the matcher can index
/// the code without further checks. The generated code only jumps forward and jumps never cross.
/// </summary>
internal static class SreValidator
{
    /// <summary>True if the code is well formed; <paramref name="sets"/> receives the start of every character set.</summary>
    public static bool Validate(uint[] code, int groups, List<int> sets)
    {
        int end = code.Length;
        if (groups < 0 || (uint)groups > SreConst.MAXGROUPS || end == 0 || code[end - 1] != SreOp.SUCCESS) return false;
        return Inner(code, 0, end - 1, groups, sets) == 0;
    }

    private static bool Charset(uint[] code, int at, int end)
    {
        while (at < end)
        {
            uint op = code[at++];
            switch (op)
            {
                case SreOp.NEGATE:
                    break;
                case SreOp.LITERAL:
                    if (at >= end) return false;
                    at++;
                    break;
                case SreOp.RANGE:
                case SreOp.RANGE_UNI_IGNORE:
                    if (at + 2 > end) return false;
                    at += 2;
                    break;
                case SreOp.CHARSET:
                    if (8 > end - at) return false;
                    at += 8;
                    break;
                case SreOp.BIGCHARSET:
                    {
                        if (at >= end) return false;
                        uint count = code[at++];
                        if (64 > end - at) return false;
                        for (int i = 0; i < 256; i++)
                            if (((code[at + (i >> 2)] >> ((i & 3) * 8)) & 0xFF) >= count) return false;
                        at += 64;
                        if ((long)count * 8 > end - at) return false;
                        at += (int)count * 8;
                        break;
                    }
                case SreOp.CATEGORY:
                    if (at >= end || code[at] > SreCategory.UNI_NOT_LINEBREAK) return false;
                    at++;
                    break;
                default:
                    return false;
            }
        }
        return true;
    }

    /// <summary>0 = valid, -1 = invalid, 1 = valid and the last op is a JUMP.</summary>
    private static int Inner(uint[] code, int at, int end, int groups, List<int> sets)
    {
        if (at > end) return -1;
        while (at < end)
        {
            uint op = code[at++];
            uint skip, arg;
            switch (op)
            {
                case SreOp.MARK:
                    if (at >= end) return -1;
                    arg = code[at++];
                    if (arg > 2 * (uint)groups + 1) return -1;
                    break;
                case SreOp.LITERAL:
                case SreOp.NOT_LITERAL:
                case SreOp.LITERAL_IGNORE:
                case SreOp.NOT_LITERAL_IGNORE:
                case SreOp.LITERAL_UNI_IGNORE:
                case SreOp.NOT_LITERAL_UNI_IGNORE:
                case SreOp.LITERAL_LOC_IGNORE:
                case SreOp.NOT_LITERAL_LOC_IGNORE:
                    if (at >= end) return -1;
                    at++;
                    break;
                case SreOp.SUCCESS:
                case SreOp.FAILURE:
                case SreOp.ANY:
                case SreOp.ANY_ALL:
                    break;
                case SreOp.AT:
                    if (at >= end || code[at] > SreAt.UNI_NON_BOUNDARY) return -1;
                    at++;
                    break;
                case SreOp.IN:
                case SreOp.IN_IGNORE:
                case SreOp.IN_UNI_IGNORE:
                case SreOp.IN_LOC_IGNORE:
                    if (!GetSkip(code, ref at, end, 0, out skip) || skip < 2) return -1;
                    if (!Charset(code, at, at + (int)skip - 2)) return -1;
                    if (code[at + (int)skip - 2] != SreOp.FAILURE) return -1;
                    sets.Add(at);
                    at += (int)skip - 1;
                    break;
                case SreOp.INFO:
                    {
                        if (!GetSkip(code, ref at, end, 0, out skip) || skip < 1) return -1;
                        int newcode = at + (int)skip - 1;
                        if (at + 3 > end) return -1;
                        uint flags = code[at++];
                        at += 2; // min, max
                        if ((flags & ~(SreConst.INFO_PREFIX | SreConst.INFO_LITERAL | SreConst.INFO_CHARSET)) != 0) return -1;
                        if ((flags & SreConst.INFO_PREFIX) != 0 && (flags & SreConst.INFO_CHARSET) != 0) return -1;
                        if ((flags & SreConst.INFO_LITERAL) != 0 && (flags & SreConst.INFO_PREFIX) == 0) return -1;
                        if ((flags & SreConst.INFO_PREFIX) != 0)
                        {
                            if (at + 2 > end) return -1;
                            uint prefixLen = code[at++];
                            at++; // prefix skip
                            if (prefixLen > newcode - at) return -1;
                            at += (int)prefixLen;
                            if (prefixLen > newcode - at) return -1;
                            for (int i = 0; i < prefixLen; i++)
                                if (code[at + i] >= prefixLen) return -1;
                            at += (int)prefixLen;
                        }
                        if ((flags & SreConst.INFO_CHARSET) != 0)
                        {
                            if (newcode - 1 < at || !Charset(code, at, newcode - 1)) return -1;
                            if (code[newcode - 1] != SreOp.FAILURE) return -1;
                            sets.Add(at);
                            at = newcode;
                        }
                        else if (at != newcode) return -1;
                        break;
                    }
                case SreOp.BRANCH:
                    {
                        int target = -1;
                        while (true)
                        {
                            if (!GetSkip(code, ref at, end, 0, out skip)) return -1;
                            if (skip == 0) break;
                            if (skip < 3) return -1;
                            if (Inner(code, at, at + (int)skip - 3, groups, sets) != 0) return -1;
                            at += (int)skip - 3;
                            if (at >= end || code[at++] != SreOp.JUMP) return -1;
                            if (!GetSkip(code, ref at, end, 0, out skip) || skip < 1) return -1;
                            int t = at + (int)skip - 1;
                            if (target < 0) target = t;
                            else if (t != target) return -1;
                        }
                        if (at != target) return -1;
                        break;
                    }
                case SreOp.REPEAT_ONE:
                case SreOp.MIN_REPEAT_ONE:
                case SreOp.POSSESSIVE_REPEAT_ONE:
                    {
                        if (!GetSkip(code, ref at, end, 0, out skip) || skip < 4) return -1;
                        if (at + 2 > end) return -1;
                        uint min = code[at++], max = code[at++];
                        if (min > max) return -1;
                        if (Inner(code, at, at + (int)skip - 4, groups, sets) != 0) return -1;
                        at += (int)skip - 4;
                        if (at >= end || code[at++] != SreOp.SUCCESS) return -1;
                        break;
                    }
                case SreOp.REPEAT:
                case SreOp.POSSESSIVE_REPEAT:
                    {
                        if (!GetSkip(code, ref at, end, 0, out skip) || skip < 3) return -1;
                        if (at + 2 > end) return -1;
                        uint min = code[at++], max = code[at++];
                        if (min > max) return -1;
                        if (Inner(code, at, at + (int)skip - 3, groups, sets) != 0) return -1;
                        at += (int)skip - 3;
                        if (at >= end) return -1;
                        uint close = code[at++];
                        if (op == SreOp.POSSESSIVE_REPEAT ? close != SreOp.SUCCESS : close != SreOp.MAX_UNTIL && close != SreOp.MIN_UNTIL)
                            return -1;
                        break;
                    }
                case SreOp.ATOMIC_GROUP:
                    if (!GetSkip(code, ref at, end, 0, out skip) || skip < 2) return -1;
                    if (Inner(code, at, at + (int)skip - 2, groups, sets) != 0) return -1;
                    at += (int)skip - 2;
                    if (at >= end || code[at++] != SreOp.SUCCESS) return -1;
                    break;
                case SreOp.GROUPREF:
                case SreOp.GROUPREF_IGNORE:
                case SreOp.GROUPREF_UNI_IGNORE:
                case SreOp.GROUPREF_LOC_IGNORE:
                    if (at >= end || code[at++] >= (uint)groups) return -1;
                    break;
                case SreOp.GROUPREF_EXISTS:
                    {
                        // <GROUPREF_EXISTS> <group> <skipyes> ...then... [<JUMP> <skipno> ...else...]
                        if (at >= end || code[at++] >= (uint)groups) return -1;
                        if (!GetSkip(code, ref at, end, 1, out skip) || skip < 2) return -1;
                        at--; // the skip is relative to the group operand
                        int rc = Inner(code, at + 1, at + (int)skip - 1, groups, sets);
                        if (rc == 1)
                        {
                            at += (int)skip - 2; // at <skipno>
                            if (!GetSkip(code, ref at, end, 0, out skip) || skip < 1) return -1;
                            rc = Inner(code, at, at + (int)skip - 1, groups, sets);
                        }
                        if (rc != 0) return -1;
                        at += (int)skip - 1;
                        break;
                    }
                case SreOp.ASSERT:
                case SreOp.ASSERT_NOT:
                    if (!GetSkip(code, ref at, end, 0, out skip) || skip < 2) return -1;
                    if (at >= end) return -1; // <width> (0 for lookahead) is at code[at]
                    if (Inner(code, at + 1, at + (int)skip - 2, groups, sets) != 0) return -1;
                    at += (int)skip - 2;
                    if (at >= end || code[at++] != SreOp.SUCCESS) return -1;
                    break;
                case SreOp.JUMP:
                    if (at + 1 != end) return -1;
                    return 1;
                default:
                    return -1;
            }
        }
        return 0;
    }

    /// <summary>GET_SKIP_ADJ: reads a skip at code[at] that must stay inside [at, end + adj].</summary>
    private static bool GetSkip(uint[] code, ref int at, int end, int adj, out uint skip)
    {
        skip = 0;
        if (at >= end) return false;
        skip = code[at];
        if ((long)skip - adj > end - at) return false;
        at++;
        return true;
    }
}
