using System.Data.Common;
using System.Globalization;
using Warehouse.Core;
using Warehouse.Core.Engines;
using Warehouse.Core.Sql;

namespace Warehouse.Delivery;

/// <summary>
/// The journal of deliveries in app_delivery, and the claim that makes each (subscription, occurrence, recipient) delivery happen
/// once across retries, restarts and server instances: the row is created 'pending' once (unique key), then a single
/// conditional UPDATE hands it to exactly one instance ('sending', with a lease); only that instance sends. A claim whose
/// lease ran out (the instance died mid-send) can be taken over. 'sent' is final.
/// </summary>
public sealed class DeliveryJournal(IWarehouseEngine engine)
{
    private const string Columns =
        "delivery_id, subscription_id, subscription_name, occurrence, recipient, channel, status, attempts, last_error, claimed_by, created_at, updated_at, sent_at";

    private static readonly string[] InsertColumns =
        ["subscription_id", "subscription_name", "occurrence", "recipient", "channel", "status", "attempts", "created_at", "updated_at"];

    private readonly SqlDialect _dialect = SqlDialect.For(engine.Kind);

    /// <summary>The log row of a delivery, created 'pending' by whichever instance gets there first.</summary>
    public async Task<DeliveryEntry> EnsureAsync(Subscription subscription, string occurrence, string recipient, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var now = _dialect.Timestamp(DateTimeOffset.UtcNow);
        await using (var connection = await engine.OpenAsync(cancellationToken))
        {
            try
            {
                await DbCommands.ExecuteAsync(connection, _dialect.InsertReturningId("app_delivery", "delivery_id", InsertColumns), null,
                    ("subscription_id", subscription.Id), ("subscription_name", subscription.Name), ("occurrence", occurrence), ("recipient", recipient),
                    ("channel", subscription.Channel), ("status", DeliveryStatus.Pending), ("attempts", 0), ("created_at", now), ("updated_at", now));
            }
            catch (DbException e) when (SqlDialect.IsUniqueViolation(e))
            {
                // Another attempt or instance created it: the claim decides who sends.
            }
        }
        return (await QueryAsync($"SELECT {Columns} FROM app_delivery WHERE subscription_id = @subscription AND occurrence = @occurrence AND recipient = @recipient",
            cancellationToken, ("subscription", subscription.Id), ("occurrence", occurrence), ("recipient", recipient))).Single();
    }

    /// <summary>
    /// Takes the delivery for this instance: true for exactly one caller among concurrent ones. Pending, retrying and failed
    /// (a failed job re-queued by hand) deliveries can be claimed, and a 'sending' one whose lease expired.
    /// </summary>
    public async Task<DeliveryEntry> FindAsync(long deliveryId, CancellationToken cancellationToken = default) =>
        (await QueryAsync($"SELECT {Columns} FROM app_delivery WHERE delivery_id = @id", cancellationToken, ("id", deliveryId))).Single();

    public async Task<bool> TryClaimAsync(long deliveryId, string instance, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        var now = DateTimeOffset.UtcNow;
        await using var connection = await engine.OpenAsync(cancellationToken);
        var claimed = await DbCommands.ExecuteAsync(connection,
            "UPDATE app_delivery SET status = 'sending', claimed_by = @instance, claimed_until = @until, attempts = attempts + 1, updated_at = @now "
            + "WHERE delivery_id = @id AND (status IN ('pending', 'retrying', 'failed') OR (status = 'sending' AND claimed_until < @now))", null,
            ("instance", instance), ("until", _dialect.Timestamp(now + lease)), ("now", _dialect.Timestamp(now)), ("id", deliveryId));
        return claimed == 1;
    }

    public Task MarkSentAsync(long deliveryId, CancellationToken cancellationToken = default)
    {
        var now = _dialect.Timestamp(DateTimeOffset.UtcNow);
        return UpdateAsync("UPDATE app_delivery SET status = 'sent', sent_at = @now, updated_at = @now, last_error = NULL, claimed_until = NULL WHERE delivery_id = @id",
            cancellationToken, ("now", now), ("id", deliveryId));
    }

    /// <summary>Records why a send failed: 'retrying' while the job has attempts left, 'failed' after the last one.</summary>
    public Task MarkFailedAttemptAsync(long deliveryId, string error, bool final, CancellationToken cancellationToken = default) =>
        UpdateAsync("UPDATE app_delivery SET status = @status, last_error = @error, updated_at = @now, claimed_until = NULL WHERE delivery_id = @id AND status = 'sending'",
            cancellationToken, ("status", final ? DeliveryStatus.Failed : DeliveryStatus.Retrying), ("error", error),
            ("now", _dialect.Timestamp(DateTimeOffset.UtcNow)), ("id", deliveryId));

    /// <summary>The newest first.</summary>
    public Task<List<DeliveryEntry>> ListAsync(DeliveryQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (sql, parameters) = _dialect.NewestRows(Columns, "app_delivery", "delivery_id", Math.Clamp(query.Limit, 1, 1000),
            ("subscription_name", query.Subscription), ("status", query.Status), ("occurrence", query.Occurrence));
        return QueryAsync(sql, cancellationToken, parameters);
    }

    private async Task UpdateAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await engine.OpenAsync(cancellationToken);
        await DbCommands.ExecuteAsync(connection, sql, null, parameters);
    }

    private async Task<List<DeliveryEntry>> QueryAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await engine.OpenAsync(cancellationToken);
        return await DbCommands.QueryAsync(connection, sql, reader => new DeliveryEntry(
            reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5), reader.GetString(6),
            Convert.ToInt32(reader.GetValue(7), CultureInfo.InvariantCulture), reader.IsDBNull(8) ? null : reader.GetString(8),
            reader.IsDBNull(9) ? null : reader.GetString(9), DbValues.Timestamp(reader.GetValue(10))!, DbValues.Timestamp(reader.GetValue(11))!,
            DbValues.Timestamp(reader.GetValue(12))), cancellationToken, parameters);
    }
}
