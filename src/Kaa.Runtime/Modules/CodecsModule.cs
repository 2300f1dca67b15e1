using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// The _codecs module (Modules/_codecsmodule.c) under Lib/codecs.py and the encodings package: the
/// per-interpreter codec and error-handler registries (Objects/Codecs.Registry.cs) and the built-in
/// codecs with CPython's signatures: each *_encode returns (bytes, characters consumed), each
/// *_decode (str, bytes consumed), and decoders with `final` false leave an incomplete tail.
/// </summary>
public static class CodecsModule
{
    public static readonly BuiltinModuleDef Definition = new() { Name = "_codecs", Exec = Exec };

    private static void Exec(ThreadState ts, PyModule m)
    {
        m.Set("__doc__", PyStr.Empty);
        void Fn(string name, BuiltinFunc f) => m.Set(name, new PyBuiltinFunction(name, f, m));

        Fn("register", (ts2, _, a, kw) => { Args.Exact("register", a, kw, 1); Codecs.Register(ts2, a[0]); return PyNone.Value; });
        Fn("unregister", (ts2, _, a, kw) => { Args.Exact("unregister", a, kw, 1); Codecs.Unregister(ts2, a[0]); return PyNone.Value; });
        Fn("lookup", (ts2, _, a, kw) =>
        {
            Args.Exact("lookup", a, kw, 1);
            return Codecs.LookupCodec(ts2, StrOnly("lookup", a[0]));
        });
        Fn("_forget_codec", (ts2, _, a, kw) =>
        {
            Args.Exact("_forget_codec", a, kw, 1);
            Codecs.ForgetCodec(ts2, StrOnly("_forget_codec", a[0]));
            return PyNone.Value;
        });
        Fn("encode", (ts2, _, a, kw) => EncodeDecode(ts2, "encode", a, kw, true));
        Fn("decode", (ts2, _, a, kw) => EncodeDecode(ts2, "decode", a, kw, false));
        Fn("lookup_error", (ts2, _, a, kw) =>
        {
            Args.Exact("lookup_error", a, kw, 1);
            return Codecs.LookupError(ts2, StrOnly("lookup_error", a[0]));
        });
        Fn("register_error", (ts2, _, a, kw) =>
        {
            Args.Range("register_error", a, kw, 2, 2);
            Codecs.RegisterError(ts2, StrArg("register_error", a[0], 1), a[1]);
            return PyNone.Value;
        });
        Fn("_unregister_error", (ts2, _, a, kw) =>
        {
            Args.Exact("_unregister_error", a, kw, 1);
            return PyBool.From(Codecs.UnregisterError(ts2, StrOnly("_unregister_error", a[0])));
        });

        // Encoders: (str, errors=None) -> (bytes, len(str)).
        void Enc(string name, TextEncoding enc) => Fn(name, (ts2, _, a, kw) =>
        {
            var (s, errors) = EncodeArgs(name, a, kw, 2);
            return Result(new PyBytes(Codecs.EncodeWith(ts2, s.Value, enc, errors, s.SeparateSurrogates)), s.CodePointLength);
        });
        Enc("utf_8_encode", TextEncoding.Utf8);
        Enc("utf_16_le_encode", TextEncoding.Utf16LE);
        Enc("utf_16_be_encode", TextEncoding.Utf16BE);
        Enc("utf_32_le_encode", TextEncoding.Utf32LE);
        Enc("utf_32_be_encode", TextEncoding.Utf32BE);
        Enc("latin_1_encode", TextEncoding.Latin1);
        Enc("ascii_encode", TextEncoding.Ascii);
        void EncBo(string name, TextEncoding withBom, TextEncoding le, TextEncoding be) => Fn(name, (ts2, _, a, kw) =>
        {
            var (s, errors) = EncodeArgs(name, a, kw, 3);
            int bo = a.Length > 2 ? IntArg(ts2, a[2]) : 0;
            var enc = bo == 0 ? withBom : bo < 0 ? le : be;
            return Result(new PyBytes(Codecs.EncodeWith(ts2, s.Value, enc, errors, s.SeparateSurrogates)), s.CodePointLength);
        });
        EncBo("utf_16_encode", TextEncoding.Utf16, TextEncoding.Utf16LE, TextEncoding.Utf16BE);
        EncBo("utf_32_encode", TextEncoding.Utf32, TextEncoding.Utf32LE, TextEncoding.Utf32BE);
        Fn("utf_7_encode", (ts2, _, a, kw) =>
        {
            var (s, _) = EncodeArgs("utf_7_encode", a, kw, 2);
            return Result(new PyBytes(Codecs.Utf7Encode(s.Value)), s.CodePointLength);
        });
        Fn("unicode_escape_encode", (ts2, _, a, kw) =>
        {
            var (s, _) = EncodeArgs("unicode_escape_encode", a, kw, 2);
            return Result(new PyBytes(Codecs.UnicodeEscapeEncode(s.Value, raw: false, s.SeparateSurrogates)), s.CodePointLength);
        });
        Fn("raw_unicode_escape_encode", (ts2, _, a, kw) =>
        {
            var (s, _) = EncodeArgs("raw_unicode_escape_encode", a, kw, 2);
            return Result(new PyBytes(Codecs.UnicodeEscapeEncode(s.Value, raw: true, s.SeparateSurrogates)), s.CodePointLength);
        });
        Fn("charmap_encode", (ts2, _, a, kw) =>
        {
            var (s, errors) = EncodeArgs("charmap_encode", a, kw, 3);
            return Result(new PyBytes(Codecs.CharmapEncode(ts2, s.Value, errors, a.Length > 2 ? a[2] : null)), s.CodePointLength);
        });

        // Decoders: (data, errors=None, final=False) -> (str, bytes consumed).
        void Dec(string name, TextEncoding enc) => Fn(name, (ts2, _, a, kw) =>
        {
            var (data, errors) = DecodeArgs(name, a, kw, 3);
            bool final = a.Length > 2 && Ops.IsTrue(ts2, a[2]);
            int bo = 0;
            var s = Codecs.DecodeWith(ts2, data, enc, errors, final, ref bo, out int consumed, out int astral);
            return Result(Codecs.DecodedStr(s, astral), consumed);
        });
        Dec("utf_8_decode", TextEncoding.Utf8);
        Dec("utf_16_decode", TextEncoding.Utf16);
        Dec("utf_16_le_decode", TextEncoding.Utf16LE);
        Dec("utf_16_be_decode", TextEncoding.Utf16BE);
        Dec("utf_32_decode", TextEncoding.Utf32);
        Dec("utf_32_le_decode", TextEncoding.Utf32LE);
        Dec("utf_32_be_decode", TextEncoding.Utf32BE);
        void DecEx(string name, TextEncoding enc) => Fn(name, (ts2, _, a, kw) =>
        {
            var (data, errors) = DecodeArgs(name, a, kw, 4);
            int bo = a.Length > 2 ? IntArg(ts2, a[2]) : 0;
            bool final = a.Length > 3 && Ops.IsTrue(ts2, a[3]);
            // Any other byte order than -1/1 means "read a BOM", as in CPython.
            if (bo != -1 && bo != 1) bo = 0;
            var s = Codecs.DecodeWith(ts2, data, enc, errors, final, ref bo, out int consumed, out int astral);
            return new PyTuple([Codecs.DecodedStr(s, astral), PyInt.From(consumed), PyInt.From(bo)]);
        });
        DecEx("utf_16_ex_decode", TextEncoding.Utf16);
        DecEx("utf_32_ex_decode", TextEncoding.Utf32);
        void Dec2(string name, TextEncoding enc) => Fn(name, (ts2, _, a, kw) =>
        {
            var (data, errors) = DecodeArgs(name, a, kw, 2);
            int bo = 0;
            return Result(PyStr.From(Codecs.DecodeWith(ts2, data, enc, errors, true, ref bo, out int _)), data.Length);
        });
        Dec2("latin_1_decode", TextEncoding.Latin1);
        Dec2("ascii_decode", TextEncoding.Ascii);
        Fn("utf_7_decode", (ts2, _, a, kw) =>
        {
            var (data, errors) = DecodeArgs("utf_7_decode", a, kw, 3);
            bool final = a.Length > 2 && Ops.IsTrue(ts2, a[2]);
            var s = Codecs.Utf7Decode(ts2, data, errors, final, out int consumed);
            return Result(PyStr.From(s), consumed);
        });
        void Esc(string name, bool raw) => Fn(name, (ts2, _, a, kw) =>
        {
            var (data, errors) = DecodeArgs(name, a, kw, 3, acceptStr: true);
            bool final = a.Length <= 2 || Ops.IsTrue(ts2, a[2]);
            var s = Codecs.UnicodeEscapeDecode(ts2, data, errors, raw, final, out int consumed, out int astral);
            return Result(Codecs.DecodedStr(s, astral), consumed);
        });
        Esc("unicode_escape_decode", false);
        Esc("raw_unicode_escape_decode", true);
        Fn("charmap_decode", (ts2, _, a, kw) =>
        {
            var (data, errors) = DecodeArgs("charmap_decode", a, kw, 3);
            return Result(PyStr.From(Codecs.CharmapDecode(ts2, data, errors, a.Length > 2 ? a[2] : null)), data.Length);
        });
        Fn("charmap_build", (ts2, _, a, kw) =>
        {
            Args.Exact("charmap_build", a, kw, 1);
            if (a[0] is not PyStr t) throw PyErr.TypeError($"charmap_build() argument must be str, not {PyErr.ArgTypeName(a[0])}");
            return PyEncodingMap.Build(ts2, t.Value);
        });
        Fn("escape_encode", (ts2, _, a, kw) =>
        {
            Args.Range("escape_encode", a, kw, 1, 2);
            if (a[0] is not PyBytes b) throw PyErr.TypeError($"escape_encode() argument 1 must be bytes, not {PyErr.ArgTypeName(a[0])}");
            if (a.Length > 1) ErrorsArg("escape_encode", a[1]);
            return Result(new PyBytes(Codecs.EscapeEncode(b.Value)), b.Value.Length);
        });
        Fn("escape_decode", (ts2, _, a, kw) =>
        {
            Args.Range("escape_decode", a, kw, 1, 2);
            var data = a[0] is PyStr s ? Codecs.Encode(ts2, s.Value, "utf-8", "strict") : BytesMethods.Buffer(a[0]).ToArray();
            string? errors = a.Length > 1 ? ErrorsArg("escape_decode", a[1]) : null;
            return Result(new PyBytes(Codecs.EscapeDecode(ts2, data, errors)), data.Length);
        });
        Fn("readbuffer_encode", (ts2, _, a, kw) =>
        {
            Args.Range("readbuffer_encode", a, kw, 1, 2);
            var data = a[0] is PyStr s ? Codecs.Encode(ts2, s.Value, "utf-8", "strict") : BytesMethods.Buffer(a[0]).ToArray();
            if (a.Length > 1) ErrorsArg("readbuffer_encode", a[1]);
            return Result(new PyBytes(data), data.Length);
        });
    }

    private static PyTuple Result(PyObject value, long consumed) => new([value, PyInt.From(consumed)]);

    private static string StrOnly(string fname, PyObject o)
        => o is PyStr s ? s.Value : throw PyErr.TypeError($"{fname}() argument must be str, not {PyErr.ArgTypeName(o)}");

    private static string StrArg(string fname, PyObject o, int pos)
        => o is PyStr s ? s.Value : throw PyErr.TypeError($"{fname}() argument {pos} must be str, not {PyErr.ArgTypeName(o)}");

    private static int IntArg(ThreadState ts, PyObject o)
    {
        var i = Ops.Index(ts, o);
        if (!i.IsSmall || i.Small > int.MaxValue || i.Small < int.MinValue) throw PyErr.OverflowError("Python int too large to convert to C int");
        return (int)i.Small;
    }

    /// <summary>The errors argument: str or None (None means 'strict').</summary>
    private static string? ErrorsArg(string fname, PyObject o) => o switch
    {
        PyNone => null,
        PyStr s => s.Value,
        _ => throw PyErr.TypeError($"{fname}() argument 2 must be str or None, not {PyErr.ArgTypeName(o)}"),
    };

    private static (PyStr S, string Errors) EncodeArgs(string fname, ReadOnlySpan<PyObject> a, PyTuple? kw, int max)
    {
        Args.Range(fname, a, kw, 1, max);
        if (a[0] is not PyStr s) throw PyErr.TypeError($"{fname}() argument 1 must be str, not {PyErr.ArgTypeName(a[0])}");
        return (s, (a.Length > 1 ? ErrorsArg(fname, a[1]) : null) ?? "strict");
    }

    private static (byte[] Data, string Errors) DecodeArgs(string fname, ReadOnlySpan<PyObject> a, PyTuple? kw, int max, bool acceptStr = false)
    {
        Args.Range(fname, a, kw, 1, max);
        byte[] data = acceptStr && a[0] is PyStr s ? System.Text.Encoding.UTF8.GetBytes(s.Value) : BytesMethods.Buffer(a[0]).ToArray();
        return (data, (a.Length > 1 ? ErrorsArg(fname, a[1]) : null) ?? "strict");
    }

    /// <summary>codecs.encode / codecs.decode: (obj, encoding='utf-8', errors='strict'), any codec.</summary>
    private static PyObject EncodeDecode(ThreadState ts, string fname, ReadOnlySpan<PyObject> a, PyTuple? kw, bool encode)
    {
        var p = Args.Parse(fname, a, kw, ["obj", "encoding", "errors"], 1);
        string encoding = p[1] == null ? "utf-8" : p[1] is PyStr es ? es.Value
            : throw PyErr.TypeError($"{fname}() argument 'encoding' must be str, not {PyErr.ArgTypeName(p[1]!)}");
        string errors = p[2] == null ? "strict" : p[2] is PyStr rs ? rs.Value
            : throw PyErr.TypeError($"{fname}() argument 'errors' must be str, not {PyErr.ArgTypeName(p[2]!)}");
        return Codecs.CodecCall(ts, p[0]!, encoding, errors, encode);
    }
}
