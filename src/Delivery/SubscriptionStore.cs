using System.Data.Common;
using System.Globalization;
using Warehouse.Core;
using Warehouse.Core.Engines;
using Warehouse.Core.Sql;
using Warehouse.Delivery.Reporting;

namespace Warehouse.Delivery;

/// <summary>Subscriptions in app_subscription and app_subscription_recipient: added (validated), listed, found, removed.</summary>
public sealed class SubscriptionStore(IWarehouseEngine engine, DeliveryOptions options)
{
    private const string Columns = "subscription_id, name, report, parameters, formats, schedule_cron, time_zone, after_load, channel, created_at, created_by";

    private static readonly string[] InsertColumns =
        ["name", "report", "parameters", "formats", "schedule_cron", "time_zone", "after_load", "channel", "created_at", "created_by"];

    /// <summary>Validates the request (against the warehouse too) and stores it; a name already taken is a user error.</summary>
    public async Task<Subscription> AddAsync(SubscriptionRequest request, string? createdBy, CancellationToken cancellationToken = default)
    {
        var subscription = await SubscriptionValidator.ValidateAsync(request, engine, options, cancellationToken);
        var dialect = SqlDialect.For(engine.Kind);
        await using var connection = await engine.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        long id;
        try
        {
            id = Convert.ToInt64(await DbCommands.ScalarAsync(connection, dialect.InsertReturningId("app_subscription", "subscription_id", InsertColumns), transaction,
                ("name", subscription.Name), ("report", subscription.Report), ("parameters", new ReportOrder(subscription.Report, subscription.Parameters, "pdf").ParametersJson()),
                ("formats", string.Join(',', subscription.Formats)), ("schedule_cron", subscription.Cron), ("time_zone", subscription.TimeZone),
                ("after_load", dialect.Boolean(subscription.AfterLoad)), ("channel", subscription.Channel),
                ("created_at", dialect.Timestamp(DateTimeOffset.UtcNow)), ("created_by", createdBy)), CultureInfo.InvariantCulture);
        }
        catch (DbException e) when (SqlDialect.IsUniqueViolation(e))
        {
            throw new WarehouseException($"A subscription named \"{subscription.Name}\" already exists: remove it first, or choose another name.", isUserError: true, e);
        }
        foreach (var recipient in subscription.Recipients)
        {
            await DbCommands.ExecuteAsync(connection, "INSERT INTO app_subscription_recipient (subscription_id, recipient) VALUES (@id, @recipient)", transaction,
                ("id", id), ("recipient", recipient));
        }
        await transaction.CommitAsync(cancellationToken);
        return (await FindAsync(id, cancellationToken))!;
    }

    public async Task<List<Subscription>> ListAsync(CancellationToken cancellationToken = default) =>
        await QueryAsync($"SELECT {Columns} FROM app_subscription ORDER BY name", cancellationToken);

    public async Task<Subscription?> FindAsync(long id, CancellationToken cancellationToken = default) =>
        (await QueryAsync($"SELECT {Columns} FROM app_subscription WHERE subscription_id = @id", cancellationToken, ("id", id))).SingleOrDefault();

    public async Task<Subscription?> FindAsync(string name, CancellationToken cancellationToken = default) =>
        (await QueryAsync($"SELECT {Columns} FROM app_subscription WHERE name = @name", cancellationToken, ("name", name?.Trim()))).SingleOrDefault();

    /// <summary>Removes a subscription and its recipients; its delivery journal and archived files stay (they are history).</summary>
    public async Task<bool> RemoveAsync(string name, CancellationToken cancellationToken = default)
    {
        var subscription = await FindAsync(name, cancellationToken);
        if (subscription is null)
        {
            return false;
        }
        await using var connection = await engine.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await DbCommands.ExecuteAsync(connection, "DELETE FROM app_subscription_recipient WHERE subscription_id = @id", transaction, ("id", subscription.Id));
        var removed = await DbCommands.ExecuteAsync(connection, "DELETE FROM app_subscription WHERE subscription_id = @id", transaction, ("id", subscription.Id));
        await transaction.CommitAsync(cancellationToken);
        return removed == 1;
    }

    private async Task<List<Subscription>> QueryAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await engine.OpenAsync(cancellationToken);
        var rows = await DbCommands.QueryAsync(connection, sql, reader => new Subscription(
            reader.GetInt64(0), reader.GetString(1), reader.GetString(2),
            new SortedDictionary<string, string>(ReportOrder.ParseParametersJson(reader.GetString(3)).Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value!), StringComparer.Ordinal),
            reader.GetString(4).Split(',', StringSplitOptions.RemoveEmptyEntries), reader.IsDBNull(5) ? null : reader.GetString(5),
            reader.IsDBNull(6) ? null : reader.GetString(6), Convert.ToBoolean(reader.GetValue(7), CultureInfo.InvariantCulture),
            reader.GetString(8), [], DbValues.Timestamp(reader.GetValue(9))!, reader.IsDBNull(10) ? null : reader.GetString(10)), cancellationToken, parameters);
        if (rows.Count == 0)
        {
            return rows;
        }
        var recipients = (await DbCommands.QueryAsync(connection, "SELECT subscription_id, recipient FROM app_subscription_recipient ORDER BY subscription_id, recipient",
                reader => (Id: reader.GetInt64(0), Recipient: reader.GetString(1)), cancellationToken))
            .ToLookup(r => r.Id, r => r.Recipient);
        return rows.Select(s => s with { Recipients = [.. recipients[s.Id]] }).ToList();
    }
}
