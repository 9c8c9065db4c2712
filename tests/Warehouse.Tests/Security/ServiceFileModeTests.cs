using System.Net;
using System.Net.Http.Json;
using Warehouse.Tests.Delivery;
using Warehouse.Tests.Infrastructure;
using Warehouse.Tests.Server;

namespace Warehouse.Tests.Security;

/// <summary>What `serve` creates for itself — the demo folder, the Hangfire SQLite file, the report history, a delivery folder and their files — is for the service user only.</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
[Trait("Category", "process")]
public sealed class ServiceFileModeTests
{
    private const UnixFileMode Private = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode PrivateFolder = Private | UnixFileMode.UserExecute;

    [Fact]
    public async Task TheServersOwnFilesAndFolders_Are0600And0700()
    {
        await using var server = await ServerProcess.StartDemoAsync(ServerAccounts.WithOperatorKey([]));
        using var http = server.Client(ServerAccounts.OperatorKey);
        using (var briefing = await http.GetAsync(new Uri("/api/reports/territory?code=2A&format=pdf", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, briefing.StatusCode);
        }
        using (var created = await http.PostAsJsonAsync("/api/subscriptions", DeliveryApiTests.Body("modes", "R94", "folder", "demo-outbox")))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }
        using (var run = await http.PostAsync(new Uri("/api/subscriptions/modes/run", UriKind.Relative), null))
        {
            Assert.Equal(HttpStatusCode.Accepted, run.StatusCode);
        }
        var outbox = Path.Combine(server.DemoDirectory, "outbox");
        await server.WaitForAsync(() => Task.FromResult(Directory.Exists(outbox) && Directory.EnumerateFiles(outbox, "*manual*").Any()), TimeSpan.FromSeconds(60), "the delivery in the outbox");

        var archive = Path.Combine(server.DemoDirectory, "archive");
        Assert.Equal(PrivateFolder, File.GetUnixFileMode(server.DemoDirectory));
        Assert.Equal(PrivateFolder, File.GetUnixFileMode(archive));
        Assert.Equal(PrivateFolder, File.GetUnixFileMode(outbox));
        Assert.Equal(Private, File.GetUnixFileMode(Path.Combine(server.DemoDirectory, "warehouse-demo.hangfire.db")));
        Assert.All(Directory.EnumerateFiles(archive, "*", SearchOption.AllDirectories).Concat(Directory.EnumerateFiles(outbox)),
            file => Assert.True(File.GetUnixFileMode(file) == Private, $"{file}: {File.GetUnixFileMode(file)}"));
        Assert.NotEmpty(Directory.EnumerateFiles(archive, "*", SearchOption.AllDirectories));
    }
}
