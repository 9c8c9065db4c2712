using System.Diagnostics;
using System.Net;
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
    private readonly bool _ownsRoot;

    private ServerProcess(Process process, Uri baseAddress, string root, bool ownsRoot)
    {
        _process = process;
        BaseAddress = baseAddress;
        Root = root;
        _ownsRoot = ownsRoot;
    }

    public Uri BaseAddress { get; }

    /// <summary>The server's working directory.</summary>
    public string Root { get; }

    /// <summary>The demo folder of <see cref="StartDemoAsync"/>.</summary>
    public string DemoDirectory => Path.Combine(Root, "demo");

    /// <summary>The demo's SQLite warehouse, for counting rows the way a SQL user would.</summary>
    public string DatabasePath => Path.Combine(DemoDirectory, "warehouse-demo.db");

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

    /// <summary>A client of this server that does not follow redirects; with an API key, every request sends it in X-Api-Key.</summary>
    public HttpClient Client(string? apiKey = null, HttpMessageHandler? handler = null)
    {
        var client = new HttpClient(handler ?? new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        }
        return client;
    }

    /// <summary>`warehouse serve --demo` in a new temporary folder (deleted on dispose): the demo warehouse filled from the synthetic sample.</summary>
    public static Task<ServerProcess> StartDemoAsync(IReadOnlyDictionary<string, string?> environment)
    {
        var root = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"warehouse-server-{Guid.NewGuid():N}")).FullName;
        return StartAsync(root, environment, ownsRoot: true, ["--demo", "--demo-directory", "demo"]);
    }

    public static Task<ServerProcess> StartAsync(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] arguments) =>
        StartAsync(workingDirectory, environment, ownsRoot: false, arguments);

    private static async Task<ServerProcess> StartAsync(string workingDirectory, IReadOnlyDictionary<string, string?> environment, bool ownsRoot, string[] arguments)
    {
        var port = Infrastructure.FreePort.Next();
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
        startInfo.Environment["Logging__LogLevel__Default"] = "Warning";
        startInfo.Environment["Logging__LogLevel__Warehouse"] = "Information";
        foreach (var (name, value) in environment)
        {
            startInfo.Environment[name] = value;
        }
        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        var server = new ServerProcess(process, baseAddress, workingDirectory, ownsRoot);
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await server.WaitUntilReadyAsync(TimeSpan.FromSeconds(120));
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
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
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_ownsRoot)
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless; a failing cleanup would hide the real result.
            }
        }
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
}
