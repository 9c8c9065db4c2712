using Warehouse.Reports.Extracts.Catalog;

namespace Warehouse.Reports.Extracts.Writing;

/// <summary>Writes an extract as it streams from the database: datasets one after another, rows one at a time, then the metadata.</summary>
internal interface IExtractWriter : IAsyncDisposable
{
    /// <summary>A table as a briefing prints it, before the first dataset.</summary>
    Task WritePrintedAsync(PrintedTable table, CancellationToken cancellationToken);

    Task BeginDatasetAsync(ExtractDataset dataset, CancellationToken cancellationToken);

    /// <summary>One row, in the dataset's column order; the array is reused by the caller after the call.</summary>
    ValueTask WriteRowAsync(object?[] values, CancellationToken cancellationToken);

    /// <summary>Ends the dataset; returns the sheets or files it was written to.</summary>
    Task<IReadOnlyList<string>> EndDatasetAsync(CancellationToken cancellationToken);

    Task FinishAsync(ExtractAbout about, CancellationToken cancellationToken);
}
