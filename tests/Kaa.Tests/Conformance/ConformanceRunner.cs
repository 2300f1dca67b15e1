using System.Diagnostics;
using System.Text;

namespace Kaa.Tests.Conformance;

/// <summary>
/// Finds the conformance programs under tests/conformance and runs one of them out of process,
/// comparing stdout, the exit code and (when a .err file exists) stderr with the results CPython
/// produced (see tests/conformance/regen.py and tests/conformance/README.md).
/// </summary>
public static class ConformanceRunner
{
    /// <summary>Wall-clock limit for one program; the whole process tree is killed after it.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Environment variable that replaces the command used to run a program (the program's file name
    /// is appended), e.g. <c>KAA_CONFORMANCE_COMMAND=/path/to/python3</c> to check the harness itself
    /// against CPython. Whitespace separates the executable from its leading arguments.
    /// </summary>
    public const string CommandOverrideVariable = "KAA_CONFORMANCE_COMMAND";

    private static readonly Lazy<string> LazyRepoRoot = new(FindRepoRoot);

    public static string RepoRoot => LazyRepoRoot.Value;

    public static string ConformanceDir => Path.Combine(RepoRoot, "tests", "conformance");

    public static string XfailPath => Path.Combine(ConformanceDir, "xfail.txt");

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Kaa.slnx")))
            {
                return dir.FullName;
            }
            dir = dir.Parent;
        }
        throw new InvalidOperationException(
            $"could not find the repository root (a folder containing Kaa.slnx) above {AppContext.BaseDirectory}");
    }

    /// <summary>
    /// All programs as "topic/name.py" (forward slashes), sorted ordinally. A program is a .py file
    /// directly inside a topic folder whose name does not start with "_"; files starting with "_" and
    /// everything in deeper folders are helper modules and packages imported by the programs.
    /// </summary>
    public static IReadOnlyList<string> EnumeratePrograms()
    {
        var result = new List<string>();
        if (!Directory.Exists(ConformanceDir))
        {
            return result;
        }
        foreach (var topicDir in Directory.GetDirectories(ConformanceDir))
        {
            var topic = Path.GetFileName(topicDir);
            if (topic.StartsWith('.') || topic.StartsWith('_'))
            {
                continue;
            }
            foreach (var file in Directory.GetFiles(topicDir, "*.py"))
            {
                var name = Path.GetFileName(file);
                if (!name.StartsWith('_'))
                {
                    result.Add(topic + "/" + name);
                }
            }
        }
        result.Sort(StringComparer.Ordinal);
        return result;
    }

    /// <summary>
    /// Parses tests/conformance/xfail.txt: one "topic/name.py  # reason" per line; blank lines and
    /// lines starting with '#' are ignored.
    /// </summary>
    public static IReadOnlyDictionary<string, string> LoadXfail()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(XfailPath))
        {
            return map;
        }
        foreach (var raw in File.ReadAllLines(XfailPath))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var hash = line.IndexOf('#');
            var path = (hash >= 0 ? line[..hash] : line).Trim().Replace('\\', '/');
            var reason = hash >= 0 ? line[(hash + 1)..].Trim() : "";
            map[path] = reason;
        }
        return map;
    }

    public sealed record Expected(string Stdout, int ExitCode, string? Stderr);

    public sealed record Actual(string Stdout, int ExitCode, string Stderr, bool TimedOut);

    public static string FullPath(string program) =>
        Path.Combine(ConformanceDir, program.Replace('/', Path.DirectorySeparatorChar));

    public static Expected LoadExpected(string program)
    {
        var py = FullPath(program);
        var stem = Path.ChangeExtension(py, null);
        var outFile = stem + ".out";
        if (!File.Exists(outFile))
        {
            throw new FileNotFoundException(
                $"{program} has no .out file; run tests/conformance/regen.py with CPython 3.13", outFile);
        }
        var exitFile = stem + ".exit";
        var errFile = stem + ".err";
        var exit = File.Exists(exitFile) ? int.Parse(File.ReadAllText(exitFile).Trim()) : 0;
        var err = File.Exists(errFile) ? Normalize(File.ReadAllText(errFile, Encoding.UTF8)) : null;
        return new Expected(Normalize(File.ReadAllText(outFile, Encoding.UTF8)), exit, err);
    }

    /// <summary>Path of kaa.dll: the test project references src/Kaa.Cli, so it sits next to the tests.</summary>
    public static string KaaDll => Path.Combine(AppContext.BaseDirectory, "kaa.dll");

    public static Actual Run(string program)
    {
        var py = FullPath(program);
        var folder = Path.GetDirectoryName(py)!;
        var stdinFile = Path.ChangeExtension(py, ".in");
        var stdin = File.Exists(stdinFile) ? File.ReadAllText(stdinFile, Encoding.UTF8) : "";

        var psi = new ProcessStartInfo
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
            StandardInputEncoding = new UTF8Encoding(false),
        };
        var overrideCmd = Environment.GetEnvironmentVariable(CommandOverrideVariable);
        if (!string.IsNullOrWhiteSpace(overrideCmd))
        {
            var parts = overrideCmd.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            psi.FileName = parts[0];
            foreach (var p in parts.Skip(1))
            {
                psi.ArgumentList.Add(p);
            }
        }
        else
        {
            if (!File.Exists(KaaDll))
            {
                throw new FileNotFoundException($"kaa.dll not found next to the tests ({KaaDll})", KaaDll);
            }
            psi.FileName = "dotnet";
            psi.ArgumentList.Add(KaaDll);
        }
        psi.ArgumentList.Add(Path.GetFileName(py));

        // Same environment as regen.py used for CPython.
        foreach (var key in psi.Environment.Keys.ToList())
        {
            if (key.StartsWith("PYTHON", StringComparison.Ordinal) || key == "FORCE_COLOR")
            {
                psi.Environment.Remove(key);
            }
        }
        psi.Environment["PYTHONHASHSEED"] = "0";
        psi.Environment["PYTHONIOENCODING"] = "utf-8";
        psi.Environment["PYTHONDONTWRITEBYTECODE"] = "1";
        // CPython compiles every module from source under that setting; Kaa's own compiled-code cache
        // would skip the compile-time warnings of an imported module on every run after the first.
        psi.Environment["KAA_CODE_CACHE"] = "off";
        psi.Environment["PYTHON_COLORS"] = "0";
        psi.Environment["NO_COLOR"] = "1";

        using var proc = new Process { StartInfo = psi };
        proc.Start();
        var stdoutTask = proc.StandardOutput.ReadToEndAsync();
        var stderrTask = proc.StandardError.ReadToEndAsync();
        try
        {
            proc.StandardInput.Write(stdin);
            proc.StandardInput.Close();
        }
        catch (IOException)
        {
            // The program exited without reading its input; that is fine.
        }

        var timedOut = !proc.WaitForExit((int)Timeout.TotalMilliseconds);
        if (timedOut)
        {
            try
            {
                proc.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }
            proc.WaitForExit();
        }
        else
        {
            proc.WaitForExit(); // Flushes the asynchronous readers.
        }

        var stdout = stdoutTask.GetAwaiter().GetResult();
        var stderr = stderrTask.GetAwaiter().GetResult();
        stderr = ReplaceFolder(stderr, folder);
        return new Actual(Normalize(stdout), timedOut ? -1 : proc.ExitCode, Normalize(stderr), timedOut);
    }

    private static string ReplaceFolder(string text, string folder)
    {
        var candidates = new List<string> { Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar) };
        try
        {
            var resolved = new DirectoryInfo(folder).ResolveLinkTarget(returnFinalTarget: true)?.FullName;
            if (resolved is not null)
            {
                candidates.Add(resolved.TrimEnd(Path.DirectorySeparatorChar));
            }
        }
        catch (IOException)
        {
        }
        foreach (var c in candidates.OrderByDescending(c => c.Length))
        {
            text = text.Replace(c, "<dir>", StringComparison.Ordinal);
        }
        return text;
    }

    private static string Normalize(string s) => s.Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>
    /// Compares a run with the expected results; returns null when they agree, else a readable
    /// description of every difference (with a diff of the first differing lines).
    /// </summary>
    public static string? Compare(string program, Expected expected, Actual actual)
    {
        var sb = new StringBuilder();
        if (actual.TimedOut)
        {
            sb.AppendLine($"{program}: timed out after {Timeout.TotalSeconds:0} s (process tree killed)");
        }
        if (expected.Stdout != actual.Stdout)
        {
            sb.AppendLine($"{program}: stdout differs");
            sb.Append(Diff(expected.Stdout, actual.Stdout));
        }
        if (expected.ExitCode != actual.ExitCode && !actual.TimedOut)
        {
            sb.AppendLine($"{program}: exit code {actual.ExitCode}, expected {expected.ExitCode}");
        }
        if (expected.Stderr is not null && expected.Stderr != actual.Stderr)
        {
            sb.AppendLine($"{program}: stderr differs");
            sb.Append(Diff(expected.Stderr, actual.Stderr));
        }
        if (sb.Length > 0 && expected.Stderr is null && actual.Stderr.Length > 0)
        {
            // Not compared, but the most useful clue when something failed.
            sb.AppendLine("stderr of the run (not compared):");
            foreach (var line in actual.Stderr.Split('\n').TakeLast(25))
            {
                sb.AppendLine("  " + line);
            }
        }
        return sb.Length == 0 ? null : sb.ToString();
    }

    /// <summary>A unified-style diff around the first differing line: " " same, "-" expected, "+" actual.</summary>
    public static string Diff(string expected, string actual, int context = 3, int maxLines = 40)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var first = 0;
        while (first < e.Length && first < a.Length && e[first] == a[first])
        {
            first++;
        }
        // Align the ends too, so that an inserted or missing line shows as such.
        int ee = e.Length - 1, ae = a.Length - 1;
        while (ee >= first && ae >= first && e[ee] == a[ae])
        {
            ee--;
            ae--;
        }
        var sb = new StringBuilder();
        var start = Math.Max(0, first - context);
        sb.AppendLine($"@@ first difference at line {first + 1} (expected {e.Length} lines, got {a.Length}) @@");
        var budget = maxLines;
        for (var i = start; i < first && budget > 0; i++, budget--)
        {
            sb.AppendLine("  " + Visible(e[i]));
        }
        for (var i = first; i <= ee && budget > 0; i++, budget--)
        {
            sb.AppendLine("- " + Visible(e[i]));
        }
        for (var i = first; i <= ae && budget > 0; i++, budget--)
        {
            sb.AppendLine("+ " + Visible(a[i]));
        }
        for (var i = ee + 1; i < Math.Min(e.Length, ee + 1 + context) && budget > 0; i++, budget--)
        {
            sb.AppendLine("  " + Visible(e[i]));
        }
        if (budget <= 0)
        {
            sb.AppendLine("  ... (diff truncated)");
        }
        return sb.ToString();
    }

    private static string Visible(string line) =>
        line.Length > 300 ? line[..300] + "..." : line.Replace("\t", "\\t", StringComparison.Ordinal);
}
