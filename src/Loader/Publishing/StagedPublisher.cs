using System.Data.Common;
using Warehouse.Core;
using Warehouse.Core.Sql;
using Warehouse.Loader.Datasets;
using Warehouse.Loader.Staging;

namespace Warehouse.Loader.Publishing;

/// <summary>
/// SQLite and SQL Server: the rows are staged, then db/transforms/publish_&lt;dataset&gt;.sql replaces the facts with them
/// (the fact's primary key refuses a repeated grain key). SQLite stages in a temporary table (<see cref="SqliteTempStaging"/>).
/// </summary>
internal sealed class StagedPublisher(DbConnection connection, SqlDialect dialect) : IFactPublisher
{
    public bool StagesRows => true;

    public async Task<StagingTable> PrepareAsync(DatasetDefinition dataset)
    {
        var staging = StagingTable.For(dataset);
        if (dialect.Engine == EngineKind.Sqlite)
        {
            await SqliteTempStaging.CreateAsync(connection, staging.Name);
        }
        else
        {
            await DbCommands.ExecuteAsync(connection, dialect.EmptyTable(staging.Name));
        }
        return staging;
    }

    public async Task<bool> ReplaceAsync(DatasetDefinition dataset, long loadFileId, DbTransaction transaction)
    {
        try
        {
            await DbCommands.ExecuteAsync(connection, SqlFiles.Read($"transforms/publish_{dataset.ShortName}.sql"), transaction, ("load_file_id", loadFileId));
            return true;
        }
        catch (DbException e) when (SqlDialect.IsUniqueViolation(e))
        {
            return false;
        }
    }

    public Task DiscardAsync(DatasetDefinition dataset) => dialect.Engine == EngineKind.Sqlite
        ? SqliteTempStaging.DropAsync(connection, dataset.StagingTable)
        : DbCommands.ExecuteAsync(connection, dialect.EmptyTable(dataset.StagingTable));
}
