using System.Net.Http.Headers;
using System.Text;
using Warehouse.Scheduler.Auth;

namespace Warehouse.Tests.Server;

/// <summary>A reader and an operator configured the way an agency does it: hashed passwords in the environment.</summary>
internal static class ServerAccounts
{
    public const string Reader = "rita";
    public const string ReaderPassword = "reader-password-1";
    public const string Operator = "otto";
    public const string OperatorPassword = "operator-password-1";

    public static Dictionary<string, string?> Environment() => new()
    {
        ["Warehouse__Auth__Users__0__Name"] = Reader,
        ["Warehouse__Auth__Users__0__PasswordHash"] = Credentials.HashPassword(ReaderPassword),
        ["Warehouse__Auth__Users__0__Role"] = Roles.Reader,
        ["Warehouse__Auth__Users__1__Name"] = Operator,
        ["Warehouse__Auth__Users__1__PasswordHash"] = Credentials.HashPassword(OperatorPassword),
        ["Warehouse__Auth__Users__1__Role"] = Roles.Operator,
    };

    /// <summary>An operator's script key: anonymous loopback requests may read, but writes need a key or a page's token.</summary>
    public const string OperatorKey = "whk_test-operator-script-key";

    /// <summary>Adds <see cref="OperatorKey"/> as the API key at <paramref name="index"/> of <paramref name="environment"/>.</summary>
    public static Dictionary<string, string?> WithOperatorKey(Dictionary<string, string?> environment, int index = 0)
    {
        ArgumentNullException.ThrowIfNull(environment);
        environment[$"Warehouse__Auth__ApiKeys__{index}__Name"] = "operator-script";
        environment[$"Warehouse__Auth__ApiKeys__{index}__KeyHash"] = Credentials.HashApiKey(OperatorKey);
        environment[$"Warehouse__Auth__ApiKeys__{index}__Role"] = Roles.Operator;
        return environment;
    }

    public static AuthenticationHeaderValue Basic(string user, string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));

    public static AuthenticationHeaderValue AsReader => Basic(Reader, ReaderPassword);

    public static AuthenticationHeaderValue AsOperator => Basic(Operator, OperatorPassword);
}
