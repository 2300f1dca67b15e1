using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// The _tokenize module that Lib/tokenize.py imports. Its TokenizerIter (CPython's C tokenizer as an
/// iterator of token tuples) is not written yet: calling it raises NotImplementedError, so `import
/// tokenize` (and inspect, which imports it) works and tokenize.tokenize()/generate_tokens() and
/// inspect.getsource() say clearly what is missing.
/// </summary>
public static class TokenizeModule
{
    public static readonly BuiltinModuleDef Definition = new() { Name = "_tokenize", Exec = Exec };

    static void Exec(ThreadState ts, PyModule m)
    {
        m.Set("TokenizerIter", new PyBuiltinFunction("TokenizerIter", (_, _, a, kw) =>
            throw PyErr.NotImplementedError("_tokenize.TokenizerIter is not implemented in Kaa yet (tokenize.tokenize, tokenize.generate_tokens, inspect.getsource)"), m));
    }
}
