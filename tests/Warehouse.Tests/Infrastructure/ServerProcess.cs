using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Warehouse.Tests.Infrastructure;

/// <summary>
/// The real `warehouse serve` as a separate process on a free loopback port: started with the given arguments and
/// environment (configuration the ASP.NET way), ready once /health answers, killed on dispose. Its output is kept for failure messages.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServerProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    public HttpClient Client(HttpMessageHandler? handler = null) =>
        new(handler ?? new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };

    public static async Task<ServerProcess> StartAsync(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        var port = FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}/");
        var startInfo = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in (string[])[WarehouseCli.ProgramPath, "serve", .. arguments, "--urls", baseAddress.ToString().TrimEnd('/')])
        {
            startInfo.ArgumentList.Add(argument);
        }
        startInfo.Environment["Warehouse__Engine"] = null;
        startInfo.Environment["ConnectionStrings__Warehouse"] = null;
        startInfo.Environment["ASPNETCORE_URLS"] = null;
        startInfo.Environment["DOTNET_NOLOGO"] = "1";
        startInfo.Environment["Warehouse__Jobs__PollIntervalSeconds"] = "1";
        foreach (var (name, value) in environment)
        {
            startInfo.Environment[name] = value;
        }
        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        var server = new ServerProcess(process, baseAddress);
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await server.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));
        return server;
    }

    /// <summary>Waits until <paramref name="condition"/> holds, polling; fails with the server output when it never does.</summary>
    public async Task WaitForAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (await condition())
            {
                return;
            }
            Assert.False(_process.HasExited, $"The server stopped while waiting for {what}:\n{Output}");
            await Task.Delay(250);
        }
        Assert.Fail($"Not seen within {timeout.TotalSeconds:0} s: {what}.\nServer output:\n{Output}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var client = Client();
        await WaitForAsync(async () =>
        {
            try
            {
                using var response = await client.GetAsync(new Uri("health", UriKind.Relative));
                return response.StatusCode is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable;
            }
            catch (HttpRequestException)
            {
                return false;
            }
        }, timeout, "/health to answer");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
