namespace Warehouse.Tests.Architecture;

/// <summary>The host's folders (Cli, Server, Web, Jobs, Auth, Health, Settings) depend on each other in one direction only.</summary>
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

    [Fact]
    public void SchedulerFolders_DependInTheOrderOfTheLayout()
    {
        var graph = SourceFolders.Dependencies("Scheduler", "Warehouse.Scheduler");

        // What the README's layout says: the command line starts everything, the server composes, the rest serve it.
        Assert.DoesNotContain("Cli", graph["Server"]);
        Assert.DoesNotContain("Cli", graph["Jobs"]);
        Assert.DoesNotContain("Server", graph["Jobs"]);
        Assert.DoesNotContain("Server", graph["Web"]);
        Assert.Empty(graph["Settings"]);
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
