using Warehouse.Scheduler.Auth;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Web;

/// <summary>
/// One demo server for the API and portal tests, as a real deployment would run it: no anonymous loopback role, two
/// configured users (a reader and an operator, password hashes in the environment) and a reader and an operator API key.
/// </summary>
public sealed class WebServerFixture : IAsyncLifetime
{
    public const string ReaderName = "lea";
    public const string ReaderPassword = "lecture-seule-2024";
    public const string OperatorName = "omar";
    public const string OperatorPassword = "exploitation-2024";
    public const string ReaderKey = "whk_test-reader-key-0123456789";
    public const string OperatorKey = "whk_test-operator-key-9876543210";
    public const string ReaderKeyName = "tableur-ars";

    internal ServerProcess Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await ServerProcess.StartDemoAsync(new Dictionary<string, string?>
    {
        // Set and empty: the demo's default (anonymous loopback = operator) is switched off.
        ["Warehouse__Auth__AnonymousLoopbackRole"] = "",
        ["Warehouse__Auth__Users__0__Name"] = ReaderName,
        ["Warehouse__Auth__Users__0__PasswordHash"] = Credentials.HashPassword(ReaderPassword),
        ["Warehouse__Auth__Users__0__Role"] = Roles.Reader,
        ["Warehouse__Auth__Users__1__Name"] = OperatorName,
        ["Warehouse__Auth__Users__1__PasswordHash"] = Credentials.HashPassword(OperatorPassword),
        ["Warehouse__Auth__Users__1__Role"] = Roles.Operator,
        ["Warehouse__Auth__ApiKeys__0__Name"] = ReaderKeyName,
        ["Warehouse__Auth__ApiKeys__0__KeyHash"] = Credentials.HashApiKey(ReaderKey),
        ["Warehouse__Auth__ApiKeys__0__Role"] = Roles.Reader,
        ["Warehouse__Auth__ApiKeys__1__Name"] = "exploitation",
        ["Warehouse__Auth__ApiKeys__1__KeyHash"] = Credentials.HashApiKey(OperatorKey),
        ["Warehouse__Auth__ApiKeys__1__Role"] = Roles.Operator,
    });

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class WebServerGroup : ICollectionFixture<WebServerFixture>
{
    public const string Name = "Web server (demo, users and API keys)";
}
