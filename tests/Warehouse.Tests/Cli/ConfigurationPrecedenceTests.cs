using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Cli;

/// <summary>Where the warehouse is: appsettings.json in the working directory, overridden by the environment, overridden by --connection.</summary>
[Trait("Category", "process")]
public sealed class ConfigurationPrecedenceTests
{
    private const string Appsettings = """{"Warehouse":{"Engine":"sqlite"},"ConnectionStrings":{"Warehouse":"Data Source=from-appsettings.db"}}""";
    private const string ConnectionVariable = "ConnectionStrings__Warehouse";
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task Status_UsesAppsettingsConnection_WhenNothingOverridesIt()
    {
        using var directory = WithAppsettings();

        var status = await StatusAsync(directory, new Dictionary<string, string?>());

        Assert.Equal("sqlite", status.Engine);
        Assert.Equal(directory.PathOf("from-appsettings.db"), status.Database);
    }

    [Fact]
    public async Task Status_UsesEnvironmentConnection_WhenEnvironmentOverridesAppsettings()
    {
        using var directory = WithAppsettings();
        var environment = new Dictionary<string, string?> { [ConnectionVariable] = "Data Source=from-environment.db" };

        var status = await StatusAsync(directory, environment);

        Assert.Equal("sqlite", status.Engine);
        Assert.Equal(directory.PathOf("from-environment.db"), status.Database);
    }

    [Fact]
    public async Task Status_UsesConnectionOption_WhenOptionOverridesEnvironmentAndAppsettings()
    {
        using var directory = WithAppsettings();
        var environment = new Dictionary<string, string?> { [ConnectionVariable] = "Data Source=from-environment.db" };

        var status = await StatusAsync(directory, environment, "--connection", "Data Source=from-option.db");

        Assert.Equal("sqlite", status.Engine);
        Assert.Equal(directory.PathOf("from-option.db"), status.Database);
    }

    private static TempWorkingDirectory WithAppsettings()
    {
        var directory = new TempWorkingDirectory();
        File.WriteAllText(directory.PathOf("appsettings.json"), Appsettings);
        return directory;
    }

    /// <summary>Runs `status`, which reads but never creates the database: the working directory keeps only appsettings.json.</summary>
    private static async Task<StatusReport> StatusAsync(TempWorkingDirectory directory, Dictionary<string, string?> environment, params string[] options)
    {
        var result = await WarehouseCli.RunAsync(directory.Root, environment, Timeout, ["status", .. options]);

        CliAssert.Succeeds(result);
        var status = StatusReport.Parse(result.StandardOutput);
        Assert.True(status.DatabaseMissing, $"Expected `status` to report a database that does not exist yet:\n{result.StandardOutput}");
        Assert.Equal(["appsettings.json"], directory.Entries());
        return status;
    }
}
