using Kaa.Compiler.CodeGen;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>
/// code.replace(**changes) and code.__replace__ (copy.replace). The metadata fields (names, file,
/// first line, flags) can change; the fields that describe the bytecode's layout (counts, names
/// tables, constants, the code itself) can only be "replaced" by an equal value, since Kaa's code
/// objects carry compiled slot layouts: anything else raises NotImplementedError naming the field.
/// </summary>
public sealed partial class PyCode
{
    private static bool IsReplaceField(string key) => key is
        "co_argcount" or "co_posonlyargcount" or "co_kwonlyargcount" or "co_nlocals" or "co_stacksize" or "co_flags"
        or "co_firstlineno" or "co_code" or "co_consts" or "co_names" or "co_varnames" or "co_freevars" or "co_cellvars"
        or "co_filename" or "co_name" or "co_qualname" or "co_linetable" or "co_exceptiontable";

    private static void AddReplace(PyType t)
    {
        BuiltinMethod replace = (ts, self, a, kw) =>
        {
            int npos = a.Length - (kw?.Count ?? 0);
            if (npos > 0) throw PyErr.TypeError("replace() takes no positional arguments");
            var code = (PyCode)self;
            var u = code.Unit;
            string name = u.Name, qualname = u.QualName, filename = u.Filename;
            int firstLine = u.FirstLineNo;
            var flags = u.Flags;
            for (int i = 0; i < (kw?.Count ?? 0); i++)
            {
                var key = ((PyStr)kw!.Items[i]).Value;
                var value = a[npos + i];
                if (!IsReplaceField(key))
                    throw PyErr.TypeError($"replace() got an unexpected keyword argument '{key}'");
                switch (key)
                {
                    case "co_name": name = Str(key, value); break;
                    case "co_qualname": qualname = Str(key, value); break;
                    case "co_filename": filename = Str(key, value); break;
                    case "co_firstlineno": firstLine = Int(ts, key, value); break;
                    case "co_flags": flags = (CodeFlags)Int(ts, key, value); break;
                    default:
                        var current = Ops.GetAttr(ts, self, PyStr.From(key));
                        if (!Ops.RichCompareBool(ts, current, value, CompareOp.Eq))
                            throw PyErr.NotImplementedError($"code.replace({key}=...) with a different value is not supported by Kaa");
                        break;
                }
            }
            if (name == u.Name && qualname == u.QualName && filename == u.Filename && firstLine == u.FirstLineNo && flags == u.Flags)
                return self;
            var copy = new CodeUnit
            {
                Name = name, QualName = qualname, Filename = filename, FirstLineNo = firstLine, Flags = flags,
                ArgCount = u.ArgCount, PosOnlyArgCount = u.PosOnlyArgCount, KwOnlyArgCount = u.KwOnlyArgCount,
                LocalsPlusNames = u.LocalsPlusNames, LocalsPlusKinds = u.LocalsPlusKinds, VarNames = u.VarNames,
                CellVars = u.CellVars, FreeVars = u.FreeVars, Names = u.Names, Constants = u.Constants, Code = u.Code,
                ExceptionTable = u.ExceptionTable, Positions = u.Positions, StackSize = u.StackSize,
                CellSlots = u.CellSlots, FreeStart = u.FreeStart, Docstring = u.Docstring,
                InlinedComprehension = u.InlinedComprehension,
                ListLengthFromIterator = u.ListLengthFromIterator,
            };
            return new PyCode(ts, copy);
        };
        t.AddMethod("replace", replace);
        t.AddMethod("__replace__", replace);
    }

    private static string Str(string key, PyObject v)
        => v is PyStr s ? s.Value : throw PyErr.TypeError($"replace() argument '{key}' must be str, not {PyErr.ArgTypeName(v)}");

    private static int Int(ThreadState ts, string key, PyObject v)
    {
        if (v is not PyInt) throw PyErr.TypeError($"'{v.ObType.Name}' object cannot be interpreted as an integer");
        long x = Ops.IndexAsLong(ts, v);
        if (x < int.MinValue || x > int.MaxValue) throw PyErr.OverflowError("Python int too large to convert to C int");
        return (int)x;
    }
}
