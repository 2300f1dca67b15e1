using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>
/// The codec registry of Python/codecs.c: search functions, the lookup cache and the error-handler
/// registry. All three are per interpreter (held in <see cref="InterpreterState.ModuleStates"/>), so
/// one interpreter's codecs.register never affects another.
/// </summary>
public static partial class Codecs
{
    /// <summary>One interpreter's codec registry.</summary>
    public sealed class RegistryState
    {
        internal readonly List<PyObject> SearchFunctions = new();
        internal readonly Dictionary<string, PyObject> Cache = new(StringComparer.Ordinal);
        internal readonly Dictionary<string, PyObject> ErrorHandlers = new(StringComparer.Ordinal);
        /// <summary>Set once the encodings package was imported (CPython imports it at start-up; Kaa on the first lookup).</summary>
        internal bool EncodingsImported;
    }

    /// <summary>The names of the built-in error handlers, in CPython's registration order.</summary>
    private static readonly System.Collections.Immutable.ImmutableArray<string> BuiltinHandlerNames = ["strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace", "namereplace", "surrogateescape", "surrogatepass"];

    /// <summary>The calling interpreter's registry, created with the built-in error handlers on first use.</summary>
    public static RegistryState Registry(ThreadState ts)
    {
        var states = ts.Interp.ModuleStates;
        lock (states)
        {
            if (states.TryGetValue(CodecsModule.Definition, out var s)) return (RegistryState)s;
            var r = new RegistryState();
            foreach (var name in BuiltinHandlerNames)
            {
                var handler = name;
                string fname = name is "surrogateescape" or "surrogatepass" ? name : name + "_errors";
                r.ErrorHandlers[name] = new PyBuiltinFunction(fname, (ts2, _, a, kw) =>
                {
                    Args.Exact(fname, a, kw, 1);
                    return BuiltinErrorCallback(ts2, handler, a[0]);
                });
            }
            states[CodecsModule.Definition] = r;
            return r;
        }
    }

    /// <summary>_Py_normalize_encoding: ASCII letters lowered, runs of other characters (except '.') become one '_', none leading or trailing.</summary>
    public static string NormalizeEncodingName(string encoding)
    {
        var sb = new System.Text.StringBuilder(encoding.Length);
        bool punct = false;
        foreach (char c in encoding)
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '.')
            {
                if (punct && sb.Length > 0) sb.Append('_');
                punct = false;
                sb.Append(char.ToLowerInvariant(c));
            }
            else punct = true;
        }
        return sb.ToString();
    }

    public static void Register(ThreadState ts, PyObject searchFunction)
    {
        if (!Ops.IsCallable(searchFunction)) throw PyErr.TypeError("argument must be callable");
        Registry(ts).SearchFunctions.Add(searchFunction);
    }

    public static void Unregister(ThreadState ts, PyObject searchFunction)
    {
        var r = Registry(ts);
        for (int i = 0; i < r.SearchFunctions.Count; i++)
        {
            if (ReferenceEquals(r.SearchFunctions[i], searchFunction))
            {
                r.SearchFunctions.RemoveAt(i);
                r.Cache.Clear();
                return;
            }
        }
    }

    /// <summary>_PyCodec_Lookup: the CodecInfo (a 4-tuple or more) for an encoding, or LookupError.</summary>
    public static PyTuple LookupCodec(ThreadState ts, string encoding)
    {
        if (encoding.Contains('\0')) throw PyErr.ValueError("embedded null character");
        var r = Registry(ts);
        string norm = NormalizeEncodingName(encoding);
        if (r.Cache.TryGetValue(norm, out var cached)) return (PyTuple)cached;
        if (!r.EncodingsImported)
        {
            r.EncodingsImported = true;
            ImportSystem.ImportModuleLevel(ts, "encodings", null, null, 0);
            if (r.Cache.TryGetValue(norm, out cached)) return (PyTuple)cached;
        }
        var normStr = PyStr.From(norm);
        foreach (var f in r.SearchFunctions.ToArray())
        {
            var result = Ops.Call(ts, f, normStr);
            if (result is PyNone) continue;
            if (result is not PyTuple t || t.Count != 4) throw PyErr.TypeError("codec search functions must return 4-tuples");
            r.Cache[norm] = t;
            return t;
        }
        throw PyErr.New(PyExc.LookupError, $"unknown encoding: {encoding}");
    }

    /// <summary>_PyCodec_Forget: drops an encoding from the lookup cache.</summary>
    public static void ForgetCodec(ThreadState ts, string encoding) => Registry(ts).Cache.Remove(NormalizeEncodingName(encoding));

    /// <summary>codecs.encode / codecs.decode through the registry (PyCodec_Encode/Decode), any object to any object.</summary>
    public static PyObject CodecCall(ThreadState ts, PyObject obj, string encoding, string errors, bool encode)
    {
        var info = LookupCodec(ts, encoding);
        return CallCodec(ts, info[encode ? 0 : 1], obj, encoding, errors, encode);
    }

    private static PyObject CallCodec(ThreadState ts, PyObject func, PyObject obj, string encoding, string errors, bool encode)
    {
        PyObject result;
        try
        {
            result = errors == "strict" ? Ops.Call(ts, func, obj) : Ops.Call(ts, func, obj, PyStr.From(errors));
        }
        catch (PyException e)
        {
            // CPython 3.12+ (wrap_codec_error) adds a note naming the codec instead of wrapping the exception.
            e.Value.AddNote($"{(encode ? "encoding" : "decoding")} with '{encoding}' codec failed");
            throw;
        }
        if (result is not PyTuple t || t.Count != 2)
            throw PyErr.TypeError($"{(encode ? "encoder" : "decoder")} must return a tuple (object, integer)");
        return t[0];
    }

    /// <summary>True unless the codec says it is not a text encoding (CodecInfo._is_text_encoding false).</summary>
    private static PyTuple TextCodecInfo(ThreadState ts, string encoding, string alternative)
    {
        var info = LookupCodec(ts, encoding);
        if (Ops.TryGetAttr(ts, info, PyStr.From("_is_text_encoding"), out var isText) && isText != null && !Ops.IsTrue(ts, isText))
            throw PyErr.New(PyExc.LookupError, $"'{encoding}' is not a text encoding; use {alternative} to handle arbitrary codecs");
        return info;
    }

    /// <summary>str.encode for an encoding the built-in codecs do not know (_PyCodec_EncodeText).</summary>
    public static byte[] EncodeViaRegistry(ThreadState ts, PyStr s, string encoding, string errors)
    {
        var info = TextCodecInfo(ts, encoding, "codecs.encode()");
        var v = CallCodec(ts, info[0], s, encoding, errors, true);
        if (v is PyBytes b) return b.Value;
        if (v is PyByteArray ba) return ba.ToArray();
        throw PyErr.TypeError($"'{encoding}' encoder returned '{v.ObType.Name}' instead of 'bytes'; use codecs.encode() to encode to arbitrary types");
    }

    /// <summary>bytes.decode for an encoding the built-in codecs do not know (_PyCodec_DecodeText).</summary>
    public static string DecodeViaRegistry(ThreadState ts, byte[] data, string encoding, string errors)
        => DecodeViaRegistryToStr(ts, data, encoding, errors).Value;

    /// <summary>As <see cref="DecodeViaRegistry"/>, keeping the str the codec returned.</summary>
    public static PyStr DecodeViaRegistryToStr(ThreadState ts, byte[] data, string encoding, string errors)
    {
        var info = TextCodecInfo(ts, encoding, "codecs.decode()");
        var v = CallCodec(ts, info[1], new PyBytes(data), encoding, errors, false);
        if (v is PyStr s) return s;
        throw PyErr.TypeError($"'{encoding}' decoder returned '{v.ObType.Name}' instead of 'str'; use codecs.decode() to decode to arbitrary types");
    }

    public static PyObject LookupError(ThreadState ts, string name)
    {
        if (Registry(ts).ErrorHandlers.TryGetValue(name, out var h)) return h;
        throw PyErr.New(PyExc.LookupError, $"unknown error handler name '{name}'");
    }

    public static void RegisterError(ThreadState ts, string name, PyObject handler)
    {
        if (!Ops.IsCallable(handler)) throw PyErr.TypeError("handler must be callable");
        Registry(ts).ErrorHandlers[name] = handler;
    }

    /// <summary>_codecs._unregister_error (3.14): only custom handlers can go.</summary>
    public static bool UnregisterError(ThreadState ts, string name)
    {
        foreach (var b in BuiltinHandlerNames)
            if (b == name) throw PyErr.ValueError($"cannot un-register built-in error handler '{name}'");
        return Registry(ts).ErrorHandlers.Remove(name);
    }

    /// <summary>Calls a registered (non built-in) error handler for an encode error: returns (replacement, newpos).</summary>
    internal static (PyObject Replacement, long NewPos) CallEncodeHandler(ThreadState ts, string errors, string encoding, string s, long start, long end, string reason, bool separate = false)
    {
        var handler = LookupError(ts, errors);
        var exc = EncodeError(encoding, s, start, end, reason, separate).Value;
        var r = Ops.Call(ts, handler, exc);
        if (r is not PyTuple t || t.Count != 2 || (t[0] is not PyStr && t[0] is not PyBytes) || t[1] is not PyInt)
            throw PyErr.TypeError("encoding error handler must return (str/bytes, int) tuple");
        long len = ErrorObject(s, separate).CodePointLength;
        return (t[0], ResolvePos(ts, t[1], len));
    }

    /// <summary>Calls a registered error handler for a decode error: returns (replacement, newpos).</summary>
    internal static (string Replacement, long NewPos) CallDecodeHandler(ThreadState ts, string errors, string encoding, byte[] b, long start, long end, string reason)
    {
        var (rep, pos, _) = CallDecodeHandlerEx(ts, errors, encoding, b, start, end, reason);
        return (rep, pos);
    }

    /// <summary>
    /// Thrown when a decode error handler replaced exc.object: the decoder goes on in <see cref="Bytes"/> from
    /// <see cref="Pos"/>. <see cref="Output"/> is what a decoder without shared output had produced so far.
    /// </summary>
    private sealed class DecodeRestart(byte[] bytes, int pos, string? output) : Exception
    {
        public readonly byte[] Bytes = bytes;
        public readonly int Pos = pos;
        public readonly string? Output = output;
    }

    /// <summary>
    /// Calls a decode error handler; NewObject is the handler's replacement of exc.object (null when it
    /// left it alone), which the decoder must continue with, and NewPos is resolved against it.
    /// </summary>
    internal static (string Replacement, long NewPos, byte[]? NewObject) CallDecodeHandlerEx(ThreadState ts, string errors, string encoding, byte[] b, long start, long end, string reason)
    {
        var handler = LookupError(ts, errors);
        var exc = DecodeError(encoding, b, start, end, reason).Value;
        var original = Ops.GetAttr(ts, exc, PyStr.From("object"));
        var r = Ops.Call(ts, handler, exc);
        if (r is not PyTuple t || t.Count != 2 || t[0] is not PyStr rep || t[1] is not PyInt)
            throw PyErr.TypeError("decoding error handler must return (str, int) tuple");
        var now = Ops.GetAttr(ts, exc, PyStr.From("object"));
        if (ReferenceEquals(now, original)) return (rep.Value, ResolvePos(ts, t[1], b.Length), null);
        if (!BytesMethods.IsBuffer(now)) throw PyErr.TypeError("UnicodeError 'object' attribute must be a bytes");
        var nb = BytesMethods.Span(now).ToArray();
        return (rep.Value, ResolvePos(ts, t[1], nb.Length), nb);
    }

    private static long ResolvePos(ThreadState ts, PyObject pos, long len)
    {
        var p = Ops.Index(ts, pos);
        long newpos = p is PyInt pi && pi.IsSmall ? pi.Small : long.MaxValue;
        if (newpos < 0) newpos += len;
        if (newpos < 0 || newpos > len) throw PyErr.IndexError($"position {Ops.ReprString(ts, p)} from error handler out of bounds");
        return newpos;
    }
}
