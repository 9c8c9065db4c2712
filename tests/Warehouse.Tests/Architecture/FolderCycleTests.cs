using System.Text.RegularExpressions;

namespace Warehouse.Tests.Architecture;

/// <summary>The host's folders (Cli, Server, Web, Health, Jobs, Auth, Settings) depend on each other in one direction only.</summary>
[Trait("Category", "unit")]
public sealed class FolderCycleTests
{
    [Fact]
    public void SchedulerFolders_HaveNoCycle()
    {
        var graph = SourceFolders.Dependencies("Scheduler", "Warehouse.Scheduler");

        Assert.Contains("Cli", graph.Keys);
        Assert.Null(SourceFolders.FindCycle(graph));
    }

    /// <summary>The README's layout: each folder uses only the folders after it.</summary>
    private static readonly string[] LayoutOrder = [SourceFolders.Root, "Cli", "Server", "Web", "Health", "Jobs", "Auth", "Settings"];

    [Fact]
    public void SchedulerFolders_UseOnlyTheFoldersAfterThemInTheLayout()
    {
        var graph = SourceFolders.Dependencies("Scheduler", "Warehouse.Scheduler");

        Assert.Equal(LayoutOrder.Order(StringComparer.Ordinal), graph.Keys.Order(StringComparer.Ordinal));
        var backwards = LayoutOrder
            .SelectMany((folder, index) => graph[folder].Where(used => Array.IndexOf(LayoutOrder, used) <= index).Select(used => $"{folder} → {used}"))
            .ToList();
        Assert.Empty(backwards);
    }

    [Fact]
    public void DeliveryReporting_UsesNothingOfTheDeliveryAroundIt()
    {
        var graph = SourceFolders.Dependencies("Delivery", "Warehouse.Delivery");

        Assert.Contains("Reporting", graph[SourceFolders.Root]);
        Assert.Empty(graph["Reporting"]);
        // Types of the enclosing namespace need no using: Reporting's sources must not name them either.
        var directory = SourceFolders.ProjectDirectory("Delivery");
        var rootTypes = Directory.EnumerateFiles(directory, "*.cs")
            .SelectMany(file => Regex.Matches(File.ReadAllText(file), @"\b(?:class|record|struct|interface|enum) (\w+)").Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);
        var named = Directory.EnumerateFiles(Path.Combine(directory, "Reporting"), "*.cs")
            .SelectMany(file => Regex.Matches(File.ReadAllText(file), @"\b[A-Z]\w*").Select(m => m.Value))
            .Where(rootTypes.Contains)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(rootTypes);
        Assert.Empty(named);
    }

    [Fact]
    public void FindCycle_NamesTheCycle_WhenThereIsOne()
    {
        var graph = new Dictionary<string, SortedSet<string>>
        {
            ["Cli"] = ["Server"],
            ["Server"] = ["Jobs"],
            ["Jobs"] = ["Cli"],
            ["Web"] = [],
        };

        Assert.Equal("Cli → Server → Jobs → Cli", SourceFolders.FindCycle(graph));
    }
}
