using System.Net;
using Warehouse.Tests.Cli;
using Warehouse.Tests.Infrastructure;
using Warehouse.Tests.Server;

namespace Warehouse.Tests.Security;

/// <summary>
/// `serve` reads the appsettings.json beside the program (the README says so): its logging defaults keep ASP.NET's per-request
/// lines, which carry the full URL with any key put in the query string, out of the log.
/// </summary>
[Trait("Category", "process")]
public sealed class QuietRequestLogTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("Information")]
    public async Task AKeyInTheQueryString_IsRefused_AndNotLogged_WithTheShippedSettings(string? aspNetCoreLevel)
    {
        using var directory = new TempWorkingDirectory();
        var environment = ServerAccounts.Environment();
        // What a deployment has: Information by default, Microsoft.AspNetCore as shipped (Warning) or turned up.
        environment["Logging__LogLevel__Default"] = "Information";
        environment["Logging__LogLevel__Microsoft.AspNetCore"] = aspNetCoreLevel;
        await using var server = await ServerProcess.StartAsync(directory.Root, environment);
        using var client = server.Client();

        using var response = await client.GetAsync(new Uri("/api/loads?api_key=whk_secret-in-the-url-42", UriKind.Relative));
        await Task.Delay(500);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("whk_secret-in-the-url-42", server.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Request starting", server.Output, StringComparison.Ordinal);
        Assert.Contains("Warehouse server:", server.Output, StringComparison.Ordinal);
    }
}
