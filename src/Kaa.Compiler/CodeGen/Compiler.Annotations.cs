using System.Numerics;
using Kaa.Compiler.Ast;
using Kaa.Compiler.Symbols;

namespace Kaa.Compiler.CodeGen;

// PEP 649/749 (Python 3.14): the variable annotations of a module or class body are not evaluated
// where they stand. The body records them and, at its end, gets one `__annotate__(format)` function
// (stored as `__annotate__` in a module, `__annotate_func__` in a class namespace) that builds the
// annotations dict when someone asks for `__annotations__`. An annotation inside a compound
// statement of a class (any annotation of a module, which may be only partly executed) is
// conditional: running its statement adds its index to the body's `__conditional_annotations__`
// set, and __annotate__ includes only the recorded ones. This mirrors CPython's codegen.c.
public sealed partial class Compiler
{
    /// <summary>At the start of a module or class body: the empty `__conditional_annotations__` set
    /// (a cell of the class, so that its __annotate__ can read it; a global of the module).</summary>
    void StartConditionalAnnotations()
    {
        if (_futureAnnotations || !_u.Ste.HasConditionalAnnotations) return;
        Emit(OpCode.BuildSet, 0, Loc.None);
        if (_u.Ste.Type == BlockType.Class) Emit(OpCode.StoreDeref, _u.CellSlot["__conditional_annotations__"], Loc.None);
        else Emit(OpCode.StoreName, AddName("__conditional_annotations__"), Loc.None);
    }

    /// <summary>
    /// A module makes its __annotate__ before its first statement runs (CPython's separate annotation
    /// set-up block), so that code in the module, and other modules importing it part-way, see it:
    /// the annotations are collected from the body up front, each numbered in source order.
    /// </summary>
    void StartModuleAnnotations(List<Stmt> body)
    {
        if (_futureAnnotations) return;
        var found = new List<(AnnAssign, int)>();
        CollectModuleAnnotations(body, found);
        if (found.Count == 0) return;
        _u.ModuleAnnotationIndex = new Dictionary<AnnAssign, int>(ReferenceEqualityComparer.Instance);
        foreach (var (s, index) in found) _u.ModuleAnnotationIndex[s] = index;
        EmitAnnotateFunction(found);
    }

    static void CollectModuleAnnotations(List<Stmt> stmts, List<(AnnAssign, int)> found)
    {
        foreach (var s in stmts)
        {
            switch (s)
            {
                case AnnAssign { Simple: true, Target: Name } aa: found.Add((aa, found.Count)); break;
                case For f: CollectModuleAnnotations(f.Body, found); CollectModuleAnnotations(f.Orelse, found); break;
                case While w: CollectModuleAnnotations(w.Body, found); CollectModuleAnnotations(w.Orelse, found); break;
                case If i: CollectModuleAnnotations(i.Body, found); CollectModuleAnnotations(i.Orelse, found); break;
                case With w: CollectModuleAnnotations(w.Body, found); break;
                case Match m: foreach (var c in m.Cases) CollectModuleAnnotations(c.Body, found); break;
                case Try t:
                    CollectModuleAnnotations(t.Body, found);
                    foreach (var h in t.Handlers) CollectModuleAnnotations(h.Body, found);
                    CollectModuleAnnotations(t.Orelse, found);
                    CollectModuleAnnotations(t.Finalbody, found);
                    break;
            }
        }
    }

    /// <summary>A simple `name: T` in a module or class body (no __future__ import).</summary>
    void AddDeferredAnnotation(AnnAssign s)
    {
        int index = -1;
        if (_u.ModuleAnnotationIndex != null) index = _u.ModuleAnnotationIndex[s];
        else if (_u.Ste.ConditionalAnnotations.Contains(s)) index = _u.NextConditionalAnnotationIndex++;
        if (index != -1)
        {
            var loc = Loc.Of(s);
            if (_u.Ste.Type == BlockType.Class) Emit(OpCode.LoadDeref, _u.CellSlot["__conditional_annotations__"], loc);
            else Emit(OpCode.LoadName, AddName("__conditional_annotations__"), loc);
            LoadConst(new BigInteger(index), loc);
            Emit(OpCode.SetAdd, 1, loc);
            Emit(OpCode.PopTop, 0, loc);
        }
        if (_u.ModuleAnnotationIndex == null) (_u.DeferredAnnotations ??= new()).Add((s, index));
    }

    /// <summary>At the end of a class body: its __annotate__ function.</summary>
    void ProcessDeferredAnnotations()
    {
        if (_futureAnnotations || _u.DeferredAnnotations is not { Count: > 0 } deferred) return;
        EmitAnnotateFunction(deferred);
        _u.DeferredAnnotations = null;
    }

    /// <summary>codegen_process_deferred_annotations: makes __annotate__ and stores it.</summary>
    void EmitAnnotateFunction(List<(AnnAssign Stmt, int Index)> deferred)
    {
        var ste = _u.Ste;
        bool isClass = ste.Type == BlockType.Class;
        var first = deferred[0].Stmt;
        var loc = Loc.Of(first);
        EnterAnnotationScope("__annotate__", ste.AnnotationBlockKey, first, loc);
        Emit(OpCode.BuildMap, 0, loc);
        foreach (var (s, index) in deferred)
        {
            var sloc = Loc.Of(s);
            var notSet = new Label();
            if (index != -1)
            {
                LoadConst(new BigInteger(index), sloc);
                NameOp("__conditional_annotations__", ExprContext.Load, sloc);
                Emit(OpCode.ContainsOp, 0, sloc);
                EmitJump(OpCode.PopJumpIfFalse, notSet, sloc);
            }
            VisitExpr(s.Annotation);
            Emit(OpCode.Copy, 2, sloc);
            LoadConst(Mangle(((Name)s.Target).Id), sloc);
            Emit(OpCode.StoreSubscr, 0, sloc);
            Bind(notSet);
        }
        Emit(OpCode.ReturnValue, 0, loc);
        var code = ExitScope(addReturn: false);
        MakeClosure(code, MakeFunctionFlags.None, loc);
        NameOp(isClass ? "__annotate_func__" : "__annotate__", ExprContext.Store, loc);
    }
}
