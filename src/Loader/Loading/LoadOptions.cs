namespace Warehouse.Loader.Loading;

/// <summary>How a load run behaves: reload unchanged releases, which datasets, how long to wait for another load.</summary>
public sealed record LoadOptions
{
    public bool Force { get; init; }

    /// <summary>Dataset ids or short names to load; empty means all.</summary>
    public IReadOnlyList<string> Datasets { get; init; } = [];

    public TimeSpan LockTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
