using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>What the three operator getters share: the one-argument call check and the repr.</summary>
internal static class OperatorGetters
{
    internal static void CheckOneArgument(string name, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Args.NoKeywords(name, kw);
        if (args.Length != 1) throw PyErr.TypeError($"{name} expected 1 argument, got {args.Length}");
    }

    internal static PyObject Repr(ThreadState ts, PyObject self, string typeName, PyObject[] args, (PyObject Name, PyObject Value)[]? keywords)
    {
        if (!ts.ReprEnter(self)) return PyStr.From("...");
        try
        {
            var parts = new List<string>(args.Length);
            foreach (var a in args) parts.Add(Ops.ReprString(ts, a));
            if (keywords != null)
                foreach (var (k, v) in keywords) parts.Add($"{Ops.StrString(ts, k)}={Ops.ReprString(ts, v)}");
            return PyStr.From($"{typeName}({string.Join(", ", parts)})");
        }
        finally { ts.ReprLeave(self); }
    }
}
