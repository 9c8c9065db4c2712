using Warehouse.Core.Engines;
using Warehouse.Delivery.Reporting;
using Warehouse.Reports.Data;
using Warehouse.Scheduler.Health;

namespace Warehouse.Scheduler.Web;

/// <summary>How fresh the data is: the last load run, and the release (publication date, load time, licence) of each dataset.</summary>
public sealed record Freshness(LoadHealth? LastLoad, IReadOnlyList<DataRelease> Releases, string Summary)
{
    /// <summary>True when any live release was loaded from the synthetic sample: every page then says "Données synthétiques".</summary>
    public bool IsSynthetic => Releases.Any(r => r.IsSynthetic);
}

/// <summary>Reads <see cref="Freshness"/>: releases through the same SQL the reports stamp, the last load as /health reports it.</summary>
public sealed class FreshnessReader(IWarehouseEngine engine)
{
    public async Task<Freshness> ReadAsync(CancellationToken cancellationToken)
    {
        await using var connection = await engine.OpenAsync(cancellationToken);
        var releases = await new ReportQueries(connection).ReleasesAsync();
        return new Freshness(await LoadRuns.LastAsync(connection, engine.Kind, cancellationToken), releases, DataReleaseText.Summary(releases));
    }

    public async Task<bool> IsSyntheticAsync(CancellationToken cancellationToken)
    {
        await using var connection = await engine.OpenAsync(cancellationToken);
        return (await new ReportQueries(connection).ReleasesAsync()).Any(r => r.IsSynthetic);
    }
}
