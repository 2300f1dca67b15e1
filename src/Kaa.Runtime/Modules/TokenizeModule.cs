using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// The _tokenize module behind Lib/tokenize.py (Python-tokenize.c). Importing it works so that
/// tokenize, linecache, traceback, logging and unittest import; tokenize.open and detect_encoding are
/// pure Python. TokenizerIter (generate_tokens / tokenize) is not implemented yet and says so.
/// </summary>
public static class TokenizeModule
{
    public static readonly BuiltinModuleDef Definition = new() { Name = "_tokenize", Exec = Exec };

    private static void Exec(ThreadState ts, PyModule m)
    {
        m.Set("__doc__", PyStr.Empty);
        m.Set("TokenizerIter", new PyBuiltinFunction("TokenizerIter", (ts2, _, a, kw) =>
            throw PyErr.NotImplementedError("_tokenize.TokenizerIter (tokenize.generate_tokens / tokenize.tokenize) is not implemented in Kaa yet"), m));
    }
}
