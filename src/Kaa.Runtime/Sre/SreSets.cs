using System.Buffers;
using System.Runtime.CompilerServices;

namespace Kaa.Runtime.Sre;

/// <summary>
/// Lookup tables for the character sets of a compiled pattern, built once per pattern: for every set
/// (the operand of IN and its IGNORE forms, and the INFO block's first-character set) a 256-bit map of
/// which characters below 256 are members, so the matcher interprets the set only for other characters.
/// For the INFO set, when it provably holds no character from 256 up, also SearchValues so that search
/// can skip to candidate positions with a vectorized IndexOfAny.
/// </summary>
internal sealed class SreSets
{
    /// <summary>Per code index: the offset in <see cref="Bits"/> of the map of the set starting there, or 0.</summary>
    public readonly int[]? Index;
    /// <summary>The maps, 8 words each; words 0..7 are unused so that 0 can mean "no map".</summary>
    public readonly uint[] Bits;
    public readonly SearchValues<char>? FirstChars;
    public readonly SearchValues<byte>? FirstBytes;

    public SreSets(uint[] code, List<int> sets)
    {
        if (sets.Count == 0)
        {
            Bits = [];
            return;
        }
        Index = new int[code.Length];
        Bits = new uint[8 * (sets.Count + 1)];
        int off = 8;
        foreach (int at in sets)
        {
            if (Index[at] != 0) continue;
            Index[at] = off;
            for (int c = 0; c < 256; c++)
                if (SreEngine.InCharset(code, at, c)) Bits[off + (c >> 5)] |= 1u << (c & 31);
            off += 8;
        }
        // INFO <skip> <flags> <min> <max> <charset...> when the flags say CHARSET.
        if (code.Length > 5 && code[0] == SreOp.INFO && (code[2] & SreConst.INFO_CHARSET) != 0 && LowOnly(code, 5))
        {
            int map = Index[5];
            var chars = new List<char>();
            for (int c = 0; c < 256; c++)
                if ((Bits[map + (c >> 5)] & (1u << (c & 31))) != 0) chars.Add((char)c);
            FirstChars = SearchValues.Create(chars.ToArray());
            FirstBytes = SearchValues.Create(chars.Select(c => (byte)c).ToArray());
        }
    }

    /// <summary>Whether the set at <paramref name="at"/> surely has no member from 256 up.</summary>
    private static bool LowOnly(uint[] code, int at)
    {
        while (true)
        {
            switch (code[at++])
            {
                case SreOp.FAILURE:
                    return true;
                case SreOp.LITERAL:
                    if (code[at++] >= 256) return false;
                    break;
                case SreOp.RANGE:
                    if (code[at + 1] >= 256) return false;
                    at += 2;
                    break;
                case SreOp.CHARSET:
                    at += 8;
                    break;
                case SreOp.CATEGORY:
                    switch (code[at++])
                    {
                        case SreCategory.DIGIT:
                        case SreCategory.SPACE:
                        case SreCategory.WORD:
                        case SreCategory.LINEBREAK:
                        case SreCategory.LOC_WORD:
                            break;
                        default:
                            return false;
                    }
                    break;
                default:
                    // NEGATE, BIGCHARSET, RANGE_UNI_IGNORE: may hold anything
                    return false;
            }
        }
    }

    /// <summary>Is <paramref name="ch"/> a member of the set starting at code[at]?</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Contains(uint[] code, int at, int ch)
    {
        if ((uint)ch < 256 && Index != null)
        {
            int map = Index[at];
            if (map != 0) return (Bits[map + (ch >> 5)] & (1u << (ch & 31))) != 0;
        }
        return SreEngine.InCharset(code, at, ch);
    }
}
