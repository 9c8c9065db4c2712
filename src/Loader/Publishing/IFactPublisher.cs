using System.Data.Common;
using Warehouse.Loader.Datasets;
using Warehouse.Loader.Staging;

namespace Warehouse.Loader.Publishing;

/// <summary>How a file's parsed rows become its dataset's facts on one engine.</summary>
internal interface IFactPublisher
{
    /// <summary>Whether the rows are in the staging table, where the duplicate check looks for repeated grain keys.</summary>
    bool StagesRows { get; }

    /// <summary>Where the parsed rows are bulk-written, made ready (empty) for this file.</summary>
    Task<StagingTable> PrepareAsync(DatasetDefinition dataset);

    /// <summary>Inside the publishing transaction: the facts become the file's rows; false when a grain key repeats.</summary>
    Task<bool> ReplaceAsync(DatasetDefinition dataset, long loadFileId, DbTransaction transaction);

    /// <summary>Gives the space of the file's rows back once it is published or refused.</summary>
    Task DiscardAsync(DatasetDefinition dataset);
}
