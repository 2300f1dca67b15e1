using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Sre;

/// <summary>A REPEAT context (SRE_REPEAT): the innermost active one is <see cref="SreState.Repeat"/>.</summary>
internal sealed class SreRepeat
{
    public int Count;
    /// <summary>Index of the REPEAT's skip operand in the code.</summary>
    public int Pc;
    /// <summary>Input position of the last iteration, for zero-width protection; -1 = none.</summary>
    public int LastPtr;
    public SreRepeat? Prev;
    public SreRepeat? PoolNext;
}

/// <summary>One backtracking frame of the matcher (SRE(match_context)); kept in an array, never on the C# stack.</summary>
internal struct SreCtx
{
    public int Count;
    public uint Chr;
    public SreRepeat? Rep;
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
    public SreRepeat? Repeat;
    private SreRepeat? _repeatPool;

    private const int InitialCtxs = 16, InitialData = 64, KeepCtxs = 4096, KeepData = 16384;
    public SreCtx[] Ctxs = new SreCtx[InitialCtxs];
    public int CtxTop;
    public int[] Data = new int[InitialData];
    public int DataTop;
    public uint SigCount;

    public SreState(PySrePattern pattern)
    {
        Pattern = pattern;
        Code = pattern.Code;
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
        Repeat = null;
        if (Ctxs.Length > KeepCtxs) Ctxs = new SreCtx[InitialCtxs];
        if (Data.Length > KeepData) Data = new int[InitialData];
    }

    /// <summary>state_reset: forget marks and repeats before the next search of a loop.</summary>
    public void Reset()
    {
        LastMark = -1;
        LastIndex = -1;
        Repeat = null;
        CtxTop = 0;
        DataTop = 0;
    }

    public SreRepeat AllocRepeat()
    {
        var r = _repeatPool;
        if (r != null)
        {
            _repeatPool = r.PoolNext;
            return r;
        }
        return new SreRepeat();
    }

    public void FreeRepeat(SreRepeat r)
    {
        r.Prev = null;
        r.PoolNext = _repeatPool;
        _repeatPool = r;
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
