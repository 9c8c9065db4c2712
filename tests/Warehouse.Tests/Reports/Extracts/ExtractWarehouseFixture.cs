using System.Globalization;
using Microsoft.Data.Sqlite;
using Warehouse.Core;
using Warehouse.Core.Engines;
using Warehouse.Core.Sql;
using Warehouse.Reports.Extracts;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Reports.Extracts;

/// <summary>The small synthetic sample loaded once into a SQLite warehouse, shared by the extract tests.</summary>
public sealed class ExtractWarehouseFixture : IAsyncLifetime
{
    public string Root { get; } = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"warehouse-extract-{Guid.NewGuid():N}")).FullName;

    public string SampleFolder => Path.Combine(Root, "sample");

    public string DatabasePath => Path.Combine(Root, "warehouse.db");

    /// <summary>No pooling, so a copied or deleted database file is not held open.</summary>
    public string ConnectionString => $"Data Source={DatabasePath};Pooling=False";

    public IWarehouseEngine Engine { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await SampleLoad.GenerateAsync(SampleFolder);
        Engine = await SampleLoad.LoadAsync(new WarehouseSettings(EngineKind.Sqlite, ConnectionString), SampleFolder);
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Root, recursive: true);
        return Task.CompletedTask;
    }

    /// <summary>Runs an extract into memory.</summary>
    public async Task<(ExtractResult Result, byte[] Bytes)> ExtractAsync(ExtractRequest request, int? maxRowsPerSheet = null)
    {
        var service = maxRowsPerSheet is { } max ? new ExtractService(Engine, max, TimeProvider.System) : new ExtractService(Engine);
        using var output = new MemoryStream();
        var result = await service.WriteAsync(request, output);
        return (result, output.ToArray());
    }

    /// <summary>A scalar from the warehouse, for comparing the extract with a direct query.</summary>
    public async Task<object?> ScalarAsync(string sql, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await Engine.OpenAsync();
        return await DbCommands.ScalarAsync(connection, sql, null, parameters);
    }

    public async Task<long> CountAsync(string sql, params (string Name, object? Value)[] parameters) =>
        Convert.ToInt64(await ScalarAsync(sql, parameters), CultureInfo.InvariantCulture);

    /// <summary>A copy of the warehouse file that a test may change.</summary>
    public string CopyDatabase()
    {
        var copy = Path.Combine(Root, $"copy-{Guid.NewGuid():N}.db");
        using (var connection = new SqliteConnection(ConnectionString))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "VACUUM INTO $path";
            command.Parameters.AddWithValue("$path", copy);
            command.ExecuteNonQuery();
        }
        return copy;
    }
}

[CollectionDefinition(Name)]
public sealed class ExtractWarehouseGroup : ICollectionFixture<ExtractWarehouseFixture>
{
    public const string Name = "Extract warehouse (small sample, SQLite)";
}
