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

    private static PyObject SeparateResult(PyObject result, PyObject self, ReadOnlySpan<PyObject> args)
    {
        switch (result)
        {
            case PyStr s:
                return NeedsSeparate(s, self) && InputsSimple(self, args) ? PyStr.FromSimple(s.Value) : result;
            case PyList l:
            {
                var items = l.AsSpan();
                for (int i = 0; i < items.Length; i++)
                    if (items[i] is PyStr s && NeedsSeparate(s, self))
                    {
                        if (!InputsSimple(self, args)) return result;
                        items[i] = PyStr.FromSimple(s.Value);
                    }
                return result;
            }
            case PyTuple tu:
            {
                // partition's 3-tuple, made by the method just now.
                var items = tu.Items;
                for (int i = 0; i < items.Length; i++)
                    if (items[i] is PyStr s && NeedsSeparate(s, self))
                    {
                        if (!InputsSimple(self, args)) return result;
                        items[i] = PyStr.FromSimple(s.Value);
                    }
                return result;
            }
        }
        return result;
    }

    /// <summary>A result str (not the receiver itself) that reads a surrogate seam as one pair.</summary>
    private static bool NeedsSeparate(PyStr s, PyObject self)
        => !ReferenceEquals(s, self) && !s.SeparateSurrogates && PyStr.HasSurrogateSeam(s.Value);

    /// <summary>True when the receiver and every argument are known to bring no real surrogate pair: strs
    /// without one, numbers, None, tuples of those. Anything else (a translate table, an object formatted
    /// by str.format or %) may bring a character outside the BMP, and then the result stays as it was.</summary>
    private static bool InputsSimple(PyObject self, ReadOnlySpan<PyObject> args)
    {
        if (!((PyStr)self).IsSimple) return false;
        foreach (var a in args)
        {
            if (a is PyTuple t)
            {
                foreach (var x in t.Items) if (!BringsNoPair(x)) return false;
            }
            else if (!BringsNoPair(a)) return false;
        }
        return true;
    }

    private static bool BringsNoPair(PyObject o) => o switch
    {
        // Subclasses may format themselves as anything.
        PyStr s => !s.ObType.IsHeapType && s.IsSimple,
        // '%c' and '{:c}' turn an int into that character: only ints below 0x10000 cannot bring a pair.
        PyInt i => !o.ObType.IsHeapType && i.IsSmall && i.Small <= 0xFFFF,
        PyFloat or PyNone => !o.ObType.IsHeapType,
        _ => false,
    };

    /// <summary>str % args, with the rule above.</summary>
    internal static PyObject PercentResult(PyStr format, PyObject args, string text)
        => SeparateResult(PyStr.From(text), format, [args]);
}
