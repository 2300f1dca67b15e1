using System.Runtime.CompilerServices;

namespace Kaa.Runtime.Sre;

internal static partial class SreEngine
{
    /// <summary>SRE(search): finds the first match at or after st.Start; sets st.Start/st.Ptr to its bounds.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Search<T>(SreState st, T s) where T : struct, ISreInput
    {
        uint[] code = st.Code;
        var sets = st.Sets;
        int ptr = st.Start;
        int end = st.End;
        int status;
        int pc = 0;
        uint flags = 0;
        int prefixLen = 0, prefixSkip = 0, prefixAt = 0, charsetAt = -1;

        if (ptr > end) return 0;

        if (code[0] == SreOp.INFO)
        {
            // <INFO> <1=skip> <2=flags> <3=min> <4=max> <5=prefix info>
            flags = code[2];
            if (code[3] != 0 && end - ptr < code[3]) return 0;
            if (code[3] > 1)
            {
                // leave at least one character so that literal search works
                end -= (int)code[3] - 1;
                if (end <= ptr) end = ptr;
            }
            if ((flags & SreConst.INFO_PREFIX) != 0)
            {
                // <length> <skip> <prefix data> <overlap data>
                prefixLen = (int)code[5];
                prefixSkip = (int)code[6];
                prefixAt = 7;
            }
            else if ((flags & SreConst.INFO_CHARSET) != 0)
                charsetAt = 5;
            pc = 1 + (int)code[1];
        }

        if (prefixLen == 1)
        {
            // the pattern starts with a literal character
            int c = (int)code[prefixAt];
            end = st.End;
            st.MustAdvance = false;
            while (ptr < end)
            {
                ptr = s.IndexOf(c, ptr, end);
                if (ptr < 0) return 0;
                st.Start = ptr;
                st.Ptr = ptr + prefixSkip;
                if ((flags & SreConst.INFO_LITERAL) != 0) return 1;
                status = Match(st, s, pc + 2 * prefixSkip, false);
                if (status != 0) return status;
                ptr++;
                st.LastMark = st.LastIndex = -1;
            }
            return 0;
        }

        if (prefixLen > 1)
        {
            // the pattern starts with a known prefix: try each occurrence in turn
            end = st.End;
            if (prefixLen > end - ptr) return 0;
            while (ptr + prefixLen <= end)
            {
                int at = s.IndexOf(code, prefixAt, prefixLen, ptr, end);
                if (at < 0) return 0;
                st.MustAdvance = false;
                st.Start = at;
                st.Ptr = at + prefixSkip;
                if ((flags & SreConst.INFO_LITERAL) != 0) return 1;
                status = Match(st, s, pc + 2 * prefixSkip, false);
                if (status != 0) return status;
                ptr = at + 1;
                st.LastMark = st.LastIndex = -1;
            }
            return 0;
        }

        if (charsetAt >= 0)
        {
            // the pattern starts with a character from a known set
            end = st.End;
            st.MustAdvance = false;
            while (true)
            {
                if (s.TryIndexOfFirst(sets, ptr, end, out int next))
                {
                    if (next < 0) return 0;
                    ptr = next;
                }
                else
                {
                    while (ptr < end && !sets.Contains(code, charsetAt, s[ptr])) ptr++;
                    if (ptr >= end) return 0;
                }
                st.Start = ptr;
                st.Ptr = ptr;
                status = Match(st, s, pc, false);
                if (status != 0) return status;
                ptr++;
                st.LastMark = st.LastIndex = -1;
            }
        }

        // general case
        st.Start = st.Ptr = ptr;
        status = Match(st, s, pc, true);
        st.MustAdvance = false;
        if (status == 0 && code[pc] == SreOp.AT && (code[pc + 1] == SreAt.BEGINNING || code[pc + 1] == SreAt.BEGINNING_STRING))
        {
            st.Start = st.Ptr = end;
            return 0;
        }
        while (status == 0 && ptr < end)
        {
            ptr++;
            st.LastMark = st.LastIndex = -1;
            st.Start = st.Ptr = ptr;
            status = Match(st, s, pc, false);
        }
        return status;
    }

    /// <summary>SRE(count): how many times (up to maxcount) the single-character item at pc matches from st.Ptr.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Count<T>(SreState st, T s, int pc, uint maxcount) where T : struct, ISreInput
    {
        uint[] code = st.Code;
        var sets = st.Sets;
        int start = st.Ptr;
        int ptr = start;
        int end = st.End;
        if (end - ptr > 0 && maxcount < (uint)(end - ptr)) end = ptr + (int)maxcount;
        uint chr;
        switch (code[pc])
        {
            case SreOp.IN:
                while (ptr < end && sets.Contains(code, pc + 2, s[ptr])) ptr++;
                break;
            case SreOp.ANY:
                while (ptr < end && s[ptr] != '\n') ptr++;
                break;
            case SreOp.ANY_ALL:
                if (end > ptr) ptr = end;
                break;
            case SreOp.LITERAL:
                chr = code[pc + 1];
                while (ptr < end && (uint)s[ptr] == chr) ptr++;
                break;
            case SreOp.LITERAL_IGNORE:
                chr = code[pc + 1];
                while (ptr < end && (uint)SreChars.LowerAscii(s[ptr]) == chr) ptr++;
                break;
            case SreOp.LITERAL_UNI_IGNORE:
                chr = code[pc + 1];
                while (ptr < end && (uint)SreChars.LowerUnicode(s[ptr]) == chr) ptr++;
                break;
            case SreOp.LITERAL_LOC_IGNORE:
                chr = code[pc + 1];
                while (ptr < end && SreChars.CharLocIgnore(chr, s[ptr])) ptr++;
                break;
            case SreOp.NOT_LITERAL:
                chr = code[pc + 1];
                while (ptr < end && (uint)s[ptr] != chr) ptr++;
                break;
            case SreOp.NOT_LITERAL_IGNORE:
                chr = code[pc + 1];
                while (ptr < end && (uint)SreChars.LowerAscii(s[ptr]) != chr) ptr++;
                break;
            case SreOp.NOT_LITERAL_UNI_IGNORE:
                chr = code[pc + 1];
                while (ptr < end && (uint)SreChars.LowerUnicode(s[ptr]) != chr) ptr++;
                break;
            case SreOp.NOT_LITERAL_LOC_IGNORE:
                chr = code[pc + 1];
                while (ptr < end && !SreChars.CharLocIgnore(chr, s[ptr])) ptr++;
                break;
            case SreOp.IN_IGNORE:
                while (ptr < end && sets.Contains(code, pc + 2, SreChars.LowerAscii(s[ptr]))) ptr++;
                break;
            case SreOp.IN_UNI_IGNORE:
                while (ptr < end && sets.Contains(code, pc + 2, SreChars.LowerUnicode(s[ptr]))) ptr++;
                break;
            case SreOp.IN_LOC_IGNORE:
                while (ptr < end && InCharsetLocIgnore(sets, code, pc + 2, s[ptr])) ptr++;
                break;
            case SreOp.CATEGORY:
                chr = code[pc + 1];
                while (ptr < end && SreChars.Category(chr, s[ptr])) ptr++;
                break;
            default:
                // repeated single-character pattern of another shape: run the engine on it
                while (st.Ptr < end)
                {
                    if (Match(st, s, pc, false) == 0) break;
                }
                return st.Ptr - start;
        }
        return ptr - start;
    }

    /// <summary>SRE(at).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool At<T>(SreState st, T s, int ptr, uint at) where T : struct, ISreInput
    {
        int end = st.End;
        bool thisp, thatp;
        switch (at)
        {
            case SreAt.BEGINNING:
            case SreAt.BEGINNING_STRING:
                return ptr == 0;
            case SreAt.BEGINNING_LINE:
                return ptr == 0 || s[ptr - 1] == '\n';
            case SreAt.END:
                return (end - ptr == 1 && s[ptr] == '\n') || ptr == end;
            case SreAt.END_LINE:
                return ptr == end || s[ptr] == '\n';
            case SreAt.END_STRING:
                return ptr == end;
            case SreAt.BOUNDARY:
            case SreAt.NON_BOUNDARY:
                if (end == 0) return false;
                thatp = ptr > 0 && SreChars.IsWord(s[ptr - 1]);
                thisp = ptr < end && SreChars.IsWord(s[ptr]);
                return (thisp != thatp) == (at == SreAt.BOUNDARY);
            case SreAt.LOC_BOUNDARY:
            case SreAt.LOC_NON_BOUNDARY:
                if (end == 0) return false;
                thatp = ptr > 0 && SreChars.IsLocWord(s[ptr - 1]);
                thisp = ptr < end && SreChars.IsLocWord(s[ptr]);
                return (thisp != thatp) == (at == SreAt.LOC_BOUNDARY);
            case SreAt.UNI_BOUNDARY:
            case SreAt.UNI_NON_BOUNDARY:
                if (end == 0) return false;
                thatp = ptr > 0 && SreChars.IsUniWord(s[ptr - 1]);
                thisp = ptr < end && SreChars.IsUniWord(s[ptr]);
                return (thisp != thatp) == (at == SreAt.UNI_BOUNDARY);
        }
        return false;
    }

    /// <summary>SRE(charset): is ch a member of the set starting at code[at] (terminated by FAILURE)?</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool InCharset(uint[] code, int at, int ch)
    {
        bool ok = true;
        uint uch = (uint)ch;
        while (true)
        {
            switch (code[at++])
            {
                case SreOp.FAILURE:
                    return !ok;
                case SreOp.LITERAL:
                    if (uch == code[at]) return ok;
                    at++;
                    break;
                case SreOp.CATEGORY:
                    if (SreChars.Category(code[at], ch)) return ok;
                    at++;
                    break;
                case SreOp.CHARSET:
                    if (uch < 256 && (code[at + (int)(uch >> 5)] & (1u << (int)(uch & 31))) != 0) return ok;
                    at += 8;
                    break;
                case SreOp.RANGE:
                    if (code[at] <= uch && uch <= code[at + 1]) return ok;
                    at += 2;
                    break;
                case SreOp.RANGE_UNI_IGNORE:
                    {
                        // ch is already lower cased
                        if (code[at] <= uch && uch <= code[at + 1]) return ok;
                        uint up = (uint)SreChars.UpperUnicode(ch);
                        if (code[at] <= up && up <= code[at + 1]) return ok;
                        at += 2;
                        break;
                    }
                case SreOp.NEGATE:
                    ok = !ok;
                    break;
                case SreOp.BIGCHARSET:
                    {
                        // <BIGCHARSET> <blockcount> <256 block indices as bytes> <blocks>
                        int count = (int)code[at++];
                        if (uch < 0x10000)
                        {
                            int hi = (int)(uch >> 8);
                            int block = (int)((code[at + (hi >> 2)] >> ((hi & 3) * 8)) & 0xFF);
                            int bit = block * 256 + (int)(uch & 255);
                            if ((code[at + 64 + (bit >> 5)] & (1u << (bit & 31))) != 0) return ok;
                        }
                        at += 64 + count * 8;
                        break;
                    }
                default:
                    // internal error: pretend it didn't match, as CPython does
                    return false;
            }
        }
    }

    /// <summary>SRE(charset_loc_ignore).</summary>
    private static bool InCharsetLocIgnore(SreSets sets, uint[] code, int at, int ch)
    {
        int lo = SreChars.LowerLocale(ch);
        if (sets.Contains(code, at, lo)) return true;
        int up = SreChars.UpperLocale(ch);
        return up != lo && sets.Contains(code, at, up);
    }
}
