using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Sre;

/// <summary>
/// A REPEAT context (SRE_REPEAT), kept in <see cref="SreState.Reps"/>; the innermost active one is
/// <see cref="SreState.Repeat"/>. Repeats are freed in the reverse order of allocation, so they form a stack.
/// </summary>
internal struct SreRepeat
{
    public int Count;
    /// <summary>Index of the REPEAT's skip operand in the code.</summary>
    public int Pc;
    /// <summary>Input position of the last iteration, for zero-width protection; -1 = none.</summary>
    public int LastPtr;
    /// <summary>The enclosing repeat, or -1.</summary>
    public int Prev;
}

/// <summary>
/// One backtracking frame of the matcher (SRE(match_context)); kept in an array, never on the C# stack.
/// It holds no references, so the frame array is plain memory for the GC.
/// </summary>
internal struct SreCtx
{
    public int Count;
    public uint Chr;
    /// <summary>Index of the frame's repeat in <see cref="SreState.Reps"/>.</summary>
    public int Rep;
    public int LastMark;
    public int LastIndex;
    public int Pc;
    public int Ptr;
    public bool TopLevel;
    public byte Jump;
}

/// <summary>What the subject of a match is.</summary>
internal enum SreInputKind : byte { Str, CodePoints, Bytes }

/// <summary>
/// The state of one match/search/scan over one subject (SRE_STATE): positions are code-point (or byte)
/// indexes; marks hold -1 for "not set". The backtracking stacks grow on the heap.
/// </summary>
internal sealed class SreState
{
    public ThreadState Ts = null!;
    public readonly PySrePattern Pattern;
    public readonly uint[] Code;
    public readonly SreSets Sets;
    /// <summary>The object being matched (returned by Match.string).</summary>
    public PyObject String = null!;
    public SreInputKind Kind;
    public string? Str;
    public int[]? CodePoints;
    public byte[]? Bytes;
    public int Length;
    public bool IsBytes;

    public int Start;
    public int End;
    public int Ptr;
    public int Pos;
    public int EndPos;
    public bool MatchAll;
    public bool MustAdvance;

    public readonly int[] Marks;
    public int LastMark = -1;
    public int LastIndex = -1;
    /// <summary>The innermost active repeat (index in <see cref="Reps"/>), or -1.</summary>
    public int Repeat = -1;
    public SreRepeat[] Reps = new SreRepeat[8];
    public int RepTop;

    private const int InitialCtxs = 16, InitialData = 64, KeepCtxs = 2048, KeepData = 16384;
    public SreCtx[] Ctxs = new SreCtx[InitialCtxs];
    public int CtxTop;
    public int[] Data = new int[InitialData];
    public int DataTop;
    public uint SigCount;

    public SreState(PySrePattern pattern)
    {
        Pattern = pattern;
        Code = pattern.Code;
        Sets = pattern.Sets;
        Marks = new int[pattern.Groups * 2 + 2];
    }

    public SreState(ThreadState ts, PySrePattern pattern, PyObject str, long start, long end) : this(pattern)
        => Init(ts, str, start, end);

    /// <summary>state_init: binds the state to a subject and clamps pos/endpos to it.</summary>
    public void Init(ThreadState ts, PyObject str, long start, long end)
    {
        Ts = ts;
        var pattern = Pattern;
        if (str is PyStr s)
        {
            if (pattern.IsBytes > 0) throw PyErr.TypeError("cannot use a bytes pattern on a string-like object");
            if (s.IsSimple)
            {
                Kind = SreInputKind.Str;
                Str = s.Value;
                Length = s.Value.Length;
            }
            else
            {
                Kind = SreInputKind.CodePoints;
                CodePoints = s.ToCodePoints();
                Length = CodePoints.Length;
            }
            IsBytes = false;
        }
        else
        {
            var (data, len) = SreModule.GetBytes(str)
                ?? throw PyErr.TypeError($"expected string or bytes-like object, got '{str.ObType.Name}'");
            if (pattern.IsBytes == 0) throw PyErr.TypeError("cannot use a string pattern on a bytes-like object");
            Kind = SreInputKind.Bytes;
            Bytes = data;
            Length = len;
            IsBytes = true;
        }
        String = str;
        int st = (int)Math.Clamp(start, 0, Length);
        int en = (int)Math.Clamp(end, 0, Length);
        Start = st;
        End = en;
        Pos = st;
        EndPos = en;
        MatchAll = false;
        MustAdvance = false;
        SigCount = 0;
        Reset();
    }

    /// <summary>Drops the references to the subject so that a cached state keeps nothing alive.</summary>
    public void Clear()
    {
        Ts = null!;
        String = null!;
        Str = null;
        CodePoints = null;
        Bytes = null;
        Repeat = -1;
        if (Ctxs.Length > KeepCtxs)
        {
            System.Buffers.ArrayPool<SreCtx>.Shared.Return(Ctxs);
            Ctxs = new SreCtx[InitialCtxs];
        }
        if (Data.Length > KeepData)
        {
            System.Buffers.ArrayPool<int>.Shared.Return(Data);
            Data = new int[InitialData];
        }
    }

    /// <summary>state_reset: forget marks and repeats before the next search of a loop.</summary>
    public void Reset()
    {
        LastMark = -1;
        LastIndex = -1;
        Repeat = -1;
        RepTop = 0;
        CtxTop = 0;
        DataTop = 0;
    }

    public int AllocRepeat()
    {
        if (RepTop == Reps.Length) Array.Resize(ref Reps, Reps.Length * 2);
        return RepTop++;
    }

    /// <summary>Frees a repeat and every repeat allocated after it.</summary>
    public void FreeRepeat(int r) => RepTop = r;

    /// <summary>Grows the frame stack; large stacks come from (and go back to) the shared array pool.</summary>
    public void GrowCtxs()
    {
        var old = Ctxs;
        var bigger = old.Length * 2 > KeepCtxs ? System.Buffers.ArrayPool<SreCtx>.Shared.Rent(old.Length * 2) : new SreCtx[old.Length * 2];
        Array.Copy(old, bigger, CtxTop);
        Ctxs = bigger;
        if (old.Length > KeepCtxs) System.Buffers.ArrayPool<SreCtx>.Shared.Return(old);
    }

    /// <summary>Grows the data stack to hold at least <paramref name="extra"/> more values.</summary>
    public void GrowData(int extra)
    {
        var old = Data;
        int size = Math.Max(old.Length * 2, DataTop + extra + 64);
        var bigger = size > KeepData ? System.Buffers.ArrayPool<int>.Shared.Rent(size) : new int[size];
        Array.Copy(old, bigger, DataTop);
        Data = bigger;
        if (old.Length > KeepData) System.Buffers.ArrayPool<int>.Shared.Return(old);
    }

    /// <summary>Runs the engine anchored at <see cref="Start"/> (Pattern.match/fullmatch, Scanner.match).</summary>
    public bool Match()
    {
        Ptr = Start;
        return Kind switch
        {
            SreInputKind.Str => SreEngine.Match(this, new StrInput(Str!), 0, true),
            SreInputKind.CodePoints => SreEngine.Match(this, new CodePointInput(CodePoints!), 0, true),
            _ => SreEngine.Match(this, new ByteInput(Bytes!), 0, true),
        } != 0;
    }

    /// <summary>Searches from <see cref="Start"/>; on success Start..Ptr is the match.</summary>
    public bool Search()
    {
        Ptr = Start;
        return Kind switch
        {
            SreInputKind.Str => SreEngine.Search(this, new StrInput(Str!)),
            SreInputKind.CodePoints => SreEngine.Search(this, new CodePointInput(CodePoints!)),
            _ => SreEngine.Search(this, new ByteInput(Bytes!)),
        } != 0;
    }

    /// <summary>The subject between two positions, as str or bytes (getslice).</summary>
    public PyObject Slice(int i, int j) => SreModule.Slice(String, Kind, Str, CodePoints, Bytes, Length, i, j);

    /// <summary>state_getslice: group <paramref name="index"/> (1-based) of the current match.</summary>
    public PyObject GroupSlice(int index, bool empty)
    {
        int m = (index - 1) * 2;
        if (m >= LastMark || Marks[m] < 0 || Marks[m + 1] < 0)
            return empty ? Slice(0, 0) : PyNone.Value;
        int i = Marks[m], j = Marks[m + 1];
        if (i > j) throw PyErr.SystemError("The span of capturing group is wrong, please report a bug for the re module.");
        return Slice(i, j);
    }
}
