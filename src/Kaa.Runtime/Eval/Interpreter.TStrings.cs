using Kaa.Runtime.Objects;

namespace Kaa.Runtime.Eval;

// Helpers for PEP 750 t-strings, kept out of the dispatch loop (they run through CALL_INTRINSIC_1/2).
public static partial class Interpreter
{
    /// <summary>BUILD_INTERPOLATION: the compiler packs (value, expression text, conversion, format spec).</summary>
    static PyInterpolation BuildInterpolation(PyObject packed)
    {
        if (packed is not PyTuple { Count: 4 } t)
            throw PyErr.SystemError("BUILD_INTERPOLATION expected a 4-tuple");
        var items = t.Items;
        return new PyInterpolation(items[0], items[1], items[2], items[3]);
    }
}
