namespace Warehouse.Loader.Loading;

/// <summary>A local CSV to load and what is known about where it came from.</summary>
public sealed record LoadSourceFile(string Path, string SourceKind, string Source)
{
    public Datasets.DatasetDefinition? Dataset { get; init; }

    public DateTimeOffset? SourceModified { get; init; }

    public DateTimeOffset? SourceDataProcessed { get; init; }

    public long? SourceRecordsCount { get; init; }

    public string? License { get; init; }

    /// <summary>Files written by `warehouse sample` sit beside the synthetic-data marker.</summary>
    public bool IsSynthetic => SyntheticData.IsMarked(Path);
}
