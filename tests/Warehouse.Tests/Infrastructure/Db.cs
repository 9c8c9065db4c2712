using System.Data.Common;
using System.Globalization;
using Warehouse.Core.Sql;

namespace Warehouse.Tests.Infrastructure;

/// <summary>Small query helpers for assertions: parameterised SQL through the production <see cref="DbCommands"/>, values normalised.</summary>
public static class Db
{
    public static async Task<IReadOnlyList<object?[]>> RowsAsync(DbConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        await using var command = DbCommands.Create(connection, sql, null, parameters);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }
            rows.Add(row);
        }
        return rows;
    }

    public static async Task<IReadOnlyList<object?[]>> RowsAsync(WarehouseTarget target, string sql, params (string Name, object? Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(target);
        await using var connection = await target.OpenAsync();
        return await RowsAsync(connection, sql, parameters);
    }

    public static async Task<object?> ScalarAsync(WarehouseTarget target, string sql, params (string Name, object? Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(target);
        await using var connection = await target.OpenAsync();
        return await DbCommands.ScalarAsync(connection, sql, null, parameters);
    }

    public static async Task<long> CountAsync(WarehouseTarget target, string sql, params (string Name, object? Value)[] parameters) =>
        Number(await ScalarAsync(target, sql, parameters)) ?? 0;

    public static long? Number(object? value) => value is null or DBNull ? null : Convert.ToInt64(value, CultureInfo.InvariantCulture);

    /// <summary>SQLite stores booleans as 0/1, PostgreSQL as boolean.</summary>
    public static bool? Flag(object? value) => value is null or DBNull ? null : Convert.ToBoolean(value, CultureInfo.InvariantCulture);

    public static string? Text(object? value) => value is null or DBNull ? null : Convert.ToString(value, CultureInfo.InvariantCulture);
}
