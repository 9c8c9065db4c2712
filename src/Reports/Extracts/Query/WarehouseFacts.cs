using System.Data.Common;
using System.Globalization;
using Warehouse.Core;
using Warehouse.Core.Sql;
using Warehouse.Reports.Extracts.Catalog;

namespace Warehouse.Reports.Extracts.Query;

/// <summary>One dataset's live release, as stamped on the "À propos" sheet.</summary>
internal sealed record DatasetRelease(
    string DatasetId, string Title, string? DataProcessed, string? Sha256, string? License, bool IsSynthetic, string? LoadedAt)
{
    /// <summary>The publisher's processing date when known, else the file's SHA-256.</summary>
    public string Version => DataProcessed ?? (Sha256 is null ? "inconnue" : "sha256:" + Sha256);
}

/// <summary>Reads what an extract states about the warehouse: loaded years, releases, schema version.</summary>
internal static class WarehouseFacts
{
    public static async Task<IReadOnlyList<int>> LoadedYearsAsync(DbConnection connection, IEnumerable<ExtractDataset> datasets, CancellationToken cancellationToken)
    {
        var years = new SortedSet<int>();
        foreach (var dataset in datasets)
        {
            var query = ExtractQuery.LoadedYears(dataset);
            await using var command = DbCommands.Create(connection, query.Sql, null, query.Parameters);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                years.Add(Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture));
            }
        }
        return [.. years];
    }

    public static async Task<IReadOnlyDictionary<string, DatasetRelease>> ReleasesAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var releases = new Dictionary<string, DatasetRelease>(StringComparer.Ordinal);
        await using var command = DbCommands.Create(connection, SqlFiles.Read("reports/extract_releases.sql"));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetString(0);
            releases[id] = new DatasetRelease(
                id,
                reader.GetString(1),
                Timestamp(reader, 2),
                NullableText(reader, 3),
                NullableText(reader, 4),
                !reader.IsDBNull(5) && Convert.ToBoolean(reader.GetValue(5), CultureInfo.InvariantCulture),
                Timestamp(reader, 6));
        }
        return releases;
    }

    public static async Task<string> SchemaVersionAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = DbCommands.Create(connection, SqlFiles.Read("reports/extract_schema_version.sql"));
        var name = Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        return string.IsNullOrEmpty(name) ? "inconnue" : Path.GetFileNameWithoutExtension(name);
    }

    private static string? NullableText(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : Convert.ToString(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    private static string? Timestamp(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : DbValues.Timestamp(reader.GetValue(ordinal));
}
