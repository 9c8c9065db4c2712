using System.ComponentModel;
using System.Diagnostics;

namespace Warehouse.Tests.Infrastructure;

internal static class ProcessRunner
{
    private static readonly TimeSpan OutputDrainTimeout = TimeSpan.FromSeconds(5);

    public static async Task<ProcessResult> RunAsync(
        string fileName, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout,
        IReadOnlyDictionary<string, string?>? environment = null)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            startInfo.Environment[name] = value;
        }

        var commandLine = string.Join(' ', startInfo.ArgumentList.Prepend(fileName));
        using var process = new Process { StartInfo = startInfo };
        try
        {
            process.Start();
        }
        catch (Win32Exception ex)
        {
            return new ProcessResult(commandLine, -1, string.Empty, $"could not start: {ex.Message}\n");
        }

        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();

        using var timeoutSource = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(timeoutSource.Token);
        }
        catch (OperationCanceledException)
        {
            KillQuietly(process);
            var partial = await DrainAsync(stderr);
            return new ProcessResult(commandLine, -1, await DrainAsync(stdout), $"{partial}timed out after {timeout.TotalSeconds:0}s\n");
        }

        return new ProcessResult(commandLine, process.ExitCode, await DrainAsync(stdout), await DrainAsync(stderr));
    }

    private static async Task<string> DrainAsync(Task<string> read)
    {
        try
        {
            return await read.WaitAsync(OutputDrainTimeout);
        }
        catch (TimeoutException)
        {
            return "(output not closed)\n";
        }
    }

    private static void KillQuietly(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
        }
        catch (Win32Exception)
        {
        }
    }
}
