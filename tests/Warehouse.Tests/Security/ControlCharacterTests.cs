using System.Net;
using Warehouse.Tests.Cli;
using Warehouse.Tests.Infrastructure;
using Warehouse.Tests.Server;
using Warehouse.Tests.Web;

namespace Warehouse.Tests.Security;

/// <summary>Line breaks and terminal escape codes in file names and user names reach the terminal and the log escaped, never raw.</summary>
[Trait("Category", "process")]
public sealed class ControlCharacterTests
{
    private const char Escape = '\u001b';

    [Fact]
    public async Task AFileNameWithALineBreakAndAnEscapeCode_IsPrintedEscaped()
    {
        using var directory = new TempWorkingDirectory();
        var drop = Directory.CreateDirectory(directory.PathOf("drop")).FullName;
        await File.WriteAllTextAsync(Path.Combine(drop, $"notes\n[00:00:00] forged{Escape}[2J.csv"), "titre;auteur\nRapport;Cnam\n");

        var result = await WarehouseCli.RunAsync(directory.Root, "load", "--from", drop);

        var output = result.StandardOutput + result.StandardError;
        Assert.Contains("notes\\n[00:00:00] forged\\u001b[2J.csv", output, StringComparison.Ordinal);
        Assert.DoesNotContain(Escape, output);
        Assert.DoesNotContain("\n[00:00:00] forged", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AUserNameWithALineBreak_IsLoggedEscaped()
    {
        using var directory = new TempWorkingDirectory();
        await using var server = await ServerProcess.StartAsync(directory.Root, ServerAccounts.Environment());
        using var portal = new PortalClient(server);

        using var signIn = await portal.SubmitAsync("/connexion", [new("UserName", $"mallory\nwarn: forged line{Escape}[31m"), new("Password", "x")]);
        await Task.Delay(500);

        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Contains("mallory\\nwarn: forged line\\u001b[31m", server.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(Escape, server.Output);
        Assert.DoesNotContain("\nwarn: forged line", server.Output, StringComparison.Ordinal);
    }
}
