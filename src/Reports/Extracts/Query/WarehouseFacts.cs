using System.Data.Common;
using System.Globalization;
using Warehouse.Core.Sql;
using Warehouse.Reports.Extracts.Catalog;

namespace Warehouse.Reports.Extracts.Query;

/// <summary>The years an extract can ask for: those loaded in its datasets.</summary>
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

}
