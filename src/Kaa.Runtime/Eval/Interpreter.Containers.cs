using System.Runtime.CompilerServices;
using Kaa.Compiler.CodeGen;
using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Eval;

/// <summary>Helpers of the eval loop's list, tuple and dict fast paths.</summary>
public static partial class Interpreter
{
    /// <summary>The instruction word of UNPACK_SEQUENCE 2.</summary>
    private const int UnpackPairWord = (int)OpCode.UnpackSequence | (2 << 8);

    /// <summary>
    /// Built-in iterators whose items are fresh 2-tuples that FOR_ITER can hand over unboxed when
    /// UNPACK_SEQUENCE 2 follows: only the exact types, whose __next__ cannot be overridden.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsPairIterator(PyObject it)
    {
        var t = it.ObType;
        return ReferenceEquals(t, PyEnumerate.TypeObject)
            || (ReferenceEquals(t, IteratorTypes.DictItemIterator) && Unsafe.As<PyDictIterator>(it).IsItems)
            || (ReferenceEquals(t, PyZip.TypeObject) && Unsafe.As<PyZip>(it).IsPair);
    }

    /// <summary>The next pair of an <see cref="IsPairIterator"/> iterator; false when exhausted.</summary>
    private static bool NextPair(ThreadState ts, PyObject it, out PyObject first, out PyObject second)
    {
        if (it is PyEnumerate en) return en.NextPair(ts, out first, out second);
        if (it is PyDictIterator di) return di.NextPair(out first, out second);
        return Unsafe.As<PyZip>(it).NextPair(ts, out first, out second);
    }
}
