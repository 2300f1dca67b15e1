namespace Kaa.Cli;

/// <summary>What the `kaa` command line asks for (CPython's PyConfig as set by Modules/main.c and Python/initconfig.c).</summary>
public sealed class CliOptions
{
    /// <summary>-c: the program text.</summary>
    public string? Command { get; set; }
    /// <summary>-m: the module to run as __main__.</summary>
    public string? Module { get; set; }
    /// <summary>The script path, or "-" for standard input.</summary>
    public string? Script { get; set; }
    /// <summary>Everything after the program: sys.argv[1:].</summary>
    public List<string> Args { get; } = new();

    public bool Unbuffered { get; set; }
    public bool Isolated { get; set; }
    public bool IgnoreEnvironment { get; set; }
    public bool NoUserSite { get; set; }
    public bool NoSite { get; set; }
    public bool DontWriteBytecode { get; set; }
    public bool SafePath { get; set; }
    public bool Quiet { get; set; }
    public bool Inspect { get; set; }
    public bool SkipFirstLine { get; set; }
    public int Optimize { get; set; }
    public int Verbose { get; set; }
    public int BytesWarning { get; set; }
    public int Version { get; set; }
    public string? Help { get; set; }
    public List<string> XOptions { get; } = new();
    public List<string> WarnOptions { get; } = new();
    public List<string> PythonPath { get; } = new();
    public string? CheckHashBasedPycs { get; set; }
    /// <summary>-X int_max_str_digits / PYTHONINTMAXSTRDIGITS; null: the default limit.</summary>
    public int? IntMaxStrDigits { get; set; }

    public bool DevMode => XOptions.Any(x => x == "dev" || x.StartsWith("dev=", StringComparison.Ordinal));
}

/// <summary>A configuration CPython refuses at start-up with "Fatal Python error" (exit status 1).</summary>
public sealed class CliFatalException(string message) : Exception(message);

/// <summary>A command line error: the message CPython prints before the usage lines, and exit status 2.</summary>
public sealed class CliUsageException(string message, bool showUsage = true) : Exception(message)
{
    public bool ShowUsage { get; } = showUsage;
}

/// <summary>
/// Parses the command line like CPython's _PyOS_GetOpt: short options may be combined (-uc code), an
/// option's argument may be attached (-cprint(1)) or the next word, -c/-m end the options, and
/// everything after the program goes to sys.argv.
/// </summary>
public static class CommandLine
{
    public const string ProgramName = "kaa";
    public const string Usage = "usage: " + ProgramName + " [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";
    public const string TryHelp = "Try `" + ProgramName + " -h' for more information.\n";

    private const string ShortFlags = "bBdEhiIOPqRsStuvVx?";
    private const string ShortWithArg = "cmWX";

    public static CliOptions Parse(IReadOnlyList<string> argv, Func<string, string?> getEnv)
    {
        var o = new CliOptions();
        int i = 0;
        bool done = false;
        while (i < argv.Count && !done)
        {
            var arg = argv[i];
            if (arg == "--") { i++; break; }
            if (arg == "-" || !arg.StartsWith('-') || arg.Length == 1) break;
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                i++;
                switch (arg)
                {
                    case "--help": o.Help ??= "usage"; break;
                    case "--help-env": o.Help = "env"; break;
                    case "--help-xoptions": o.Help = "xoptions"; break;
                    case "--help-all": o.Help = "all"; break;
                    case "--version": o.Version++; break;
                    case "--check-hash-based-pycs":
                        if (i >= argv.Count) throw new CliUsageException("Argument expected for the --check-hash-based-pycs option");
                        o.CheckHashBasedPycs = argv[i++];
                        if (o.CheckHashBasedPycs is not ("default" or "always" or "never"))
                            throw new CliUsageException("--check-hash-based-pycs must be one of 'default', 'always', or 'never'", showUsage: false);
                        break;
                    default:
                        throw new CliUsageException($"unknown option {arg}");
                }
                continue;
            }
            i++;
            for (int k = 1; k < arg.Length; k++)
            {
                char c = arg[k];
                if (ShortWithArg.Contains(c))
                {
                    string value;
                    if (k + 1 < arg.Length) value = arg[(k + 1)..];
                    else if (i < argv.Count) value = argv[i++];
                    else throw new CliUsageException($"Argument expected for the -{c} option");
                    switch (c)
                    {
                        case 'c': o.Command = value + "\n"; done = true; break;
                        case 'm': o.Module = value; done = true; break;
                        case 'W': o.WarnOptions.Add(value); break;
                        case 'X': o.XOptions.Add(value); break;
                    }
                    break;
                }
                if (c == 'J') throw new CliUsageException("-J is reserved for Jython");
                if (!ShortFlags.Contains(c)) throw new CliUsageException($"Unknown option: -{c}");
                switch (c)
                {
                    case 'b': o.BytesWarning++; break;
                    case 'B': o.DontWriteBytecode = true; break;
                    case 'd': break;
                    case 'E': o.IgnoreEnvironment = true; break;
                    case 'h': case '?': o.Help ??= "usage"; break;
                    case 'i': o.Inspect = true; break;
                    case 'I': o.Isolated = true; o.IgnoreEnvironment = true; o.NoUserSite = true; o.SafePath = true; break;
                    case 'O': o.Optimize++; break;
                    case 'P': o.SafePath = true; break;
                    case 'q': o.Quiet = true; break;
                    case 'R': break;
                    case 's': o.NoUserSite = true; break;
                    case 'S': o.NoSite = true; break;
                    case 't': break;
                    case 'u': o.Unbuffered = true; break;
                    case 'v': o.Verbose++; break;
                    case 'V': o.Version++; break;
                    case 'x': o.SkipFirstLine = true; break;
                }
            }
        }
        if (o.Command == null && o.Module == null && i < argv.Count)
            o.Script = argv[i++];
        while (i < argv.Count) o.Args.Add(argv[i++]);
        if (!o.IgnoreEnvironment) ApplyEnvironment(o, getEnv);
        o.IntMaxStrDigits = IntMaxStrDigits(o, getEnv);
        return o;
    }

    /// <summary>
    /// config_init_int_max_str_digits: the first -X int_max_str_digits=N, else PYTHONINTMAXSTRDIGITS
    /// (unless -E); N must be 0 (no limit) or at least 640, anything else is a fatal error.
    /// </summary>
    private static int? IntMaxStrDigits(CliOptions o, Func<string, string?> getEnv)
    {
        const string Name = "int_max_str_digits";
        const string Limit = "invalid limit; must be >= 640 or 0 for unlimited.";
        var x = o.XOptions.FirstOrDefault(v => v == Name || v.StartsWith(Name + "=", StringComparison.Ordinal));
        if (x != null)
        {
            int eq = x.IndexOf('=');
            return eq >= 0 && ValidLimit(x[(eq + 1)..]) is { } n ? n
                : throw new CliFatalException($"config_init_int_max_str_digits: -X {Name}: {Limit}");
        }
        if (!o.IgnoreEnvironment && getEnv("PYTHONINTMAXSTRDIGITS") is { Length: > 0 } env)
            return ValidLimit(env) ?? throw new CliFatalException($"config_init_int_max_str_digits: PYTHONINTMAXSTRDIGITS: {Limit}");
        return null;

        // As wcstol with the whole text consumed: leading blanks and a sign are accepted.
        static int? ValidLimit(string s)
            => int.TryParse(s.TrimStart(' ', '\t', '\n', '\v', '\f', '\r'), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var n)
               && (n == 0 || n >= 640) ? n : null;
    }

    /// <summary>The PYTHON* environment variables (ignored with -E and -I).</summary>
    private static void ApplyEnvironment(CliOptions o, Func<string, string?> getEnv)
    {
        static bool Set(string? v) => !string.IsNullOrEmpty(v);
        if (Set(getEnv("PYTHONUNBUFFERED"))) o.Unbuffered = true;
        if (Set(getEnv("PYTHONDONTWRITEBYTECODE"))) o.DontWriteBytecode = true;
        if (Set(getEnv("PYTHONINSPECT"))) o.Inspect = true;
        if (Set(getEnv("PYTHONSAFEPATH"))) o.SafePath = true;
        if (Set(getEnv("PYTHONNOUSERSITE"))) o.NoUserSite = true;
        if (getEnv("PYTHONOPTIMIZE") is { Length: > 0 } opt)
            o.Optimize = Math.Max(o.Optimize, int.TryParse(opt, out var n) ? n : 1);
        if (getEnv("PYTHONVERBOSE") is { Length: > 0 } verb)
            o.Verbose = Math.Max(o.Verbose, int.TryParse(verb, out var n) ? n : 1);
        if (getEnv("PYTHONWARNINGS") is { Length: > 0 } warn)
            o.WarnOptions.InsertRange(0, warn.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        if (Set(getEnv("PYTHONDEVMODE")) && !o.DevMode) o.XOptions.Add("dev");
        if (getEnv("PYTHONPATH") is { Length: > 0 } path)
            o.PythonPath.AddRange(path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The -h text (CPython 3.13's, with Kaa's name).</summary>
    public const string HelpText = Usage + """
Options (and corresponding environment variables):
-b     : issue warnings about converting bytes/bytearray to str and comparing
         bytes/bytearray with str or bytes with int. (-bb: issue errors)
-B     : don't write .pyc files on import; also PYTHONDONTWRITEBYTECODE=x
-c cmd : program passed in as string (terminates option list)
-d     : turn on parser debugging output (for experts only, only works on
         debug builds); also PYTHONDEBUG=x
-E     : ignore PYTHON* environment variables (such as PYTHONPATH)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script; forces a prompt even
         if stdin does not appear to be a terminal; also PYTHONINSPECT=x
-I     : isolate Python from the user's environment (implies -E and -s)
-m mod : run library module as a script (terminates option list)
-O     : remove assert and __debug__-dependent statements; add .opt-1 before
         .pyc extension; also PYTHONOPTIMIZE=x
-OO    : do -O changes and also discard docstrings; add .opt-2 before
         .pyc extension
-P     : don't prepend a potentially unsafe path to sys.path; also
         PYTHONSAFEPATH
-q     : don't print version and copyright messages on interactive startup
-s     : don't add user site directory to sys.path; also PYTHONNOUSERSITE=x
-S     : don't imply 'import site' on initialization
-u     : force the stdout and stderr streams to be unbuffered;
         this option has no effect on stdin; also PYTHONUNBUFFERED=x
-v     : verbose (trace import statements); also PYTHONVERBOSE=x
         can be supplied multiple times to increase verbosity
-V     : print the Python version number and exit (also --version)
         when given twice, print more information about the build
-W arg : warning control; arg is action:message:category:module:lineno
         also PYTHONWARNINGS=arg
-x     : skip first line of source, allowing use of non-Unix forms of #!cmd
-X opt : set implementation-specific option
--check-hash-based-pycs always|default|never:
         control how Python invalidates hash-based .pyc files
--help-env: print help about Python environment variables and exit
--help-xoptions: print help about implementation-specific -X options and exit
--help-all: print complete help information and exit

Arguments:
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]

""";

    public const string EnvHelpText = """
Environment variables that change behavior:
PYTHONSTARTUP   : file executed on interactive startup (no default)
PYTHONPATH      : ':'-separated list of directories prefixed to the
                  default module search path.  The result is sys.path.
PYTHONSAFEPATH  : don't prepend a potentially unsafe path to sys.path.
PYTHONINSPECT   : like -i
PYTHONUNBUFFERED: like -u
PYTHONVERBOSE   : like -v
PYTHONWARNINGS  : like -W
PYTHONOPTIMIZE  : like -O
PYTHONDONTWRITEBYTECODE: like -B
PYTHONNOUSERSITE: like -s
PYTHONDEVMODE   : enable the development mode (like -X dev)

""";

    public const string XOptionsHelpText = """
The following implementation-specific options are available:
-X dev : enable Python Development Mode
-X int_max_str_digits=number: limit the size of int<->str conversions
-X utf8: enable UTF-8 mode (always on in Kaa)
-X warn_default_encoding: enable opt-in EncodingWarning for 'encoding=None'

""";
}
