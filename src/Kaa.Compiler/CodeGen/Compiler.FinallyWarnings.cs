using Kaa.Compiler.Ast;

namespace Kaa.Compiler.CodeGen;

/// <summary>
/// PEP 765 (Python 3.14): a SyntaxWarning for `return`, `break` or `continue` that would leave a
/// `finally` block (silently swallowing an exception in flight). CPython checks this while preprocessing
/// the AST, before code generation; here it is a walk of its own because the code generator compiles
/// each finally body twice (normal and exceptional exit) and would warn twice.
/// </summary>
public sealed partial class Compiler
{
    /// <summary>Warns for the control-flow statements in a finally block of <paramref name="body"/>.</summary>
    void CheckFinallyControlFlow(List<Stmt> body) => WalkFinally(body, inFinally: false, loopInFinally: false);

    /// <param name="inFinally">Inside a finally block of the current function (or module).</param>
    /// <param name="loopInFinally">Inside a loop that is itself inside that finally block, where
    /// break and continue stay within the block.</param>
    void WalkFinally(List<Stmt> body, bool inFinally, bool loopInFinally)
    {
        foreach (var s in body) WalkFinally(s, inFinally, loopInFinally);
    }

    void WalkFinally(Stmt s, bool inFinally, bool loopInFinally)
    {
        switch (s)
        {
            case Return when inFinally:
                Warn("'return' in a 'finally' block", s);
                break;
            case Break when inFinally && !loopInFinally:
                Warn("'break' in a 'finally' block", s);
                break;
            case Continue when inFinally && !loopInFinally:
                Warn("'continue' in a 'finally' block", s);
                break;
            case FunctionDef f:
                WalkFinally(f.Body, false, false);
                break;
            case ClassDef c:
                WalkFinally(c.Body, false, false);
                break;
            case For f:
                WalkFinally(f.Body, inFinally, inFinally);
                WalkFinally(f.Orelse, inFinally, loopInFinally);
                break;
            case While w:
                WalkFinally(w.Body, inFinally, inFinally);
                WalkFinally(w.Orelse, inFinally, loopInFinally);
                break;
            case If i:
                WalkFinally(i.Body, inFinally, loopInFinally);
                WalkFinally(i.Orelse, inFinally, loopInFinally);
                break;
            case With w:
                WalkFinally(w.Body, inFinally, loopInFinally);
                break;
            case Match m:
                foreach (var c in m.Cases) WalkFinally(c.Body, inFinally, loopInFinally);
                break;
            case Try t:
                WalkFinally(t.Body, inFinally, loopInFinally);
                foreach (var h in t.Handlers) WalkFinally(h.Body, inFinally, loopInFinally);
                WalkFinally(t.Orelse, inFinally, loopInFinally);
                // A loop around the try does not keep break/continue inside this finally block.
                WalkFinally(t.Finalbody, true, false);
                break;
        }
    }
}
