using Kaa.Runtime.Eval;
using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Hosting;

public static partial class TracebackPrinter
{
    /// <summary>
    /// The "Did you mean" suggestions of CPython 3.13 (traceback._compute_suggestion_error and
    /// Python/suggestions.c): the candidate within a Levenshtein distance of a third of the name,
    /// where a case change costs 1 and other edits cost 2.
    /// </summary>
    internal static class Suggestions
    {
        private const int MaxCandidateItems = 750;
        private const int MaxStringSize = 40;
        private const int MoveCost = 2;
        private const int CaseCost = 1;

        public static string? Compute(ThreadState ts, PyBaseException exc, string wrongName)
        {
            List<string> candidates;
            var t = exc.ObType;
            var tb = exc.Traceback as PyTraceback;
            while (tb?.Next != null) tb = tb.Next;
            if (t.IsSubtype(PyExc.AttributeError))
            {
                var obj = (exc as PyAttributeError)?.Obj;
                if (obj == null) return null;
                try
                {
                    candidates = Dir(ts, obj);
                    candidates.Sort(StringComparer.Ordinal);
                    bool hideUnderscored = !wrongName.StartsWith('_');
                    if (hideUnderscored && tb != null && LocalsOf(ts, tb.Frame) is { } locals
                        && locals.TryGetValue("self", out var self) && ReferenceEquals(self, obj))
                        hideUnderscored = false;
                    if (hideUnderscored) candidates.RemoveAll(c => c.StartsWith('_'));
                }
                catch (PyException) { return null; }
            }
            else if (t.IsSubtype(PyExc.ImportError))
            {
                try
                {
                    if (exc is not PyImportError { Name: PyStr modName }) return null;
                    var mod = ImportSystem.ImportModuleLevel(ts, modName.Value, null, null, 0);
                    candidates = Dir(ts, mod);
                    candidates.Sort(StringComparer.Ordinal);
                    if (!wrongName.StartsWith('_')) candidates.RemoveAll(c => c.StartsWith('_'));
                }
                catch (PyException) { return null; }
            }
            else
            {
                if (tb == null) return null;
                var frame = tb.Frame;
                candidates = new List<string>();
                var locals = LocalsOf(ts, frame);
                if (locals != null) candidates.AddRange(locals.Keys);
                candidates.AddRange(StrKeys(frame.Globals));
                if (frame.Builtins is PyDict builtins) candidates.AddRange(StrKeys(builtins));
                if (locals != null && locals.TryGetValue("self", out var self))
                {
                    bool has;
                    try { has = Ops.TryGetAttr(ts, self, PyStr.From(wrongName), out _); }
                    catch (PyException) { has = false; }
                    if (has) return "self." + wrongName;
                }
            }
            return Closest(candidates, wrongName);
        }

        private static List<string> Dir(ThreadState ts, PyObject obj)
        {
            var dir = ts.Interp.BuiltinsDict.GetStr("dir") ?? throw PyErr.RuntimeError("no dir");
            return Ops.ToArray(ts, Ops.Call(ts, dir, obj)).OfType<PyStr>().Select(s => s.Value).ToList();
        }

        private static IEnumerable<string> StrKeys(PyDict d) => d.EnumerateItems().Select(p => p.Key).OfType<PyStr>().Select(s => s.Value);

        private static Dictionary<string, PyObject>? LocalsOf(ThreadState ts, PyFrame frame)
        {
            try
            {
                var locals = FrameLocals.GetLocals(ts, frame);
                var result = new Dictionary<string, PyObject>(StringComparer.Ordinal);
                if (locals is PyDict d)
                {
                    foreach (var (k, v) in d.EnumerateItems())
                        if (k is PyStr ks) result.TryAdd(ks.Value, v);
                    return result;
                }
                foreach (var k in Ops.ToArray(ts, locals))
                    if (k is PyStr ks) result.TryAdd(ks.Value, Ops.GetItem(ts, locals, k));
                return result;
            }
            catch (PyException) { return null; }
        }

        internal static string? Closest(List<string> candidates, string wrongName)
        {
            if (candidates.Count > MaxCandidateItems) return null;
            int wrongLen = wrongName.Length;
            if (wrongLen > MaxStringSize) return null;
            int best = wrongLen;
            string? suggestion = null;
            foreach (var possible in candidates)
            {
                if (possible == wrongName) continue;
                int maxDistance = (possible.Length + wrongLen + 3) * MoveCost / 6;
                maxDistance = Math.Min(maxDistance, best - 1);
                int d = Levenshtein(wrongName, possible, maxDistance);
                if (d > maxDistance) continue;
                if (suggestion == null || d < best)
                {
                    suggestion = possible;
                    best = d;
                }
            }
            return suggestion;
        }

        private static int SubstitutionCost(char a, char b)
            => a == b ? 0 : char.ToLowerInvariant(a) == char.ToLowerInvariant(b) ? CaseCost : MoveCost;

        internal static int Levenshtein(string a, string b, int maxCost)
        {
            if (a == b) return 0;
            int pre = 0;
            while (pre < a.Length && pre < b.Length && a[pre] == b[pre]) pre++;
            a = a[pre..];
            b = b[pre..];
            int post = 0;
            while (post < a.Length && post < b.Length && a[a.Length - 1 - post] == b[b.Length - 1 - post]) post++;
            a = a[..(a.Length - post)];
            b = b[..(b.Length - post)];
            if (a.Length == 0 || b.Length == 0) return MoveCost * (a.Length + b.Length);
            if (a.Length > MaxStringSize || b.Length > MaxStringSize) return maxCost + 1;
            if (b.Length < a.Length) (a, b) = (b, a);
            if ((b.Length - a.Length) * MoveCost > maxCost) return maxCost + 1;
            var row = new int[a.Length];
            for (int i = 0; i < a.Length; i++) row[i] = (i + 1) * MoveCost;
            int result = 0;
            for (int bi = 0; bi < b.Length; bi++)
            {
                char bc = b[bi];
                int distance = result = bi * MoveCost;
                int minimum = int.MaxValue;
                for (int i = 0; i < a.Length; i++)
                {
                    int substitute = distance + SubstitutionCost(bc, a[i]);
                    distance = row[i];
                    int insertDelete = Math.Min(result, distance) + MoveCost;
                    result = Math.Min(insertDelete, substitute);
                    row[i] = result;
                    if (result < minimum) minimum = result;
                }
                if (minimum > maxCost) return maxCost + 1;
            }
            return result;
        }
    }
}
