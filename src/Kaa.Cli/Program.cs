using Kaa.Runtime;

namespace Kaa.Cli;

/// <summary>The `kaa` command: a CPython-compatible command line.</summary>
public static class Program
{
    /// <summary>The interpreter runs on a thread with a large stack so deep recursion inside built-ins cannot overflow the process.</summary>
    private const int InterpreterStackSize = 256 * 1024 * 1024;

    public static int Main(string[] args)
    {
        CliOptions options;
        try
        {
            options = CommandLine.Parse(args, Environment.GetEnvironmentVariable);
        }
        catch (CliUsageException e)
        {
            var err = Console.Error;
            err.Write(e.Message + "\n");
            if (e.ShowUsage) err.Write(CommandLine.Usage + CommandLine.TryHelp);
            err.Flush();
            return 2;
        }

        if (options.Help != null)
        {
            Console.Out.Write(options.Help switch
            {
                "env" => CommandLine.EnvHelpText,
                "xoptions" => CommandLine.XOptionsHelpText,
                "all" => CommandLine.HelpText + CommandLine.EnvHelpText + CommandLine.XOptionsHelpText,
                _ => CommandLine.HelpText,
            });
            Console.Out.Flush();
            return 0;
        }
        if (options.Version > 0)
        {
            Console.Out.Write(options.Version > 1 ? $"Python {SysModule.Version} {Runner.BuildInfo}\n" : $"Python {SysModule.Version}\n");
            Console.Out.Flush();
            return 0;
        }

        int exitCode = 1;
        var thread = new Thread(() => exitCode = RunGuarded(options), InterpreterStackSize)
        {
            Name = "kaa main",
        };
        thread.Start();
        thread.Join();
        return exitCode;
    }

    /// <summary>Runs the program; a .NET exception that escapes the runtime becomes a SystemError-style message, never a .NET stack trace.</summary>
    private static int RunGuarded(CliOptions options)
    {
        try
        {
            return new Runner(options).Run();
        }
        catch (Exception e)
        {
            try
            {
                Console.Out.Flush();
                Console.Error.Write($"SystemError: internal error in Kaa: {e.GetType().Name}: {e.Message}\n");
                Console.Error.Flush();
            }
            catch (IOException) { }
            return 1;
        }
    }
}
