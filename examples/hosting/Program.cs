// Embedding Kaa: one isolated interpreter per core, each with its own GIL, running the same
// CPU-bound Python function in parallel from .NET threads.
using System.Diagnostics;
using Kaa.Runtime.Hosting;

const string Source = """
    def collatz_steps(limit):
        best, best_n = 0, 0
        for n in range(1, limit):
            steps, k = 0, n
            while k != 1:
                k = k // 2 if k % 2 == 0 else 3 * k + 1
                steps += 1
            if steps > best:
                best, best_n = steps, n
        return best_n, best
    """;

using var runtime = new KaaRuntime();
int workers = Environment.ProcessorCount;
var interps = Enumerable.Range(0, workers).Select(_ => runtime.CreateInterpreter()).ToArray();
foreach (var interp in interps) interp.Exec(Source);

var sw = Stopwatch.StartNew();
var one = interps[0].Call("collatz_steps", 30_000);
var single = sw.Elapsed;

sw.Restart();
var results = new object?[workers];
Parallel.For(0, workers, i => results[i] = interps[i].Call("collatz_steps", 30_000));
var parallel = sw.Elapsed;

Console.WriteLine($"result: {string.Join(", ", (object?[])one!)}");
Console.WriteLine($"1 interpreter: {single.TotalSeconds:F2} s; {workers} interpreters in parallel: {parallel.TotalSeconds:F2} s " +
                  $"(speedup {workers * single.TotalSeconds / parallel.TotalSeconds:F1}x)");

// Python exceptions surface as PythonException.
try
{
    interps[0].Exec("collatz_steps('ten')");
}
catch (PythonException e)
{
    Console.WriteLine($"{e.TypeName}: {e.PythonMessage}");
}

foreach (var interp in interps) interp.Dispose();
