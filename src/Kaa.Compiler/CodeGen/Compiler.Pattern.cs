using Kaa.Compiler.Ast;
using Attribute = Kaa.Compiler.Ast.Attribute;

namespace Kaa.Compiler.CodeGen;

// Structural pattern matching, following CPython's compiler_pattern_* functions. A pattern
// consumes the subject on top of the stack; on success it leaves the captured values on the stack
// (PatternContext.Stores names them, bottom first); on failure it jumps to FailPop[n], which pops
// the n items the pattern had pushed so far.
public sealed partial class Compiler
{
    sealed class PatternContext
    {
        public List<string> Stores = new();
        public bool AllowIrrefutable;
        public List<Label> FailPop = new();
        public int OnTop;
    }

    static bool IsWildcard(Pattern p) => p is MatchAs { Pattern: null, Name: null };
    static bool IsWildcardStar(Pattern p) => p is MatchStar { Name: null };

    void CompileMatch(Match s)
    {
        VisitExpr(s.Subject);
        var end = new Label();
        int cases = s.Cases.Count;
        var last = s.Cases[^1];
        bool hasDefault = IsWildcard(last.Pattern) && last.Guard == null && cases > 1;
        var pc = new PatternContext();
        for (int i = 0; i < cases - (hasDefault ? 1 : 0); i++)
        {
            var m = s.Cases[i];
            _u.Loc = Loc.Of(m.Pattern);
            // Only copy the subject if we're *not* on the last case.
            if (i != cases - (hasDefault ? 1 : 0) - 1) Emit(OpCode.Copy, 1);
            pc.Stores = new List<string>();
            pc.AllowIrrefutable = m.Guard != null || i == cases - 1;
            pc.FailPop = new List<Label>();
            pc.OnTop = 0;
            CompilePattern(m.Pattern, pc);
            // It's a match! Store all of the captured names (they're on the stack).
            foreach (var name in pc.Stores) NameOp(name, ExprContext.Store);
            if (m.Guard != null)
            {
                EnsureFailPop(pc, 0);
                JumpIf(m.Guard, pc.FailPop[0], false);
            }
            // Success! Pop the subject off, we're done with it.
            if (i != cases - (hasDefault ? 1 : 0) - 1) Emit(OpCode.PopTop, 0, Loc.None);
            VisitStmts(m.Body);
            EmitJump(OpCode.Jump, end, Loc.None);
            _u.Loc = Loc.Of(m.Pattern);
            EmitAndResetFailPop(pc);
        }
        if (hasDefault)
        {
            // A trailing "case _" needs no subject.
            var m = last;
            _u.Loc = Loc.Of(m.Pattern);
            if (cases == 1) Emit(OpCode.PopTop);
            else Emit(OpCode.Nop);
            if (m.Guard != null) JumpIf(m.Guard, end, false);
            VisitStmts(m.Body);
        }
        Bind(end);
    }

    void EnsureFailPop(PatternContext pc, int n)
    {
        while (pc.FailPop.Count <= n) pc.FailPop.Add(new Label());
    }

    void JumpToFailPop(PatternContext pc, OpCode op)
    {
        int pops = pc.OnTop + pc.Stores.Count;
        EnsureFailPop(pc, pops);
        EmitJump(op, pc.FailPop[pops]);
    }

    void EmitAndResetFailPop(PatternContext pc)
    {
        if (pc.FailPop.Count == 0) return;
        for (int n = pc.FailPop.Count - 1; n > 0; n--)
        {
            Bind(pc.FailPop[n]);
            Emit(OpCode.PopTop, 0, Loc.None);
        }
        Bind(pc.FailPop[0]);
        pc.FailPop = new List<Label>();
    }

    void PatternRotate(int count)
    {
        while (1 < count) Emit(OpCode.Swap, count--);
    }

    void PatternStoreName(string? name, PatternContext pc, Node at)
    {
        if (name == null)
        {
            Emit(OpCode.PopTop);
            return;
        }
        if (name == "__debug__") throw Error("cannot assign to __debug__", at);
        if (pc.Stores.Contains(name)) throw Error($"multiple assignments to name '{name}' in pattern", at);
        // Rotate this object underneath any items we need to preserve.
        PatternRotate(pc.OnTop + pc.Stores.Count + 1);
        pc.Stores.Add(name);
    }

    void CompilePattern(Pattern p, PatternContext pc)
    {
        var saved = _u.Loc;
        _u.Loc = Loc.Of(p);
        switch (p)
        {
            case MatchValue mv:
                if (mv.Value is not Constant and not Attribute and not UnaryOp and not BinOp)
                    throw Error("patterns may only match literals and attribute lookups", p);
                VisitExpr(mv.Value);
                Emit(OpCode.CompareOp, (int)CompareOperator.Eq);
                JumpToFailPop(pc, OpCode.PopJumpIfFalse);
                break;
            case MatchSingleton ms:
                LoadConst(ms.Value);
                Emit(OpCode.IsOp, 0);
                JumpToFailPop(pc, OpCode.PopJumpIfFalse);
                break;
            case MatchSequence seq: CompilePatternSequence(seq, pc); break;
            case MatchMapping map: CompilePatternMapping(map, pc); break;
            case MatchClass cls: CompilePatternClass(cls, pc); break;
            case MatchStar star: PatternStoreName(star.Name, pc, p); break;
            case MatchAs ma:
                if (ma.Pattern == null)
                {
                    if (!pc.AllowIrrefutable)
                    {
                        if (ma.Name != null) throw Error($"name capture '{ma.Name}' makes remaining patterns unreachable", p);
                        throw Error("wildcard makes remaining patterns unreachable", p);
                    }
                    PatternStoreName(ma.Name, pc, p);
                    break;
                }
                // Need to make a copy for (possibly) storing later.
                pc.OnTop++;
                Emit(OpCode.Copy, 1);
                CompilePattern(ma.Pattern, pc);
                // Success! Store it.
                pc.OnTop--;
                PatternStoreName(ma.Name, pc, p);
                break;
            case MatchOr mo: CompilePatternOr(mo, pc); break;
            default: throw new InvalidOperationException($"unknown pattern {p.GetType().Name}");
        }
        _u.Loc = saved;
    }

    void CompilePatternSubpattern(Pattern p, PatternContext pc)
    {
        bool allow = pc.AllowIrrefutable;
        pc.AllowIrrefutable = true;
        CompilePattern(p, pc);
        pc.AllowIrrefutable = allow;
    }

    void CompilePatternSequence(MatchSequence p, PatternContext pc)
    {
        var patterns = p.Patterns;
        int size = patterns.Count;
        int star = -1;
        bool onlyWildcard = true, starWildcard = false;
        for (int i = 0; i < size; i++)
        {
            var q = patterns[i];
            if (q is MatchStar)
            {
                if (star >= 0) throw Error("multiple starred names in sequence pattern", q);
                starWildcard = IsWildcardStar(q);
                onlyWildcard &= starWildcard;
                star = i;
                continue;
            }
            onlyWildcard &= IsWildcard(q);
        }
        // Keep the subject on top during the sequence and length checks.
        pc.OnTop++;
        Emit(OpCode.MatchSequence);
        JumpToFailPop(pc, OpCode.PopJumpIfFalse);
        if (star < 0)
        {
            Emit(OpCode.GetLen);
            LoadConst(new System.Numerics.BigInteger(size));
            Emit(OpCode.CompareOp, (int)CompareOperator.Eq);
            JumpToFailPop(pc, OpCode.PopJumpIfFalse);
        }
        else if (size - 1 > 0)
        {
            Emit(OpCode.GetLen);
            LoadConst(new System.Numerics.BigInteger(size - 1));
            Emit(OpCode.CompareOp, (int)CompareOperator.Ge);
            JumpToFailPop(pc, OpCode.PopJumpIfFalse);
        }
        // Whatever comes next should consume the subject.
        pc.OnTop--;
        if (onlyWildcard) Emit(OpCode.PopTop);
        else if (starWildcard) PatternSequenceSubscr(patterns, star, pc);
        else PatternSequenceUnpack(patterns, pc, p);
    }

    void PatternSequenceUnpack(List<Pattern> patterns, PatternContext pc, Pattern at)
    {
        int size = patterns.Count;
        bool seenStar = false;
        for (int i = 0; i < size; i++)
        {
            if (patterns[i] is MatchStar)
            {
                if (i >= (1 << 8) || size - i - 1 >= (int.MaxValue >> 8))
                    throw Error("too many expressions in star-unpacking sequence pattern", at);
                Emit(OpCode.UnpackEx, i + ((size - i - 1) << 8));
                seenStar = true;
                break;
            }
        }
        if (!seenStar) Emit(OpCode.UnpackSequence, size);
        // A bunch of new subjects are now on the stack; each subpattern consumes one.
        pc.OnTop += size;
        foreach (var q in patterns)
        {
            pc.OnTop--;
            CompilePatternSubpattern(q, pc);
        }
    }

    void PatternSequenceSubscr(List<Pattern> patterns, int star, PatternContext pc)
    {
        int size = patterns.Count;
        // Keep the subject around for extracting elements.
        pc.OnTop++;
        for (int i = 0; i < size; i++)
        {
            var q = patterns[i];
            if (IsWildcard(q)) continue;
            if (i == star) continue;
            Emit(OpCode.Copy, 1);
            if (i < star) LoadConst(new System.Numerics.BigInteger(i));
            else
            {
                // The subject may not support negative indexing: compute a nonnegative index.
                Emit(OpCode.GetLen);
                LoadConst(new System.Numerics.BigInteger(size - i));
                Emit(OpCode.BinaryOp, (int)BinaryOperator.Subtract);
            }
            Emit(OpCode.BinarySubscr);
            CompilePatternSubpattern(q, pc);
        }
        pc.OnTop--;
        Emit(OpCode.PopTop);
    }

    void CompilePatternMapping(MatchMapping p, PatternContext pc)
    {
        var keys = p.Keys;
        var patterns = p.Patterns;
        int size = keys.Count;
        if (size != patterns.Count) throw Error("keys (mapping pattern) and patterns differ in length", p);
        string? starTarget = p.Rest;
        // Keep the subject on top during the mapping and length checks.
        pc.OnTop++;
        Emit(OpCode.MatchMapping);
        JumpToFailPop(pc, OpCode.PopJumpIfFalse);
        if (size == 0 && starTarget == null)
        {
            // "{}" matches any mapping.
            pc.OnTop--;
            Emit(OpCode.PopTop);
            return;
        }
        if (size > 0)
        {
            Emit(OpCode.GetLen);
            LoadConst(new System.Numerics.BigInteger(size));
            Emit(OpCode.CompareOp, (int)CompareOperator.Ge);
            JumpToFailPop(pc, OpCode.PopJumpIfFalse);
        }
        var seen = new HashSet<object?>(ConstantKeyComparer.Instance);
        foreach (var key in keys)
        {
            if (key is Constant c)
            {
                if (!seen.Add(c.Value))
                    throw Error($"mapping pattern checks duplicate key ({Unparser.Unparse(key)})", p);
            }
            else if (key is not Attribute && !(TryGetConstant(key, out var kv) && seen.Add(kv)))
            {
                throw Error("mapping pattern keys may only match literals and attribute lookups", key);
            }
            VisitExpr(key);
        }
        Emit(OpCode.BuildTuple, size);
        Emit(OpCode.MatchKeys);
        // There's now a tuple of keys and a tuple of values on top of the subject.
        pc.OnTop += 2;
        Emit(OpCode.Copy, 1);
        LoadConst(null);
        Emit(OpCode.IsOp, 1);
        JumpToFailPop(pc, OpCode.PopJumpIfFalse);
        // So far so good. Use that tuple of values on the stack to match sub-patterns against.
        Emit(OpCode.UnpackSequence, size);
        pc.OnTop += size - 1;
        foreach (var q in patterns)
        {
            pc.OnTop--;
            CompilePatternSubpattern(q, pc);
        }
        // Whatever happens next should consume the tuple of keys and the subject.
        pc.OnTop -= 2;
        if (starTarget != null)
        {
            // rest = dict(subject); for key in keys: del rest[key]
            Emit(OpCode.BuildMap, 0);          // [subject, keys, empty]
            Emit(OpCode.Swap, 3);              // [empty, keys, subject]
            Emit(OpCode.DictUpdate, 2);        // [copy, keys]
            Emit(OpCode.UnpackSequence, size); // [copy, keys...]
            int n = size;
            while (n > 0)
            {
                Emit(OpCode.Copy, 1 + n--);    // [copy, keys..., copy]
                Emit(OpCode.Swap, 2);          // [copy, keys..., copy, key]
                Emit(OpCode.DeleteSubscr);     // [copy, keys...]
            }
            PatternStoreName(starTarget, pc, p);
        }
        else
        {
            Emit(OpCode.PopTop); // tuple of keys
            Emit(OpCode.PopTop); // subject
        }
    }

    void CompilePatternClass(MatchClass p, PatternContext pc)
    {
        var patterns = p.Patterns;
        var kwdAttrs = p.KwdAttrs;
        var kwdPatterns = p.KwdPatterns;
        int nargs = patterns.Count, nattrs = kwdAttrs.Count;
        if (nattrs != kwdPatterns.Count)
            throw Error("kwd_attrs (MatchClass pattern) and kwd_patterns differ in length", p);
        for (int i = 0; i < nattrs; i++)
        {
            if (kwdAttrs[i] == "__debug__") throw Error("cannot assign to __debug__", kwdPatterns[i]);
            for (int j = i + 1; j < nattrs; j++)
                if (kwdAttrs[i] == kwdAttrs[j])
                    throw Error($"attribute name repeated in class pattern: {kwdAttrs[i]}", kwdPatterns[j]);
        }
        VisitExpr(p.Cls);
        LoadConst(kwdAttrs.Cast<object?>().ToArray());
        Emit(OpCode.MatchClass, nargs);
        Emit(OpCode.Copy, 1);
        LoadConst(null);
        Emit(OpCode.IsOp, 1);
        // TOS is now a tuple of (nargs + nattrs) attributes (or None).
        pc.OnTop++;
        JumpToFailPop(pc, OpCode.PopJumpIfFalse);
        Emit(OpCode.UnpackSequence, nargs + nattrs);
        pc.OnTop += nargs + nattrs - 1;
        for (int i = 0; i < nargs + nattrs; i++)
        {
            pc.OnTop--;
            var q = i < nargs ? patterns[i] : kwdPatterns[i - nargs];
            if (IsWildcard(q))
            {
                Emit(OpCode.PopTop);
                continue;
            }
            CompilePatternSubpattern(q, pc);
        }
        // Success! The tuple of attributes was consumed by the unpack.
    }

    void CompilePatternOr(MatchOr p, PatternContext pc)
    {
        var end = new Label();
        int size = p.Patterns.Count;
        var oldStores = pc.Stores;
        var oldFailPop = pc.FailPop;
        bool oldAllow = pc.AllowIrrefutable;
        int oldOnTop = pc.OnTop;
        List<string>? control = null;
        for (int i = 0; i < size; i++)
        {
            var alt = p.Patterns[i];
            pc.Stores = new List<string>();
            // An irrefutable sub-pattern must be last, if it is allowed at all.
            pc.AllowIrrefutable = i == size - 1 && oldAllow;
            pc.FailPop = new List<Label>();
            pc.OnTop = 0;
            Emit(OpCode.Copy, 1, Loc.Of(alt));
            CompilePattern(alt, pc);
            int nstores = pc.Stores.Count;
            if (i == 0) control = pc.Stores;
            else if (nstores != control!.Count) throw Error("alternative patterns bind different names", p);
            else if (nstores > 0)
            {
                // Reorder the captures on the stack to match the first alternative's order.
                for (int icontrol = nstores - 1; icontrol >= 0; icontrol--)
                {
                    string name = control[icontrol];
                    int istores = pc.Stores.IndexOf(name);
                    if (istores < 0) throw Error("alternative patterns bind different names", p);
                    if (icontrol != istores)
                    {
                        int rotations = istores + 1;
                        var rotated = pc.Stores.GetRange(0, rotations);
                        pc.Stores.RemoveRange(0, rotations);
                        pc.Stores.InsertRange(icontrol - istores, rotated);
                        while (rotations-- > 0) PatternRotate(icontrol + 1);
                    }
                }
            }
            EmitJump(OpCode.Jump, end, Loc.Of(alt));
            EmitAndResetFailPop(pc);
        }
        pc.Stores = oldStores;
        pc.FailPop = oldFailPop;
        pc.AllowIrrefutable = oldAllow;
        pc.OnTop = oldOnTop;
        // No match. Pop the remaining copy of the subject and fail.
        Emit(OpCode.PopTop);
        JumpToFailPop(pc, OpCode.Jump);

        Bind(end);
        int nstoresAll = control!.Count;
        // Between the new captures and where they belong: the other stores, the subject copy,
        // anything else on top, and the captures already stashed by enclosing patterns.
        int nrots = nstoresAll + 1 + pc.OnTop + pc.Stores.Count;
        for (int i = 0; i < nstoresAll; i++)
        {
            PatternRotate(nrots);
            string name = control[i];
            if (pc.Stores.Contains(name)) throw Error($"multiple assignments to name '{name}' in pattern", p);
            pc.Stores.Add(name);
        }
        // Pop the copy of the subject.
        Emit(OpCode.PopTop);
    }
}
