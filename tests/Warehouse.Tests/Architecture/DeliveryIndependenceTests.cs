using Warehouse.Delivery;

namespace Warehouse.Tests.Architecture;

/// <summary>Warehouse.Delivery knows nothing of ASP.NET Core or Hangfire: the host schedules its jobs and maps its endpoints.</summary>
[Trait("Category", "unit")]
public sealed class DeliveryIndependenceTests
{
    private static readonly string[] HostOnly = ["Microsoft.AspNetCore", "Hangfire"];

    [Fact]
    public void DeliverySources_NameNeitherAspNetCoreNorHangfire()
    {
        var offending = SourceFolders.SourceFiles("Delivery")
            .Where(file => File.ReadLines(file).Where(IsCode).Any(line => HostOnly.Any(name => line.Contains(name, StringComparison.Ordinal))))
            .Select(file => Path.GetRelativePath(SourceFolders.ProjectDirectory("Delivery"), file))
            .ToList();

        Assert.Empty(offending);
    }

    [Fact]
    public void DeliveryProject_ReferencesNeitherAspNetCoreNorHangfire()
    {
        var project = File.ReadAllText(Path.Combine(SourceFolders.ProjectDirectory("Delivery"), "Warehouse.Delivery.csproj"));

        Assert.DoesNotContain("FrameworkReference", project, StringComparison.Ordinal);
        Assert.DoesNotContain("Warehouse.Scheduler", project, StringComparison.Ordinal);
        Assert.All(HostOnly, name => Assert.DoesNotContain($"Include=\"{name}", project, StringComparison.Ordinal));
    }

    [Fact]
    public void DeliveryAssembly_LoadsNeitherAspNetCoreNorHangfire()
    {
        var references = typeof(SubscriptionDelivery).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "").ToList();

        Assert.Contains("Warehouse.Reports", references);
        Assert.DoesNotContain(references, name => HostOnly.Any(host => name.StartsWith(host, StringComparison.Ordinal)) || name == "warehouse");
    }

    /// <summary>Comments may say what the host does with a type ("the Hangfire job"); code may not use it.</summary>
    private static bool IsCode(string line) => !line.TrimStart().StartsWith("//", StringComparison.Ordinal);
}
