using System.Data.Common;

namespace Warehouse.Core.Sql;

/// <summary>Small helpers to run parameterised SQL on any engine's DbConnection.</summary>
public static class DbCommands
{
    public static DbCommand Create(DbConnection connection, string sql, DbTransaction? transaction = null, params (string Name, object? Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var command = connection.CreateCommand();
#pragma warning disable CA2100 // SQL text comes from the project's own SQL files and constants; values are always parameters.
        command.CommandText = sql;
#pragma warning restore CA2100
        command.Transaction = transaction;
        command.CommandTimeout = 0;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@" + name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    public static async Task<int> ExecuteAsync(DbConnection connection, string sql, DbTransaction? transaction = null, params (string Name, object? Value)[] parameters)
    {
        await using var command = Create(connection, sql, transaction, parameters);
        return await command.ExecuteNonQueryAsync();
    }

    /// <summary>Every row of the query, each turned into a <typeparamref name="T"/> by <paramref name="map"/>.</summary>
    public static async Task<List<T>> QueryAsync<T>(DbConnection connection, string sql, Func<DbDataReader, T> map, CancellationToken cancellationToken,
        params (string Name, object? Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(map);
        await using var command = Create(connection, sql, null, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(map(reader));
        }
        return rows;
    }

    public static async Task<object?> ScalarAsync(DbConnection connection, string sql, DbTransaction? transaction = null, params (string Name, object? Value)[] parameters)
    {
        await using var command = Create(connection, sql, transaction, parameters);
        var value = await command.ExecuteScalarAsync();
        return value is DBNull ? null : value;
    }
}
