using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Http;
using Warehouse.Loader.Datasets;
using Warehouse.Tests.Cli;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Security;

/// <summary>
/// `warehouse load --from URL` against a hostile Explore API: an endless body, a compression bomb, a trickle, redirects to
/// another port and to file://, and a stop in the middle. Each ends in one sentence, exit non-zero, within bounded time,
/// with nothing left in the temporary folder.
/// </summary>
[Trait("Category", "process")]
public sealed class BoundedDownloadTests : IAsyncLifetime, IDisposable
{
    private static readonly string DatasetId = DatasetCatalog.All[0].Id;
    private static readonly byte[] Header = Encoding.UTF8.GetBytes("annee;profession_sante\n");

    private readonly TempWorkingDirectory _directory = new();
    private FakeOpendatasoftServer _api = null!;

    private string TempFolder => _directory.PathOf("tmp");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(TempFolder);
        _api = await FakeOpendatasoftServer.StartAsync();
        _api.AddDataset(DatasetId, Header, recordsCount: 1, dataProcessed: DateTimeOffset.UtcNow);
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task AnEndlessBody_StopsAtTheConfiguredSize()
    {
        _api.ServeExportWith(DatasetId, async context =>
        {
            context.Response.ContentType = "text/csv";
            var chunk = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("2023;Infirmiers\n", 4096)));
            for (var sent = 0L; sent < 4L * 1024 * 1024 * 1024 && !context.RequestAborted.IsCancellationRequested; sent += chunk.Length)
            {
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
            }
        });

        var result = await LoadAsync(("Warehouse__Source__MaxDownloadBytes", "4194304"));

        AssertOneSentenceFailure(result, "is larger than the 4194304 bytes allowed (Warehouse:Source:MaxDownloadBytes)");
    }

    [Fact]
    public async Task ACompressionBomb_IsRefusedByItsRatio()
    {
        var bomb = Gzip(64 * 1024 * 1024);
        _api.ServeExportWith(DatasetId, async context =>
        {
            context.Response.ContentType = "text/csv";
            context.Response.Headers.ContentEncoding = "gzip";
            context.Response.ContentLength = bomb.Length;
            await context.Response.Body.WriteAsync(bomb, context.RequestAborted);
        });

        var result = await LoadAsync();

        AssertOneSentenceFailure(result, "expands more than 100 times its compressed size");
    }

    [Fact]
    public async Task ATrickle_StopsAtTheTotalTime()
    {
        _api.ServeExportWith(DatasetId, TrickleAsync);
        var clock = Stopwatch.StartNew();

        var result = await LoadAsync(("Warehouse__Source__MaxDownloadSeconds", "3"));

        AssertOneSentenceFailure(result, "took longer than 3 s (Warehouse:Source:MaxDownloadSeconds)");
        Assert.InRange(clock.Elapsed.TotalSeconds, 3, 40);
    }

    [Fact]
    public async Task ARedirectToAnotherPort_IsNotFollowed()
    {
        await using var other = await FakeOpendatasoftServer.StartAsync();
        other.AddDataset(DatasetId, Header, recordsCount: 0);
        _api.ServeExportWith(DatasetId, context =>
        {
            context.Response.Redirect(new Uri(other.BaseUrl, $"catalog/datasets/{DatasetId}/exports/csv").ToString());
            return Task.CompletedTask;
        });

        var result = await LoadAsync();

        AssertOneSentenceFailure(result, $"outside {_api.BaseUrl.GetLeftPart(UriPartial.Authority)}: not followed");
        Assert.Equal(0, other.CsvRequests(DatasetId));
    }

    [Fact]
    public async Task ARedirectToAFile_IsNotFollowed_AndSaysSoInOneSentence()
    {
        _api.ServeExportWith(DatasetId, context =>
        {
            context.Response.Redirect("file:///etc/passwd");
            return Task.CompletedTask;
        });

        var result = await LoadAsync();

        AssertOneSentenceFailure(result, "to file:///etc/passwd, outside");
    }

    [Fact]
    public async Task AStoppedLoad_LeavesNoTemporaryFile_AndAKilledOnesAreRemovedByTheNextLoad()
    {
        _api.ServeExportWith(DatasetId, TrickleAsync);

        using (var interrupted = StartLoad())
        {
            await WaitForPartFileAsync(interrupted);
            await interrupted.InterruptAsync();
            Assert.Contains("Cancelled.", interrupted.Output, StringComparison.Ordinal);
            Assert.Empty(Directory.EnumerateFileSystemEntries(TempFolder));
        }

        using (var killed = StartLoad())
        {
            await WaitForPartFileAsync(killed);
            await killed.KillAsync();
            Assert.NotEmpty(Directory.EnumerateFileSystemEntries(TempFolder));
        }
        _api.ServeExportWith(DatasetId, context =>
        {
            context.Response.Redirect("file:///etc/passwd");
            return Task.CompletedTask;
        });
        var next = await LoadAsync();
        Assert.NotEqual(0, next.ExitCode);
        Assert.Empty(Directory.EnumerateFileSystemEntries(TempFolder));
    }

    /// <summary>One byte every 200 ms: never silent long enough for the idle timeout.</summary>
    private static async Task TrickleAsync(HttpContext context)
    {
        context.Response.ContentType = "text/csv";
        await context.Response.Body.WriteAsync(Header, context.RequestAborted);
        try
        {
            while (!context.RequestAborted.IsCancellationRequested)
            {
                await context.Response.Body.WriteAsync("2"u8.ToArray(), context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                await Task.Delay(200, context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The loader hung up, as it should.
        }
    }

    private async Task WaitForPartFileAsync(CliProcess load)
    {
        var clock = Stopwatch.StartNew();
        while (!Directory.EnumerateFiles(TempFolder, "*.part", SearchOption.AllDirectories).Any())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60) && !load.HasExited, $"No download started:\n{load.Output}");
            await Task.Delay(100);
        }
    }

    private static void AssertOneSentenceFailure(ProcessResult result, string expected)
    {
        Assert.True(result.ExitCode != 0, result.Description);
        Assert.Contains(expected, result.StandardOutput + result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StandardOutput + result.StandardError, StringComparison.Ordinal);
    }

    private Dictionary<string, string?> Environment(params (string Name, string Value)[] settings)
    {
        // No diagnostics pipes in TMPDIR: what is left there is the loader's.
        var environment = new Dictionary<string, string?>
        {
            ["TMPDIR"] = TempFolder, ["DOTNET_EnableDiagnostics"] = "0", ["Warehouse__Source__ReadTimeoutSeconds"] = "5",
        };
        foreach (var (name, value) in settings)
        {
            environment[name] = value;
        }
        return environment;
    }

    private async Task<ProcessResult> LoadAsync(params (string Name, string Value)[] settings)
    {
        var result = await WarehouseCli.RunAsync(_directory.Root, Environment(settings), TimeSpan.FromMinutes(2), "load", "--from", _api.BaseUrl.ToString(), "--dataset", DatasetId);
        Assert.Empty(Directory.EnumerateFileSystemEntries(TempFolder));
        return result;
    }

    private CliProcess StartLoad() => CliProcess.Start(_directory.Root, ["load", "--from", _api.BaseUrl.ToString(), "--dataset", DatasetId], Environment());

    private static byte[] Gzip(int zeros)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal))
        {
            var block = new byte[1024 * 1024];
            for (var i = 0; i < zeros / block.Length; i++)
            {
                gzip.Write(block);
            }
        }
        return compressed.ToArray();
    }
}
