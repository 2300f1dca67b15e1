using System.Text;
using Kaa.Runtime.Objects;
using Kaa.Runtime.Sre;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// The _sre module: CPython's regular expression engine (Modules/_sre) ported as a matcher over the code
/// lists that Lib/re/_compiler.py produces (DESIGN §7). The engine lives in Kaa.Runtime.Sre.
/// </summary>
public static class SreModule
{
    public static readonly BuiltinModuleDef Definition = new() { Name = "_sre", Exec = Exec };

    internal static readonly System.Collections.Immutable.ImmutableArray<PyType> Types =
        [PySrePattern.TypeObject, PySreMatch.TypeObject, PySreScanner.TypeObject, PySreTemplate.TypeObject];

    internal static void InitTypes()
    {
        PySrePattern.Init();
        PySreMatch.Init();
        PySreScanner.Init();
        PySreTemplate.Init();
    }

    private static void Exec(ThreadState ts, PyModule m)
    {
        void Fn(string name, BuiltinFunc f) => m.Set(name, new PyBuiltinFunction(name, f, m));
        m.Set("MAGIC", PyInt.From(SreConst.MAGIC));
        m.Set("CODESIZE", PyInt.From(SreConst.CODESIZE));
        m.Set("MAXREPEAT", PyInt.From((long)SreConst.MAXREPEAT));
        m.Set("MAXGROUPS", PyInt.From((long)SreConst.MAXGROUPS));
        m.Set("copyright", PyStr.From(SreConst.Copyright));
        Fn("compile", Compile);
        Fn("template", (ts2, _, a, kw) =>
        {
            Args.Exact("template", a, kw, 2);
            if (a[1] is not PyList list) throw PyErr.TypeError($"template() argument 2 must be list, not {PyErr.ArgTypeName(a[1])}");
            return PySreTemplate.Create(ts2, list);
        });
        Fn("getcodesize", (ts2, _, a, kw) => { Args.Exact("_sre.getcodesize", a, kw, 0); return PyInt.From(SreConst.CODESIZE); });
        Fn("ascii_iscased", (ts2, _, a, kw) => PyBool.From(SreChars.AsciiIsCased(CharArg(ts2, "_sre.ascii_iscased", a, kw))));
        Fn("unicode_iscased", (ts2, _, a, kw) => PyBool.From(SreChars.UnicodeIsCased(CharArg(ts2, "_sre.unicode_iscased", a, kw))));
        Fn("ascii_tolower", (ts2, _, a, kw) => PyInt.From(SreChars.LowerAscii(CharArg(ts2, "_sre.ascii_tolower", a, kw))));
        Fn("unicode_tolower", (ts2, _, a, kw) => PyInt.From(SreChars.LowerUnicode(CharArg(ts2, "_sre.unicode_tolower", a, kw))));
    }

    /// <summary>The C int "character" argument of the iscased/tolower helpers.</summary>
    private static int CharArg(ThreadState ts, string fname, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        Args.Exact(fname, a, kw, 1);
        if (a[0] is PyFloat) throw PyErr.TypeError("'float' object cannot be interpreted as an integer");
        var i = Ops.Index(ts, a[0]);
        if (!i.IsSmall || i.Small > int.MaxValue || i.Small < int.MinValue)
            throw PyErr.OverflowError(i.Sign < 0 ? "Python int too large to convert to C int" : "Python int too large to convert to C int");
        return (int)i.Small;
    }

    /// <summary>_sre.compile(pattern, flags, code, groups, groupindex, indexgroup).</summary>
    private static PyObject Compile(ThreadState ts, PyModule? mod, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var p = PySrePattern.ParseArgs("compile", args, kw, ["pattern", "flags", "code", "groups", "groupindex", "indexgroup"], 6);
        var pattern = p[0]!;
        var flagsObj = Ops.Index(ts, p[1]!);
        if (!flagsObj.IsSmall || flagsObj.Small > int.MaxValue || flagsObj.Small < int.MinValue)
            throw PyErr.OverflowError("Python int too large to convert to C int");
        int flags = (int)flagsObj.Small;
        if (p[2] is not PyList codeList) throw PyErr.TypeError($"compile() argument 'code' must be list, not {PyErr.ArgTypeName(p[2]!)}");
        long groups = PySrePattern.Ssize(ts, p[3]!);
        if (p[4] is not PyDict groupindex) throw PyErr.TypeError($"compile() argument 'groupindex' must be dict, not {PyErr.ArgTypeName(p[4]!)}");
        if (p[5] is not PyTuple indexgroup) throw PyErr.TypeError($"compile() argument 'indexgroup' must be tuple, not {PyErr.ArgTypeName(p[5]!)}");

        var code = new uint[codeList.Count];
        for (int i = 0; i < code.Length; i++)
        {
            var o = codeList.Items[i];
            if (o is not PyInt v) throw PyErr.TypeError($"'{o.ObType.Name}' object cannot be interpreted as an integer");
            if (v.Sign < 0) throw PyErr.OverflowError("can't convert negative value to unsigned int");
            if (!v.IsSmall || v.Small > uint.MaxValue) throw PyErr.OverflowError("regular expression code size limit exceeded");
            code[i] = (uint)v.Small;
        }

        int isBytes;
        if (pattern is PyNone) isBytes = -1;
        else if (pattern is PyStr) isBytes = 0;
        else if (GetBytes(pattern) != null) isBytes = 1;
        else throw PyErr.TypeError($"expected string or bytes-like object, got '{pattern.ObType.Name}'");

        var sets = new List<int>();
        if (groups < 0 || groups > SreConst.MAXGROUPS || !SreValidator.Validate(code, (int)groups, sets))
            throw PyErr.RuntimeError("invalid SRE code");
        PyDict? gi = groupindex.Count > 0 ? groupindex : null;
        PyTuple? ig = gi != null && indexgroup.Count > 0 ? indexgroup : null;
        return new PySrePattern(code, (int)groups, gi, ig, pattern, flags, isBytes, sets);
    }

    /// <summary>The bytes of a bytes-like object (bytes, bytearray, memoryview), or null for anything else.</summary>
    internal static (byte[] Data, int Length)? GetBytes(PyObject o)
    {
        switch (o)
        {
            case PyBytes b: return (b.Value, b.Value.Length);
            case PyByteArray ba: return (ba.Items, ba.Count);
            case PyMemoryView mv:
                var copy = mv.Span.ToArray();
                return (copy, copy.Length);
            default: return null;
        }
    }

    /// <summary>getslice: the subject between two indexes as an exact str or bytes.</summary>
    internal static PyObject Slice(PyObject str, SreInputKind kind, string? s, int[]? cps, byte[]? bytes, int length, int i, int j)
    {
        if (kind == SreInputKind.Bytes)
        {
            if (i == 0 && j == length && PyType.IsExact(str, BuiltinTypes.Bytes)) return str;
            return j == i ? PyBytes.Empty : new PyBytes(bytes.AsSpan(i, j - i).ToArray());
        }
        if (i == 0 && j == length && PyType.IsExact(str, BuiltinTypes.Str)) return str;
        // A subject whose lone surrogates read separately keeps that reading in its slices.
        if (kind == SreInputKind.Str)
            return str is PyStr { SeparateSurrogates: true } ? PyStr.FromSimple(s!.Substring(i, j - i)) : PyStr.From(s!.Substring(i, j - i));
        return PyStr.FromCodePointArray(cps.AsSpan(i, j - i));
    }

    /// <summary>The first <paramref name="n"/> code points of a repr, as printf's "%.50R" cuts it.</summary>
    internal static string Truncate(string s, int n)
    {
        if (s.Length <= n) return s;
        int units = 0;
        for (int cp = 0; cp < n && units < s.Length; cp++)
            units += char.IsHighSurrogate(s[units]) && units + 1 < s.Length && char.IsLowSurrogate(s[units + 1]) ? 2 : 1;
        return s[..units];
    }

    internal static PyObject JoinStr(List<PyObject> parts)
    {
        if (parts.Count == 1 && parts[0] is PyStr one && PyType.IsExact(one, BuiltinTypes.Str)) return one;
        var sb = new StringBuilder();
        for (int i = 0; i < parts.Count; i++)
        {
            if (parts[i] is not PyStr s) throw PyErr.TypeError($"sequence item {i}: expected str instance, {parts[i].ObType.Name} found");
            sb.Append(s.Value);
        }
        // Pieces that put a lone high surrogate before a lone low one keep them two code points.
        var pieces = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(parts);
        return PyStr.PiecesMakeSeam(pieces) ? PyStr.FromSeparatePieces(sb.ToString(), pieces) : PyStr.From(sb.ToString());
    }

    internal static PyObject JoinBytes(List<PyObject> parts)
    {
        int total = 0;
        for (int i = 0; i < parts.Count; i++)
        {
            var b = GetBytes(parts[i]) ?? throw PyErr.TypeError($"sequence item {i}: expected a bytes-like object, {parts[i].ObType.Name} found");
            total += b.Length;
        }
        var result = new byte[total];
        int at = 0;
        foreach (var part in parts)
        {
            var (data, len) = GetBytes(part)!.Value;
            Array.Copy(data, 0, result, at, len);
            at += len;
        }
        return new PyBytes(result);
    }

    /// <summary>compile_template: re._compile_template(pattern, repl), retried with an exact str/bytes when repl is unhashable.</summary>
    internal static PySreTemplate CompileTemplate(ThreadState ts, PySrePattern pattern, PyObject template)
    {
        var re = ts.Interp.Modules.GetStr("re") ?? ImportRe(ts);
        var func = Ops.GetAttr(ts, re, PyStr.From("_compile_template"));
        PyObject result;
        try
        {
            result = Ops.Call(ts, func, pattern, template);
        }
        catch (PyException e) when (e.Value.ObType.IsSubtype(PyExc.TypeError))
        {
            PyObject converted;
            if (template is PyStr s && !PyType.IsExact(s, BuiltinTypes.Str)) converted = new PyStr(s.Value);
            else if (GetBytes(template) is var (data, len) && !PyType.IsExact(template, BuiltinTypes.Bytes))
                converted = new PyBytes(data.AsSpan(0, len).ToArray());
            else throw;
            result = Ops.Call(ts, func, pattern, converted);
        }
        return result as PySreTemplate
            ?? throw PyErr.RuntimeError($"the result of compiling a replacement string is {result.ObType.Name}");
    }

    private static PyObject ImportRe(ThreadState ts)
    {
        var imp = ts.Interp.BuiltinsDict.GetStr("__import__") ?? throw PyErr.ImportError("No module named 're'");
        Ops.Call(ts, imp, PyStr.From("re"));
        return ts.Interp.Modules.GetStr("re") ?? throw PyErr.ImportError("No module named 're'");
    }
}
