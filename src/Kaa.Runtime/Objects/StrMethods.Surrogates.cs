using System.Runtime.CompilerServices;

namespace Kaa.Runtime.Objects;

/// <summary>
/// str methods build their results as .NET strings, which read a lone high surrogate followed by a lone
/// low one as one pair; Python keeps them two code points ('\ud800\udc00'.strip() is still two). When
/// every str the method was given holds no real pair, neither does its result, so a seam in the result is
/// two code points (<see cref="PyStr.SeparateSurrogates"/>). This wraps the text-producing methods so that
/// the rule holds without each method tracking it; results with no surrogate seam pass through unchanged.
/// </summary>
public static partial class StrType
{
    private static void KeepSeparateSurrogates(PyType t)
    {
        string[] textMethods =
        [
            "upper", "lower", "casefold", "swapcase", "title", "capitalize", "center", "ljust", "rjust", "zfill",
            "expandtabs", "removeprefix", "removesuffix", "translate", "format", "format_map", "__format__",
            "split", "rsplit", "splitlines", "partition", "rpartition", "strip", "lstrip", "rstrip", "replace",
        ];
        foreach (var name in textMethods)
        {
            var key = PyStr.Immortal(name);
            t.Dict.TryGetStr(key, out var found);
            var d = (PyMethodDescriptor)found!;
            var inner = d.Method;
            t.Dict.SetItemStr(key, new PyMethodDescriptor(t, name, (ts, self, args, kw) => SeparateResult(inner(ts, self, args, kw), self, args), d.Doc));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject SeparateResult(PyObject result, PyObject self, ReadOnlySpan<PyObject> args)
    {
        // Nearly always the result holds no surrogate at all: a str result is scanned once (vectorised; the
        // answer is cached in it for the next method), a list or tuple result is settled by the inputs
        // (their answers are cached): without a surrogate in, none is out (case mappings keep BMP
        // characters in the BMP), which the pieces remember.
        if (ReferenceEquals(result.ObType, BuiltinTypes.Str))
        {
            if (!Unsafe.As<PyStr>(result).HasSurrogateUnits) return result;
        }
        else if (!MaySurrogate(self) && !ArgsMaySurrogate(args))
        {
            MarkWithoutSurrogates(result);
            return result;
        }
        return SeparateResultSlow(result, self, args);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject SeparateResultSlow(PyObject result, PyObject self, ReadOnlySpan<PyObject> args)
    {
        // Only inputs without a real pair make every unit of the result one code point.
        if (!InputsSimple(self, args)) return result;
        switch (result)
        {
            case PyStr s:
                return NeedsSeparate(s, self) ? PyStr.FromSimple(s.Value) : result;
            case PyList l:
                SeparateItems(l.AsSpan(), self);
                return result;
            case PyTuple tu:
                // partition's 3-tuple, made by the method just now.
                SeparateItems(tu.Items, self);
                return result;
        }
        return result;
    }

    private static void MarkWithoutSurrogates(PyObject result)
    {
        var t = result.ObType;
        if (ReferenceEquals(t, BuiltinTypes.Str)) Unsafe.As<PyStr>(result).KnownWithoutSurrogates();
        else if (ReferenceEquals(t, BuiltinTypes.List)) MarkItems(Unsafe.As<PyList>(result).AsSpan());
        else if (ReferenceEquals(t, BuiltinTypes.Tuple)) MarkItems(Unsafe.As<PyTuple>(result).Items);
    }

    private static void MarkItems(Span<PyObject> items)
    {
        foreach (var x in items) if (ReferenceEquals(x.ObType, BuiltinTypes.Str)) Unsafe.As<PyStr>(x).KnownWithoutSurrogates();
    }

    private static void SeparateItems(Span<PyObject> items, PyObject self)
    {
        for (int i = 0; i < items.Length; i++)
            if (items[i] is PyStr s && NeedsSeparate(s, self)) items[i] = PyStr.FromSimple(s.Value);
    }

    /// <summary>True unless <paramref name="o"/> surely brings no surrogate into a result (a str without
    /// one — cached —, an int below 0xD800, a float, None); other objects are settled by InputsSimple.</summary>
    // Exact-type tests by type object: cheaper than `is` casts on these non-sealed classes, and a
    // subclass may format itself as anything anyway.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool MaySurrogate(PyObject o)
    {
        var t = o.ObType;
        if (ReferenceEquals(t, BuiltinTypes.Str)) return Unsafe.As<PyStr>(o).HasSurrogateUnits;
        if (ReferenceEquals(t, BuiltinTypes.Int))
        {
            var i = Unsafe.As<PyInt>(o);
            return !i.IsSmall || i.Small >= 0xD800;
        }
        return !ReferenceEquals(t, BuiltinTypes.Float) && !ReferenceEquals(t, BuiltinTypes.NoneType);
    }

    private static bool ArgsMaySurrogate(ReadOnlySpan<PyObject> args)
    {
        foreach (var a in args)
        {
            if (ReferenceEquals(a.ObType, BuiltinTypes.Tuple))
            {
                foreach (var x in Unsafe.As<PyTuple>(a).Items) if (MaySurrogate(x)) return true;
            }
            else if (MaySurrogate(a)) return true;
        }
        return false;
    }

    /// <summary>A result str (not the receiver itself) that reads a surrogate seam as one pair.</summary>
    private static bool NeedsSeparate(PyStr s, PyObject self)
        => !ReferenceEquals(s, self) && !s.SeparateSurrogates && PyStr.HasSurrogateSeam(s.Value);

    /// <summary>True when the receiver and every argument are known to bring no real surrogate pair: strs
    /// without one, numbers, None, tuples of those. Anything else (a translate table, an object formatted
    /// by str.format or %) may bring a character outside the BMP, and then the result stays as it was.</summary>
    private static bool InputsSimple(PyObject self, ReadOnlySpan<PyObject> args)
    {
        if (!Unsafe.As<PyStr>(self).IsSimple) return false;
        foreach (var a in args)
        {
            if (ReferenceEquals(a.ObType, BuiltinTypes.Tuple))
            {
                foreach (var x in Unsafe.As<PyTuple>(a).Items) if (!BringsNoPair(x)) return false;
            }
            else if (!BringsNoPair(a)) return false;
        }
        return true;
    }

    private static bool BringsNoPair(PyObject o)
    {
        // Exact types only: subclasses may format themselves as anything.
        var t = o.ObType;
        if (ReferenceEquals(t, BuiltinTypes.Str)) return Unsafe.As<PyStr>(o).IsSimple;
        // '%c' and '{:c}' turn an int into that character: only ints below 0x10000 cannot bring a pair.
        if (ReferenceEquals(t, BuiltinTypes.Int)) return Unsafe.As<PyInt>(o).IsSmall && Unsafe.As<PyInt>(o).Small <= 0xFFFF;
        return ReferenceEquals(t, BuiltinTypes.Float) || ReferenceEquals(t, BuiltinTypes.NoneType) || ReferenceEquals(t, BuiltinTypes.Bool);
    }

    /// <summary>str % args, with the rule above.</summary>
    internal static PyObject PercentResult(PyStr format, PyObject args, string text)
        => SeparateResult(PyStr.From(text), format, [args]);
}
