using System.Globalization;
using System.Security.Cryptography;
using Hangfire;
using Hangfire.Storage;

namespace Warehouse.Scheduler.Auth;

/// <summary>
/// The portal's sign-in sessions, kept server-side in Hangfire's storage (so instances sharing a warehouse share them and a
/// restart keeps them): a cookie is honoured only while its session exists and is younger than Warehouse:Auth:SessionLifetimeSeconds.
/// Signing out deletes the session, so a copied cookie is worthless afterwards.
/// </summary>
public sealed class SignInSessions(JobStorage storage, UserDirectory users, TimeProvider clock)
{
    public const string ClaimType = "warehouse:session";

    private const string UserField = "User";
    private const string ExpiresField = "ExpiresUtc";

    public string Start(string user)
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        // Absolute: the session ends this long after sign-in, however much it is used.
        var lifetime = users.Options.SessionLifetime;
        var expires = clock.GetUtcNow() + lifetime;
        using var connection = storage.GetConnection();
        using var transaction = connection.CreateWriteTransaction();
        transaction.SetRangeInHash(Key(id), [
            new(UserField, user),
            new(ExpiresField, expires.ToString("O", CultureInfo.InvariantCulture)),
        ]);
        if (transaction is JobStorageTransaction expiring)
        {
            expiring.ExpireHash(Key(id), lifetime);
        }
        transaction.Commit();
        return id;
    }

    public bool IsActive(string id, string user)
    {
        using var connection = storage.GetConnection();
        var entries = connection.GetAllEntriesFromHash(Key(id));
        return entries is not null
            && entries.TryGetValue(UserField, out var owner) && string.Equals(owner, user, StringComparison.Ordinal)
            && entries.TryGetValue(ExpiresField, out var expires)
            && DateTimeOffset.TryParse(expires, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
            && at > clock.GetUtcNow();
    }

    public void End(string id)
    {
        using var connection = storage.GetConnection();
        using var transaction = connection.CreateWriteTransaction();
        transaction.RemoveHash(Key(id));
        transaction.Commit();
    }

    private static string Key(string id) => "warehouse:session:" + id;
}
