namespace Warehouse.Core;

/// <summary>
/// Named points of a load (and of a delivery) where a process-level test can kill it deterministically. Inert unless the environment variable
/// <see cref="Variable"/> names a point: then the load writes "paused at &lt;point&gt;" to stderr on reaching it and blocks
/// forever, so the test kills it exactly there instead of guessing with timers.
/// </summary>
public static class KillPoints
{
    public const string Variable = "WAREHOUSE_TEST_PAUSE_AT";

    public const string DownloadStarted = "download-started";
    public const string DownloadHalfway = "download-halfway";
    public const string HeaderParsed = "header-parsed";
    public const string RowsParsed = "rows-parsed";
    public const string FirstBatchStaged = "first-batch-staged";
    public const string StagingComplete = "staging-complete";
    public const string PublishStarted = "publish-started";
    public const string FactsReplaced = "facts-replaced";
    public const string BeforeCommit = "before-commit";
    public const string Committed = "committed";

    /// <summary>A delivery claimed for one recipient, not sent yet (the server killed while delivering).</summary>
    public const string DeliveryClaimed = "delivery-claimed";

    /// <summary>Rows parsed before <see cref="RowsParsed"/> is reached.</summary>
    public const long RowsParsedAfter = 1_000;

    private static readonly string? Armed = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } point ? point : null;

    /// <summary>The points of a load, in the order a load reaches them.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        DownloadStarted, DownloadHalfway, HeaderParsed, RowsParsed, FirstBatchStaged, StagingComplete, PublishStarted, FactsReplaced, BeforeCommit, Committed,
    ];

    /// <summary>Blocks forever when <paramref name="point"/> is the armed one; returns at once otherwise.</summary>
    public static void Reach(string point)
    {
        if (Armed is null || !string.Equals(Armed, point, StringComparison.Ordinal))
        {
            return;
        }
        Console.Error.WriteLine($"paused at {point}");
        Console.Error.Flush();
        Thread.Sleep(Timeout.Infinite);
    }
}
