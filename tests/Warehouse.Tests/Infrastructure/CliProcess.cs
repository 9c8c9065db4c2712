using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using System.Threading.Channels;

namespace Warehouse.Tests.Infrastructure;

/// <summary>
/// The real `warehouse` program started as a process that a test watches line by line and can kill (SIGKILL on Unix),
/// for what <see cref="WarehouseCli"/> cannot do: act while it runs. Engine variables of the test process are not inherited.
/// Lines of both standard output and standard error can be waited for.
/// </summary>
internal sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();
    private readonly StringBuilder _output = new();
    private readonly Lock _gate = new();

    private CliProcess(Process process) => _process = process;

    public bool HasExited => _process.HasExited;

    public int Id => _process.Id;

    public Task WaitForExitAsync(CancellationToken cancellationToken) => _process.WaitForExitAsync(cancellationToken);

    public int ExitCode => _process.ExitCode;

    /// <summary>Standard output and error received so far.</summary>
    public string Output
    {
        get
        {
            lock (_gate)
            {
                return _output.ToString();
            }
        }
    }

    public static CliProcess Start(string workingDirectory, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        startInfo.ArgumentList.Add(WarehouseCli.ProgramPath);
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }
        startInfo.Environment["Warehouse__Engine"] = null;
        startInfo.Environment["ConnectionStrings__Warehouse"] = null;
        startInfo.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            startInfo.Environment[name] = value;
        }
        var cli = new CliProcess(new Process { StartInfo = startInfo });
        cli._process.OutputDataReceived += (_, e) => cli.Received(e.Data, isStandardOutput: true);
        cli._process.ErrorDataReceived += (_, e) => cli.Received(e.Data, isStandardOutput: false);
        try
        {
            cli._process.Start();
        }
        catch (Win32Exception)
        {
            cli.Dispose();
            throw;
        }
        cli._process.BeginOutputReadLine();
        cli._process.BeginErrorReadLine();
        cli._process.StandardInput.Close();
        return cli;
    }

    /// <summary>Waits for a line of standard output or error that satisfies <paramref name="predicate"/>; fails with the output so far.</summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> predicate, TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await foreach (var line in _lines.Reader.ReadAllAsync(limit.Token))
            {
                if (predicate(line))
                {
                    return line;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Reported below with the output.
        }
        throw new TimeoutException($"no expected line within {timeout.TotalSeconds:0} s (exited: {HasExited}); output:\n{Output}");
    }

    /// <summary>Kills the process the hard way (SIGKILL: no finally blocks, no disposal) and waits until it is gone.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _process.WaitForExitAsync(limit.Token);
    }

    /// <summary>Ctrl+C (SIGINT): the program is asked to stop and cleans up; waits until it is gone.</summary>
    public async Task InterruptAsync()
    {
        using (var kill = Process.Start("kill", ["-INT", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _process.WaitForExitAsync(limit.Token);
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Never started, or already gone.
        }
        _process.Dispose();
    }

    private void Received(string? line, bool isStandardOutput)
    {
        if (line is null)
        {
            if (isStandardOutput)
            {
                _lines.Writer.TryComplete();
            }
            return;
        }
        lock (_gate)
        {
            _output.Append(line).Append('\n');
        }
        _lines.Writer.TryWrite(line);
    }
}
