using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Web;

/// <summary>
/// The real `warehouse serve --demo` as a separate process on a free loopback port, with its own demo folder (filled from the
/// synthetic sample) and the environment given (users, API keys, limits). Started when /health answers 200; killed on dispose.
/// </summary>
internal sealed class WarehouseServer : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private WarehouseServer(Process process, string root, Uri url)
    {
        _process = process;
        Root = root;
        Url = url;
    }

    public string Root { get; }

    public Uri Url { get; }

    public string DemoDirectory => Path.Combine(Root, "demo");

    /// <summary>The demo's SQLite warehouse, for counting rows the way a SQL user would.</summary>
    public string DatabasePath => Path.Combine(DemoDirectory, "warehouse-demo.db");

    /// <summary>What the server printed so far: shown when a test fails on a server answer.</summary>
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

    public static async Task<WarehouseServer> StartAsync(IReadOnlyDictionary<string, string?> environment)
    {
        var root = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"warehouse-web-{Guid.NewGuid():N}")).FullName;
        var url = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = root,
        };
        foreach (var argument in new[] { WarehouseCli.ProgramPath, "serve", "--demo", "--demo-directory", "demo", "--urls", url.ToString().TrimEnd('/') })
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["Warehouse__Engine"] = null;
        start.Environment["ConnectionStrings__Warehouse"] = null;
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Warehouse"] = "Information";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        var process = new Process { StartInfo = start };
        var server = new WarehouseServer(process, root, url);
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await server.WaitHealthyAsync();
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
        return server;
    }

    /// <summary>A client of this server; with an API key, every request sends it in X-Api-Key.</summary>
    public HttpClient Client(string? apiKey = null, HttpMessageHandler? handler = null)
    {
        var client = handler is null ? new HttpClient() : new HttpClient(handler);
        client.BaseAddress = Url;
        client.Timeout = TimeSpan.FromMinutes(2);
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        }
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(20));
            }
        }
        catch (InvalidOperationException)
        {
        }
        catch (TimeoutException)
        {
        }
        _process.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; a failing cleanup would hide the real result.
        }
    }

    private async Task WaitHealthyAsync()
    {
        using var client = new HttpClient { BaseAddress = Url, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        var last = "no answer";
        while (clock.Elapsed < StartTimeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"warehouse serve exited with code {_process.ExitCode} before answering /health:\n{Output}");
            }
            try
            {
                using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
                last = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
            }
            catch (HttpRequestException e)
            {
                last = e.Message;
            }
            catch (TaskCanceledException)
            {
                last = "timed out";
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"warehouse serve did not answer /health with 200 within {StartTimeout.TotalSeconds:0}s (last: {last}):\n{Output}");
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
