using System.Runtime.CompilerServices;
using Kaa.Runtime.Objects;

namespace Kaa.Runtime.Sre;

/// <summary>
/// The SRE matching engine: interprets the code list re._compiler produces, with CPython's semantics
/// (sre_lib.h). Backtracking never recurses in C#: each "call" pushes an <see cref="SreCtx"/> on the
/// state's frame array and jumps to the entrance; a return pops it and resumes at the label named by
/// its jump code. Only SRE(count)'s rare general case re-enters <see cref="Match{T}"/>, and that depth is
/// bounded by the pattern, not the subject.
/// </summary>
internal static partial class SreEngine
{
    private const byte JUMP_NONE = 0, JUMP_MAX_UNTIL_1 = 1, JUMP_MAX_UNTIL_2 = 2, JUMP_MAX_UNTIL_3 = 3,
        JUMP_MIN_UNTIL_1 = 4, JUMP_MIN_UNTIL_2 = 5, JUMP_MIN_UNTIL_3 = 6, JUMP_REPEAT = 7, JUMP_REPEAT_ONE_1 = 8,
        JUMP_REPEAT_ONE_2 = 9, JUMP_MIN_REPEAT_ONE = 10, JUMP_BRANCH = 11, JUMP_ASSERT = 12, JUMP_ASSERT_NOT = 13,
        JUMP_POSS_REPEAT_1 = 14, JUMP_POSS_REPEAT_2 = 15, JUMP_ATOMIC_GROUP = 16;

    private static PyException Illegal() => PyErr.RuntimeError("internal error in regular expression engine");

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int PushCtx(SreState st)
    {
        if (st.CtxTop == st.Ctxs.Length) st.GrowCtxs();
        return st.CtxTop++;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void DataPush(SreState st, int v)
    {
        if (st.DataTop == st.Data.Length) st.GrowData(1);
        st.Data[st.DataTop++] = v;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void MarkPush(SreState st, int lastmark)
    {
        if (lastmark < 0) return;
        int n = lastmark + 1;
        if (st.DataTop + n > st.Data.Length) st.GrowData(n);
        var marks = st.Marks;
        var data = st.Data;
        int top = st.DataTop;
        if (n <= 8)
        {
            for (int i = 0; i < n; i++) data[top + i] = marks[i];
        }
        else marks.AsSpan(0, n).CopyTo(data.AsSpan(top, n));
        st.DataTop = top + n;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void MarkPop(SreState st, int lastmark, bool discard)
    {
        if (lastmark < 0) return;
        int n = lastmark + 1;
        var marks = st.Marks;
        var data = st.Data;
        int from = st.DataTop - n;
        if (n <= 8)
        {
            for (int i = 0; i < n; i++) marks[i] = data[from + i];
        }
        else data.AsSpan(from, n).CopyTo(marks.AsSpan(0, n));
        if (discard) st.DataTop = from;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void MarkDiscard(SreState st, int lastmark)
    {
        if (lastmark >= 0) st.DataTop -= lastmark + 1;
    }

    /// <summary>SRE(match): 1 if the code at <paramref name="pc"/> matches at st.Ptr (st.Ptr is then the end), else 0.</summary>
    /// <remarks>
    /// Jitted fully optimized at once: tiering would run this large goto-driven loop through its
    /// unoptimized and instrumented tiers for a long time, several times slower.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Match<T>(SreState st, T s, int pc, bool toplevel) where T : struct, ISreInput
    {
        uint[] code = st.Code;
        var sets = st.Sets;
        int end = st.End;
        int ret = 0;
        int baseCi = PushCtx(st);
        int ci = baseCi;
        ref SreCtx ctx = ref st.Ctxs[ci];
        ctx.Jump = JUMP_NONE;
        ctx.TopLevel = toplevel;
        int ptr;
        byte jump;
        int next;
        bool tl;
        uint sig = st.SigCount;

    entrance:
        ptr = st.Ptr;
        if (code[pc] == SreOp.INFO)
        {
            // <INFO> <1=skip> <2=flags> <3=min> ...
            if (code[pc + 3] != 0 && (uint)(end - ptr) < code[pc + 3]) goto failure;
            pc += (int)code[pc + 1] + 1;
        }

    dispatch:
        if ((++sig & 0xfff) == 0 && st.Ts.EvalBreaker != 0)
        {
            st.SigCount = sig;
            st.Ts.HandleEvalBreaker();
        }
        switch (code[pc++])
        {
            case SreOp.MARK:
                {
                    int i = (int)code[pc];
                    if ((i & 1) != 0) st.LastIndex = i / 2 + 1;
                    if (i > st.LastMark)
                    {
                        var marks = st.Marks;
                        for (int j = st.LastMark + 1; j < i; j++) marks[j] = -1;
                        st.LastMark = i;
                    }
                    st.Marks[i] = ptr;
                    pc++;
                    goto dispatch;
                }
            case SreOp.LITERAL:
                if (ptr >= end || (uint)s[ptr] != code[pc]) goto failure;
                pc++; ptr++;
                goto dispatch;
            case SreOp.NOT_LITERAL:
                if (ptr >= end || (uint)s[ptr] == code[pc]) goto failure;
                pc++; ptr++;
                goto dispatch;
            case SreOp.SUCCESS:
                if (ctx.TopLevel && ((st.MatchAll && ptr != st.End) || (st.MustAdvance && ptr == st.Start))) goto failure;
                st.Ptr = ptr;
                goto success;
            case SreOp.AT:
                if (!At(st, s, ptr, code[pc])) goto failure;
                pc++;
                goto dispatch;
            case SreOp.CATEGORY:
                if (ptr >= end || !SreChars.Category(code[pc], s[ptr])) goto failure;
                pc++; ptr++;
                goto dispatch;
            case SreOp.ANY:
                if (ptr >= end || s[ptr] == '\n') goto failure;
                ptr++;
                goto dispatch;
            case SreOp.ANY_ALL:
                if (ptr >= end) goto failure;
                ptr++;
                goto dispatch;
            case SreOp.IN:
                if (ptr >= end || !sets.Contains(code, pc + 1, s[ptr])) goto failure;
                pc += (int)code[pc]; ptr++;
                goto dispatch;
            case SreOp.LITERAL_IGNORE:
                if (ptr >= end || (uint)SreChars.LowerAscii(s[ptr]) != code[pc]) goto failure;
                pc++; ptr++;
                goto dispatch;
            case SreOp.LITERAL_UNI_IGNORE:
                if (ptr >= end || (uint)SreChars.LowerUnicode(s[ptr]) != code[pc]) goto failure;
                pc++; ptr++;
                goto dispatch;
            case SreOp.LITERAL_LOC_IGNORE:
                if (ptr >= end || !SreChars.CharLocIgnore(code[pc], s[ptr])) goto failure;
                pc++; ptr++;
                goto dispatch;
            case SreOp.NOT_LITERAL_IGNORE:
                if (ptr >= end || (uint)SreChars.LowerAscii(s[ptr]) == code[pc]) goto failure;
                pc++; ptr++;
                goto dispatch;
            case SreOp.NOT_LITERAL_UNI_IGNORE:
                if (ptr >= end || (uint)SreChars.LowerUnicode(s[ptr]) == code[pc]) goto failure;
                pc++; ptr++;
                goto dispatch;
            case SreOp.NOT_LITERAL_LOC_IGNORE:
                if (ptr >= end || SreChars.CharLocIgnore(code[pc], s[ptr])) goto failure;
                pc++; ptr++;
                goto dispatch;
            case SreOp.IN_IGNORE:
                if (ptr >= end || !sets.Contains(code, pc + 1, SreChars.LowerAscii(s[ptr]))) goto failure;
                pc += (int)code[pc]; ptr++;
                goto dispatch;
            case SreOp.IN_UNI_IGNORE:
                if (ptr >= end || !sets.Contains(code, pc + 1, SreChars.LowerUnicode(s[ptr]))) goto failure;
                pc += (int)code[pc]; ptr++;
                goto dispatch;
            case SreOp.IN_LOC_IGNORE:
                if (ptr >= end || !InCharsetLocIgnore(sets, code, pc + 1, s[ptr])) goto failure;
                pc += (int)code[pc]; ptr++;
                goto dispatch;
            case SreOp.JUMP:
            case SreOp.INFO:
                pc += (int)code[pc];
                goto dispatch;
            case SreOp.BRANCH:
                goto op_branch;
            case SreOp.REPEAT_ONE:
                goto op_repeat_one;
            case SreOp.MIN_REPEAT_ONE:
                goto op_min_repeat_one;
            case SreOp.POSSESSIVE_REPEAT_ONE:
                goto op_possessive_repeat_one;
            case SreOp.REPEAT:
                goto op_repeat;
            case SreOp.MAX_UNTIL:
                goto op_max_until;
            case SreOp.MIN_UNTIL:
                goto op_min_until;
            case SreOp.POSSESSIVE_REPEAT:
                goto op_possessive_repeat;
            case SreOp.ATOMIC_GROUP:
                goto op_atomic_group;
            case SreOp.GROUPREF:
            case SreOp.GROUPREF_IGNORE:
            case SreOp.GROUPREF_UNI_IGNORE:
            case SreOp.GROUPREF_LOC_IGNORE:
                {
                    int groupref = (int)code[pc] * 2;
                    if (groupref >= st.LastMark) goto failure;
                    int p = st.Marks[groupref], e = st.Marks[groupref + 1];
                    if (p < 0 || e < 0 || e < p) goto failure;
                    if (e - p > end - ptr) goto failure;
                    switch (code[pc - 1])
                    {
                        case SreOp.GROUPREF:
                            for (; p < e; p++, ptr++)
                                if (s[ptr] != s[p]) goto failure;
                            break;
                        case SreOp.GROUPREF_IGNORE:
                            for (; p < e; p++, ptr++)
                                if (SreChars.LowerAscii(s[ptr]) != SreChars.LowerAscii(s[p])) goto failure;
                            break;
                        case SreOp.GROUPREF_UNI_IGNORE:
                            for (; p < e; p++, ptr++)
                                if (SreChars.LowerUnicode(s[ptr]) != SreChars.LowerUnicode(s[p])) goto failure;
                            break;
                        default:
                            for (; p < e; p++, ptr++)
                                if (SreChars.LowerLocale(s[ptr]) != SreChars.LowerLocale(s[p])) goto failure;
                            break;
                    }
                    pc++;
                    goto dispatch;
                }
            case SreOp.GROUPREF_EXISTS:
                {
                    // <GROUPREF_EXISTS> <group> <skip> codeyes <JUMP> codeno ...
                    int groupref = (int)code[pc] * 2;
                    if (groupref >= st.LastMark)
                    {
                        pc += (int)code[pc + 1];
                        goto dispatch;
                    }
                    int p = st.Marks[groupref], e = st.Marks[groupref + 1];
                    if (p < 0 || e < 0 || e < p)
                    {
                        pc += (int)code[pc + 1];
                        goto dispatch;
                    }
                    pc += 2;
                    goto dispatch;
                }
            case SreOp.ASSERT:
                goto op_assert;
            case SreOp.ASSERT_NOT:
                goto op_assert_not;
            case SreOp.FAILURE:
                goto failure;
            default:
                throw Illegal();
        }

    // ---- BRANCH: <BRANCH> <0=skip> code <JUMP> ... <NULL> ----
    op_branch:
        ctx.LastMark = st.LastMark;
        ctx.LastIndex = st.LastIndex;
        if (st.Repeat >= 0) MarkPush(st, ctx.LastMark);
    branch_loop:
        if (code[pc] == 0)
        {
            if (st.Repeat >= 0) MarkDiscard(st, ctx.LastMark);
            goto failure;
        }
        if (code[pc + 1] == SreOp.LITERAL && (ptr >= end || (uint)s[ptr] != code[pc + 2]))
        {
            pc += (int)code[pc];
            goto branch_loop;
        }
        if (code[pc + 1] == SreOp.IN && (ptr >= end || !sets.Contains(code, pc + 3, s[ptr])))
        {
            pc += (int)code[pc];
            goto branch_loop;
        }
        // The same shortcut for case-insensitive literals: the alternative would fail at its first op.
        if ((code[pc + 1] == SreOp.LITERAL_UNI_IGNORE && (ptr >= end || (uint)SreChars.LowerUnicode(s[ptr]) != code[pc + 2]))
            || (code[pc + 1] == SreOp.LITERAL_IGNORE && (ptr >= end || (uint)SreChars.LowerAscii(s[ptr]) != code[pc + 2])))
        {
            pc += (int)code[pc];
            goto branch_loop;
        }
        st.Ptr = ptr;
        next = pc + 1; jump = JUMP_BRANCH; tl = ctx.TopLevel;
        goto push;
    jump_branch:
        if (ret != 0)
        {
            if (st.Repeat >= 0) MarkDiscard(st, ctx.LastMark);
            goto success;
        }
        if (st.Repeat >= 0) MarkPop(st, ctx.LastMark, false);
        st.LastMark = ctx.LastMark;
        st.LastIndex = ctx.LastIndex;
        pc += (int)code[pc];
        goto branch_loop;

    // ---- REPEAT_ONE: <REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail ----
    op_repeat_one:
        if ((long)code[pc + 1] > end - ptr) goto failure;
        st.Ptr = ptr;
        ret = Count(st, s, pc + 3, code[pc + 2]);
        ctx = ref st.Ctxs[ci];
        ctx.Count = ret;
        ptr += ret;
        if (ctx.Count < code[pc + 1]) goto failure;
        if (code[pc + (int)code[pc]] == SreOp.SUCCESS && ptr == st.End && !(ctx.TopLevel && st.MustAdvance && ptr == st.Start))
        {
            st.Ptr = ptr;
            goto success;
        }
        ctx.LastMark = st.LastMark;
        ctx.LastIndex = st.LastIndex;
        if (st.Repeat >= 0) MarkPush(st, ctx.LastMark);
        if (code[pc + (int)code[pc]] != SreOp.LITERAL) goto repeat_one_general;
        // The tail starts with a literal: skip positions where it cannot match.
        ctx.Chr = code[pc + (int)code[pc] + 1];
    repeat_one_literal_loop:
        while (ctx.Count >= code[pc + 1] && (ptr >= end || (uint)s[ptr] != ctx.Chr))
        {
            ptr--;
            ctx.Count--;
        }
        if (ctx.Count < code[pc + 1]) goto repeat_one_done;
        st.Ptr = ptr;
        next = pc + (int)code[pc]; jump = JUMP_REPEAT_ONE_1; tl = ctx.TopLevel;
        goto push;
    jump_repeat_one_1:
        if (ret != 0)
        {
            if (st.Repeat >= 0) MarkDiscard(st, ctx.LastMark);
            goto success;
        }
        if (st.Repeat >= 0) MarkPop(st, ctx.LastMark, false);
        st.LastMark = ctx.LastMark;
        st.LastIndex = ctx.LastIndex;
        ptr--;
        ctx.Count--;
        goto repeat_one_literal_loop;
    repeat_one_general:
        if (ctx.Count < code[pc + 1]) goto repeat_one_done;
        st.Ptr = ptr;
        next = pc + (int)code[pc]; jump = JUMP_REPEAT_ONE_2; tl = ctx.TopLevel;
        goto push;
    jump_repeat_one_2:
        if (ret != 0)
        {
            if (st.Repeat >= 0) MarkDiscard(st, ctx.LastMark);
            goto success;
        }
        if (st.Repeat >= 0) MarkPop(st, ctx.LastMark, false);
        st.LastMark = ctx.LastMark;
        st.LastIndex = ctx.LastIndex;
        ptr--;
        ctx.Count--;
        goto repeat_one_general;
    repeat_one_done:
        if (st.Repeat >= 0) MarkDiscard(st, ctx.LastMark);
        goto failure;

    // ---- MIN_REPEAT_ONE: <MIN_REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail ----
    op_min_repeat_one:
        if ((long)code[pc + 1] > end - ptr) goto failure;
        st.Ptr = ptr;
        if (code[pc + 1] == 0) ctx.Count = 0;
        else
        {
            ret = Count(st, s, pc + 3, code[pc + 1]);
            ctx = ref st.Ctxs[ci];
            if (ret < code[pc + 1]) goto failure;
            ctx.Count = ret;
            ptr += ret;
        }
        if (code[pc + (int)code[pc]] == SreOp.SUCCESS
            && !(ctx.TopLevel && ((st.MatchAll && ptr != st.End) || (st.MustAdvance && ptr == st.Start))))
        {
            st.Ptr = ptr;
            goto success;
        }
        ctx.LastMark = st.LastMark;
        ctx.LastIndex = st.LastIndex;
        if (st.Repeat >= 0) MarkPush(st, ctx.LastMark);
    min_repeat_one_loop:
        if (!(code[pc + 2] == SreConst.MAXREPEAT || ctx.Count <= code[pc + 2])) goto min_repeat_one_done;
        st.Ptr = ptr;
        next = pc + (int)code[pc]; jump = JUMP_MIN_REPEAT_ONE; tl = ctx.TopLevel;
        goto push;
    jump_min_repeat_one:
        if (ret != 0)
        {
            if (st.Repeat >= 0) MarkDiscard(st, ctx.LastMark);
            goto success;
        }
        if (st.Repeat >= 0) MarkPop(st, ctx.LastMark, false);
        st.LastMark = ctx.LastMark;
        st.LastIndex = ctx.LastIndex;
        st.Ptr = ptr;
        ret = Count(st, s, pc + 3, 1);
        ctx = ref st.Ctxs[ci];
        if (ret == 0) goto min_repeat_one_done;
        ptr++;
        ctx.Count++;
        goto min_repeat_one_loop;
    min_repeat_one_done:
        if (st.Repeat >= 0) MarkDiscard(st, ctx.LastMark);
        goto failure;

    // ---- POSSESSIVE_REPEAT_ONE: as REPEAT_ONE without backtracking into the item ----
    op_possessive_repeat_one:
        if ((long)code[pc + 1] > end - ptr) goto failure;
        st.Ptr = ptr;
        ret = Count(st, s, pc + 3, code[pc + 2]);
        ctx = ref st.Ctxs[ci];
        ctx.Count = ret;
        ptr += ret;
        if (ctx.Count < code[pc + 1]) goto failure;
        pc += (int)code[pc];
        if (code[pc] == SreOp.SUCCESS && ptr == st.End && !(ctx.TopLevel && st.MustAdvance && ptr == st.Start))
        {
            st.Ptr = ptr;
            goto success;
        }
        goto dispatch;

    // ---- REPEAT: <REPEAT> <skip> <1=min> <2=max> item <UNTIL> tail ----
    op_repeat:
        {
            int r = st.AllocRepeat();
            ref var rep = ref st.Reps[r];
            rep.Count = -1;
            rep.Pc = pc;
            rep.Prev = st.Repeat;
            rep.LastPtr = -1;
            st.Repeat = r;
            ctx.Rep = r;
        }
        st.Ptr = ptr;
        next = pc + (int)code[pc]; jump = JUMP_REPEAT; tl = ctx.TopLevel;
        goto push;
    jump_repeat:
        st.Repeat = st.Reps[ctx.Rep].Prev;
        st.FreeRepeat(ctx.Rep);
        if (ret != 0) goto success;
        goto failure;

    // ---- MAX_UNTIL: maximizing repeat ----
    op_max_until:
        if (st.Repeat < 0) throw Illegal();
        ctx.Rep = st.Repeat;
        st.Ptr = ptr;
        ctx.Count = st.Reps[ctx.Rep].Count + 1;
        if (ctx.Count >= code[st.Reps[ctx.Rep].Pc + 1]) goto max_until_more;
        // not enough matches
        st.Reps[ctx.Rep].Count = ctx.Count;
        next = st.Reps[ctx.Rep].Pc + 3; jump = JUMP_MAX_UNTIL_1; tl = ctx.TopLevel;
        goto push;
    jump_max_until_1:
        if (ret != 0) goto success;
        st.Reps[ctx.Rep].Count = ctx.Count - 1;
        st.Ptr = ptr;
        goto failure;
    max_until_more:
        if (!((ctx.Count < code[st.Reps[ctx.Rep].Pc + 2] || code[st.Reps[ctx.Rep].Pc + 2] == SreConst.MAXREPEAT) && st.Ptr != st.Reps[ctx.Rep].LastPtr))
            goto max_until_tail;
        // we may have enough matches, but if we can match another item, do so
        st.Reps[ctx.Rep].Count = ctx.Count;
        ctx.LastMark = st.LastMark;
        ctx.LastIndex = st.LastIndex;
        MarkPush(st, ctx.LastMark);
        DataPush(st, st.Reps[ctx.Rep].LastPtr);
        st.Reps[ctx.Rep].LastPtr = st.Ptr;
        next = st.Reps[ctx.Rep].Pc + 3; jump = JUMP_MAX_UNTIL_2; tl = ctx.TopLevel;
        goto push;
    jump_max_until_2:
        st.Reps[ctx.Rep].LastPtr = st.Data[--st.DataTop];
        if (ret != 0)
        {
            MarkDiscard(st, ctx.LastMark);
            goto success;
        }
        MarkPop(st, ctx.LastMark, true);
        st.LastMark = ctx.LastMark;
        st.LastIndex = ctx.LastIndex;
        st.Reps[ctx.Rep].Count = ctx.Count - 1;
        st.Ptr = ptr;
    max_until_tail:
        // cannot match more repeated items here; make sure the tail matches
        st.Repeat = st.Reps[ctx.Rep].Prev;
        next = pc; jump = JUMP_MAX_UNTIL_3; tl = ctx.TopLevel;
        goto push;
    jump_max_until_3:
        st.Repeat = ctx.Rep;
        if (ret != 0) goto success;
        st.Ptr = ptr;
        goto failure;

    // ---- MIN_UNTIL: minimizing repeat ----
    op_min_until:
        if (st.Repeat < 0) throw Illegal();
        ctx.Rep = st.Repeat;
        st.Ptr = ptr;
        ctx.Count = st.Reps[ctx.Rep].Count + 1;
        if (ctx.Count >= code[st.Reps[ctx.Rep].Pc + 1]) goto min_until_tail;
        st.Reps[ctx.Rep].Count = ctx.Count;
        next = st.Reps[ctx.Rep].Pc + 3; jump = JUMP_MIN_UNTIL_1; tl = ctx.TopLevel;
        goto push;
    jump_min_until_1:
        if (ret != 0) goto success;
        st.Reps[ctx.Rep].Count = ctx.Count - 1;
        st.Ptr = ptr;
        goto failure;
    min_until_tail:
        // see if the tail matches
        st.Repeat = st.Reps[ctx.Rep].Prev;
        ctx.LastMark = st.LastMark;
        ctx.LastIndex = st.LastIndex;
        if (st.Repeat >= 0) MarkPush(st, ctx.LastMark);
        next = pc; jump = JUMP_MIN_UNTIL_2; tl = ctx.TopLevel;
        goto push;
    jump_min_until_2:
        {
            int repeatOfTail = st.Repeat;
            st.Repeat = ctx.Rep;
            if (ret != 0)
            {
                if (repeatOfTail >= 0) MarkDiscard(st, ctx.LastMark);
                goto success;
            }
            if (repeatOfTail >= 0) MarkPop(st, ctx.LastMark, true);
        }
        st.LastMark = ctx.LastMark;
        st.LastIndex = ctx.LastIndex;
        st.Ptr = ptr;
        if ((ctx.Count >= code[st.Reps[ctx.Rep].Pc + 2] && code[st.Reps[ctx.Rep].Pc + 2] != SreConst.MAXREPEAT) || st.Ptr == st.Reps[ctx.Rep].LastPtr)
            goto failure;
        st.Reps[ctx.Rep].Count = ctx.Count;
        DataPush(st, st.Reps[ctx.Rep].LastPtr);
        st.Reps[ctx.Rep].LastPtr = st.Ptr;
        next = st.Reps[ctx.Rep].Pc + 3; jump = JUMP_MIN_UNTIL_3; tl = ctx.TopLevel;
        goto push;
    jump_min_until_3:
        st.Reps[ctx.Rep].LastPtr = st.Data[--st.DataTop];
        if (ret != 0) goto success;
        st.Reps[ctx.Rep].Count = ctx.Count - 1;
        st.Ptr = ptr;
        goto failure;

    // ---- POSSESSIVE_REPEAT: <POSSESSIVE_REPEAT> <skip> <1=min> <2=max> pattern <SUCCESS> tail ----
    op_possessive_repeat:
        st.Ptr = ptr;
        ctx.Count = 0;
    poss_min_loop:
        if (ctx.Count >= code[pc + 1]) goto poss_after_min;
        next = pc + 3; jump = JUMP_POSS_REPEAT_1; tl = false;
        goto push;
    jump_poss_repeat_1:
        if (ret != 0)
        {
            ctx.Count++;
            goto poss_min_loop;
        }
        st.Ptr = ptr;
        goto failure;
    poss_after_min:
        // ptr = "none" so that the loop is entered
        ptr = -1;
    poss_loop:
        if (!((ctx.Count < code[pc + 2] || code[pc + 2] == SreConst.MAXREPEAT) && st.Ptr != ptr)) goto poss_done;
        ctx.LastMark = st.LastMark;
        ctx.LastIndex = st.LastIndex;
        MarkPush(st, ctx.LastMark);
        ptr = st.Ptr;
        next = pc + 3; jump = JUMP_POSS_REPEAT_2; tl = false;
        goto push;
    jump_poss_repeat_2:
        if (ret != 0)
        {
            MarkDiscard(st, ctx.LastMark);
            ctx.Count++;
            goto poss_loop;
        }
        MarkPop(st, ctx.LastMark, true);
        st.LastMark = ctx.LastMark;
        st.LastIndex = ctx.LastIndex;
        st.Ptr = ptr;
    poss_done:
        pc += (int)code[pc] + 1;
        ptr = st.Ptr;
        goto dispatch;

    // ---- ATOMIC_GROUP: <ATOMIC_GROUP> <skip> pattern <SUCCESS> tail ----
    op_atomic_group:
        st.Ptr = ptr;
        next = pc + 1; jump = JUMP_ATOMIC_GROUP; tl = false;
        goto push;
    jump_atomic_group:
        if (ret == 0)
        {
            st.Ptr = ptr;
            goto failure;
        }
        pc += (int)code[pc];
        ptr = st.Ptr;
        goto dispatch;

    // ---- ASSERT: <ASSERT> <skip> <back> <pattern> ----
    op_assert:
        if (ptr < code[pc + 1]) goto failure;
        st.Ptr = ptr - (int)code[pc + 1];
        next = pc + 2; jump = JUMP_ASSERT; tl = false;
        goto push;
    jump_assert:
        if (ret == 0) goto failure;
        pc += (int)code[pc];
        goto dispatch;

    // ---- ASSERT_NOT: <ASSERT_NOT> <skip> <back> <pattern> ----
    op_assert_not:
        if (ptr < code[pc + 1]) goto assert_not_done;
        st.Ptr = ptr - (int)code[pc + 1];
        ctx.LastMark = st.LastMark;
        ctx.LastIndex = st.LastIndex;
        if (st.Repeat >= 0) MarkPush(st, ctx.LastMark);
        next = pc + 2; jump = JUMP_ASSERT_NOT; tl = false;
        goto push;
    jump_assert_not:
        if (ret != 0)
        {
            if (st.Repeat >= 0) MarkDiscard(st, ctx.LastMark);
            goto failure;
        }
        if (st.Repeat >= 0) MarkPop(st, ctx.LastMark, true);
        st.LastMark = ctx.LastMark;
        st.LastIndex = ctx.LastIndex;
    assert_not_done:
        pc += (int)code[pc];
        goto dispatch;

    // ---- "call": save pc/ptr in this frame, start a child frame at `next` ----
    push:
        ctx.Pc = pc;
        ctx.Ptr = ptr;
        ci = PushCtx(st);
        ctx = ref st.Ctxs[ci];
        ctx.Jump = jump;
        ctx.TopLevel = tl;
        pc = next;
        goto entrance;

    failure:
        ret = 0;
        goto exit;
    success:
        ret = 1;
    exit:
        jump = ctx.Jump;
        st.CtxTop--;
        if (ci == baseCi)
        {
            st.SigCount = sig;
            return ret;
        }
        ci--;
        ctx = ref st.Ctxs[ci];
        pc = ctx.Pc;
        ptr = ctx.Ptr;
        switch (jump)
        {
            case JUMP_MAX_UNTIL_2: goto jump_max_until_2;
            case JUMP_MAX_UNTIL_3: goto jump_max_until_3;
            case JUMP_MIN_UNTIL_2: goto jump_min_until_2;
            case JUMP_MIN_UNTIL_3: goto jump_min_until_3;
            case JUMP_BRANCH: goto jump_branch;
            case JUMP_MAX_UNTIL_1: goto jump_max_until_1;
            case JUMP_MIN_UNTIL_1: goto jump_min_until_1;
            case JUMP_POSS_REPEAT_1: goto jump_poss_repeat_1;
            case JUMP_POSS_REPEAT_2: goto jump_poss_repeat_2;
            case JUMP_REPEAT: goto jump_repeat;
            case JUMP_REPEAT_ONE_1: goto jump_repeat_one_1;
            case JUMP_REPEAT_ONE_2: goto jump_repeat_one_2;
            case JUMP_MIN_REPEAT_ONE: goto jump_min_repeat_one;
            case JUMP_ATOMIC_GROUP: goto jump_atomic_group;
            case JUMP_ASSERT: goto jump_assert;
            case JUMP_ASSERT_NOT: goto jump_assert_not;
        }
        return ret;
    }
}
