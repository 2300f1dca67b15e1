using System.Runtime.CompilerServices;
using System.Text;
using Kaa.Compiler.CodeGen;
using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Eval;

public static partial class Interpreter
{
    /// <summary>Calls a Python function from C# (a built-in calling back into Python): binds the
    /// arguments into a new frame and runs a nested eval loop.</summary>
    public static PyObject CallFunction(ThreadState ts, PyFunction func, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var frame = MakeFrame(ts, func, null, args, kwnames);
        if (func.Code.IsGeneratorLike) return Generators.Create(ts, frame);
        var r = Run(ts, frame);
        ReleaseFrame(frame);
        return r;
    }

    /// <summary>A frame allocated for a call: a reused one when the function has a free frame.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static PyFrame NewFrame(PyFunction func)
    {
        var frame = func.FreeFrame;
        if (frame != null)
        {
            func.FreeFrame = frame.NextFree;
            func.FreeFrameCount--;
            frame.NextFree = null;
            frame.Reset();
            return frame;
        }
        return new PyFrame(func.Code, func, func.Globals, func.Builtins, FunctionLocals(func));
    }

    /// <summary>The locals of a function call's frame: none for a function body (CO_OPTIMIZED); the
    /// globals for module-level code made into a function (`FunctionType(compile(...), g)`), as
    /// _PyFunction_Vectorcall does, so its LOAD_NAME/STORE_NAME work.</summary>
    static PyDict? FunctionLocals(PyFunction func) => func.Code.IsOptimized ? null : func.Globals;

    /// <summary>
    /// The Python `__init__` that CALL may run as an inline frame when <paramref name="cls"/> is called
    /// (CPython's CALL_ALLOC_AND_ENTER_INIT): the metaclass is `type`, `__new__` is object's or another
    /// built-in one (exceptions), and `__init__` is a plain Python function. Cached per type version.
    /// </summary>
    internal static PyFunction? InlinableInit(PyType cls)
    {
        if (cls.InlineInitVersion == cls.VersionTag) return cls.InlineInit;
        PyFunction? init = null;
        bool objectNew = false;
        if (ReferenceEquals(cls.ObType, BuiltinTypes.Type) && cls.TpNew is { } newf
            && newf != (NewFunc)SlotFunctions.New
            && cls.Lookup(Names.__init__) is PyFunction fn && !fn.Code.IsGeneratorLike
            && cls.TpInit == (InitFunc)SlotFunctions.Init)
        {
            objectNew = ObjectType.IsObjectNew(cls);
            if (!objectNew || cls.InstanceFactory != null) init = fn;
        }
        cls.InlineInit = init;
        cls.InlineInitObjectNew = objectNew;
        cls.InlineInitVersion = cls.VersionTag;
        return init;
    }

    /// <summary>How many completed frames a function keeps for reuse (enough for shallow recursion).</summary>
    const int MaxFreeFrames = 16;

    /// <summary>Keeps a completed frame for the next call of its function, unless Python code can see it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void ReleaseFrame(PyFrame f)
    {
        if (f.Escaped || f.Generator != null || f.Locals != null) return;
        var fn = f.Func;
        if (fn == null || !ReferenceEquals(fn.Code, f.Code)) return;
        if (fn.FreeFrameCount >= MaxFreeFrames) return;
        // Argument binding relies on empty local slots; the value-stack slots are cleared too so that a
        // kept frame does not keep its last temporaries alive (an abandoned open(p, 'w') must be
        // collectable, and so closed and flushed, once the call that made it returned).
        Span<PyObject> st = f.Stack;
        if (st.Length <= 8) for (int i = 0; i < st.Length; i++) st[i] = null!;
        else st.Clear();
        f.NextFree = fn.FreeFrame;
        fn.FreeFrame = f;
        fn.FreeFrameCount++;
    }

    /// <summary>Calls a Python function with <paramref name="self"/> prepended to the arguments (a bound method).</summary>
    public static PyObject CallFunctionWithSelf(ThreadState ts, PyFunction func, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var frame = MakeFrame(ts, func, self, args, kwnames);
        if (func.Code.IsGeneratorLike) return Generators.Create(ts, frame);
        var r = Run(ts, frame);
        ReleaseFrame(frame);
        return r;
    }

    /// <summary>The builtins a function or frame created with these globals uses (CPython's
    /// _PyEval_BuiltinsFromGlobals): a module's dict, or the `__builtins__` object itself, which may
    /// be any mapping (or, as in CPython, anything: a lookup in it then raises its TypeError).</summary>
    public static PyObject BuiltinsFromGlobals(ThreadState ts, PyDict globals)
    {
        if (globals.TryGetStr(Names.__builtins__, out var b) && b != null)
            return b is PyModule m ? m.Dict : b;
        return ts.Interp.BuiltinsDict;
    }

    /// <summary>Creates the frame of a call to <paramref name="func"/>, binding the arguments (self first when given).</summary>
    internal static PyFrame MakeFrame(ThreadState ts, PyFunction func, PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var code = func.Code;
        var frame = code.IsGeneratorLike ? new PyFrame(code, func, func.Globals, func.Builtins, FunctionLocals(func)) : NewFrame(func);
        var locals = frame.Stack;
        int selfN = self != null ? 1 : 0;
        if ((kwnames == null || kwnames.Count == 0) && code.HasOnlyPositional && args.Length + selfN == code.ArgCount)
        {
            if (self != null) locals[0] = self;
            args.CopyTo(locals.AsSpan(selfN));
        }
        else InitializeLocals(ts, func, locals, self, args, kwnames);
        if (!code.IsSimple) InitCellsAndFrees(func, locals);
        return frame;
    }

    /// <summary>Creates the frame of a call whose arguments sit on a caller's value stack (the eval loop's CALL).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static PyFrame MakeFrameFromStack(ThreadState ts, PyFunction func, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var code = func.Code;
        var frame = NewFrame(func);
        Span<PyObject> locals = frame.Stack;
        if (kwnames == null && code.HasOnlyPositional && args.Length == code.ArgCount)
        {
            switch (args.Length)
            {
                case 0: break;
                case 1: locals[0] = args[0]; break;
                case 2: locals[0] = args[0]; locals[1] = args[1]; break;
                default: CopyArgs(args, locals); break;
            }
        }
        else if (kwnames == null && code.HasOnlyPositional && args.Length < code.ArgCount && func.Defaults is { } defaults
                 && args.Length >= code.ArgCount - defaults.Count)
        {
            // Trailing parameters left to their defaults (`c.inc()` for `def inc(self, by=1)`).
            CopyArgs(args, locals);
            var defs = defaults.Items;
            for (int j = args.Length, first = code.ArgCount - defs.Length; j < code.ArgCount; j++) locals[j] = defs[j - first];
        }
        else InitializeLocals(ts, func, frame.Stack, null, args, kwnames);
        if (!code.IsSimple) InitCellsAndFrees(func, frame.Stack);
        return frame;
    }

    /// <summary>A call's few arguments into the new frame: a plain loop, since Span.CopyTo of references
    /// goes through the runtime's bulk copy with card marking (a call that costs more than a handful
    /// of single stores; it showed in bm_oo's profile).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static void CopyArgs(ReadOnlySpan<PyObject> args, Span<PyObject> locals)
    {
        if (args.Length > 8) { args.CopyTo(locals); return; }
        for (int i = 0; i < args.Length; i++) locals[i] = args[i];
    }

    static void InitCellsAndFrees(PyFunction func, PyObject[] locals)
    {
        var code = func.Code;
        foreach (int slot in code.CellSlots) locals[slot] = new PyCell(locals[slot]);
        if (code.NFree > 0)
        {
            var closure = func.Closure?.Items ?? throw PyErr.SystemError($"{code.Name.Value}: no closure for free variables");
            // A plain loop: Array.Copy of references goes through the runtime's bulk copy with card
            // marking, which costs more than the one or two cells a closure usually has.
            for (int i = 0, n = code.NFree, d = code.FreeStart; i < n; i++) locals[d + i] = closure[i];
        }
    }

    /// <summary>Binds arguments to parameters with CPython's rules and error messages (ceval.c's initialize_locals).</summary>
    static void InitializeLocals(ThreadState ts, PyFunction func, PyObject[] localsplus, PyObject? self,
        ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var co = func.Code;
        int coArgCount = co.ArgCount;
        int totalArgs = coArgCount + co.KwOnlyArgCount;
        int nkw = kwnames?.Count ?? 0;
        int selfN = self != null ? 1 : 0;
        int argcount = args.Length - nkw + selfN;   // positional arguments given
        bool varargs = (co.Flags & CodeFlags.VarArgs) != 0;
        bool varkw = (co.Flags & CodeFlags.VarKeywords) != 0;
        string qualname = func.QualName.Value;

        PyObject Pos(ReadOnlySpan<PyObject> a, int i) => selfN == 1 ? (i == 0 ? self! : a[i - 1]) : a[i];

        PyDict? kwdict = null;
        if (varkw)
        {
            kwdict = new PyDict();
            localsplus[totalArgs + (varargs ? 1 : 0)] = kwdict;
        }
        int n = Math.Min(argcount, coArgCount);
        for (int j = 0; j < n; j++) localsplus[j] = Pos(args, j);
        if (varargs)
        {
            int extra = argcount - n;
            if (extra <= 0) localsplus[totalArgs] = PyTuple.Empty;
            else
            {
                var rest = new PyObject[extra];
                for (int j = 0; j < extra; j++) rest[j] = Pos(args, n + j);
                localsplus[totalArgs] = new PyTuple(rest);
            }
        }
        if (nkw > 0)
        {
            var names = co.LocalsPlusNames;
            int kwStart = args.Length - nkw;
            for (int k = 0; k < nkw; k++)
            {
                var keyword = kwnames!.Items[k];
                var value = args[kwStart + k];
                if (keyword is not PyStr kws) throw PyErr.TypeError($"{qualname}() keywords must be strings");
                int j;
                for (j = co.PosOnlyArgCount; j < totalArgs; j++)
                    if (ReferenceEquals(names[j], kws) || names[j].Value == kws.Value) break;
                if (j >= totalArgs)
                {
                    if (kwdict == null)
                    {
                        if (co.PosOnlyArgCount > 0) CheckPositionalOnlyPassedAsKeyword(co, kwnames, qualname);
                        throw UnexpectedKeyword(qualname, kws, co);
                    }
                    kwdict.SetItem(ts, kws, value);
                    continue;
                }
                if (localsplus[j] != null)
                    throw PyErr.TypeError($"{qualname}() got multiple values for argument '{kws.Value}'");
                localsplus[j] = value;
            }
        }
        if (argcount > coArgCount && !varargs) throw TooManyPositional(co, argcount, func.Defaults, localsplus, qualname);
        if (argcount < coArgCount)
        {
            int defcount = func.Defaults?.Count ?? 0;
            int m = coArgCount - defcount;
            int missing = 0;
            for (int j = argcount; j < m; j++) if (localsplus[j] == null) missing++;
            if (missing > 0) throw MissingArguments(co, missing, defcount, localsplus, qualname);
            int j0 = n > m ? n - m : 0;
            if (defcount > 0)
            {
                var defs = func.Defaults!.Items;
                for (; j0 < defcount; j0++)
                    if (localsplus[m + j0] == null) localsplus[m + j0] = defs[j0];
            }
        }
        if (co.KwOnlyArgCount > 0)
        {
            int missing = 0;
            for (int j = coArgCount; j < totalArgs; j++)
            {
                if (localsplus[j] != null) continue;
                if (func.KwDefaults != null)
                {
                    var def = func.KwDefaults.GetItem(ts, co.LocalsPlusNames[j]);
                    if (def != null) { localsplus[j] = def; continue; }
                }
                missing++;
            }
            if (missing > 0) throw MissingArguments(co, missing, -1, localsplus, qualname);
        }
    }

    static PyException UnexpectedKeyword(string qualname, PyStr keyword, PyCode co)
    {
        int total = co.ArgCount + co.KwOnlyArgCount;
        string? suggestion = null;
        if (total > co.PosOnlyArgCount)
        {
            var names = new List<string>();
            for (int i = co.PosOnlyArgCount; i < total; i++) names.Add(co.LocalsPlusNames[i].Value);
            suggestion = Suggestions.Calculate(names, keyword.Value);
        }
        if (suggestion != null)
            return PyErr.TypeError($"{qualname}() got an unexpected keyword argument '{keyword.Value}'. Did you mean '{suggestion}'?");
        return PyErr.TypeError($"{qualname}() got an unexpected keyword argument '{keyword.Value}'");
    }

    static void CheckPositionalOnlyPassedAsKeyword(PyCode co, PyTuple kwnames, string qualname)
    {
        var conflicts = new List<string>();
        for (int k = 0; k < co.PosOnlyArgCount; k++)
        {
            var name = co.LocalsPlusNames[k].Value;
            foreach (var kw in kwnames.Items)
                if (kw is PyStr s && s.Value == name) conflicts.Add(name);
        }
        if (conflicts.Count > 0)
            throw PyErr.TypeError($"{qualname}() got some positional-only arguments passed as keyword arguments: '{string.Join(", ", conflicts)}'");
    }

    static PyException TooManyPositional(PyCode co, int given, PyTuple? defaults, PyObject[] localsplus, string qualname)
    {
        int kwonlyGiven = 0;
        for (int i = co.ArgCount; i < co.ArgCount + co.KwOnlyArgCount; i++)
            if (localsplus[i] != null) kwonlyGiven++;
        int defcount = defaults?.Count ?? 0;
        bool plural;
        string sig;
        if (defcount > 0)
        {
            plural = true;
            sig = $"from {co.ArgCount - defcount} to {co.ArgCount}";
        }
        else
        {
            plural = co.ArgCount != 1;
            sig = co.ArgCount.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        string kwonlySig = kwonlyGiven > 0
            ? $" positional argument{(given != 1 ? "s" : "")} (and {kwonlyGiven} keyword-only argument{(kwonlyGiven != 1 ? "s" : "")})"
            : "";
        return PyErr.TypeError($"{qualname}() takes {sig} positional argument{(plural ? "s" : "")} but {given}{kwonlySig} {(given == 1 && kwonlyGiven == 0 ? "was" : "were")} given");
    }

    static PyException MissingArguments(PyCode co, int missing, int defcount, PyObject[] localsplus, string qualname)
    {
        bool positional = defcount != -1;
        string kind = positional ? "positional" : "keyword-only";
        int start, end;
        if (positional) { start = 0; end = co.ArgCount - defcount; }
        else { start = co.ArgCount; end = start + co.KwOnlyArgCount; }
        var names = new List<string>();
        for (int i = start; i < end; i++)
            if (localsplus[i] == null) names.Add(Unparser.Repr(co.LocalsPlusNames[i].Value));
        string str = names.Count switch
        {
            1 => names[0],
            2 => $"{names[0]} and {names[1]}",
            _ => string.Join(", ", names.Take(names.Count - 2)) + $", {names[^2]}, and {names[^1]}",
        };
        return PyErr.TypeError($"{qualname}() missing {names.Count} required {kind} argument{(names.Count == 1 ? "" : "s")}: {str}");
    }

    /// <summary>CPython's _PyObject_FunctionStr: "module.qualname()" for error messages about calls.</summary>
    internal static string FunctionStr(ThreadState ts, PyObject func)
    {
        try
        {
            if (!Ops.TryGetAttr(ts, func, PyStr.From("__qualname__"), out var qn) || qn is not PyStr q)
                return Ops.StrString(ts, func);
            if (Ops.TryGetAttr(ts, func, PyStr.From("__module__"), out var mod) && mod is PyStr ms && ms.Value != "builtins")
                return $"{ms.Value}.{q.Value}()";
            return $"{q.Value}()";
        }
        catch (PyException)
        {
            return Ops.TypeName(func);
        }
    }

    /// <summary>Runs a code object as a module body or exec(): locals and globals are mappings.</summary>
    public static PyObject RunCode(ThreadState ts, PyCode code, PyDict globals, PyObject locals, PyTuple? closure = null)
    {
        // As PyEval_GetBuiltins: the running frame's builtins namespace (a dict), not the module.
        if (!globals.TryGetStr(Names.__builtins__, out _))
            globals.SetItemStr(Names.__builtins__, ts.CurrentFrame?.Builtins ?? ts.Interp.BuiltinsDict);
        var builtins = BuiltinsFromGlobals(ts, globals);
        var frame = new PyFrame(code, null, globals, builtins, code.IsOptimized ? null : locals);
        if (code.NFree > 0)
        {
            if (closure == null || closure.Count != code.NFree) throw PyErr.TypeError("code object passed to exec() may not contain free variables");
            closure.Items.AsSpan().CopyTo(frame.Stack.AsSpan(code.FreeStart, code.NFree));
        }
        foreach (int slot in code.CellSlots) frame.Stack[slot] = new PyCell(null);
        if (code.IsGeneratorLike) return Generators.Create(ts, frame);
        return Run(ts, frame);
    }

    /// <summary>Runs a class body function with <paramref name="ns"/> as its locals (for __build_class__);
    /// returns the __classcell__ cell or None.</summary>
    public static PyObject RunClassBody(ThreadState ts, PyFunction func, PyObject ns)
    {
        var code = func.Code;
        var frame = new PyFrame(code, func, func.Globals, func.Builtins, ns);
        InitCellsAndFrees(func, frame.Stack);
        return Run(ts, frame);
    }
}
