using System.Net.Http.Headers;
using System.Text;
using Warehouse.Scheduler.Server.Auth;

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

    public static AuthenticationHeaderValue Basic(string user, string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));

    public static AuthenticationHeaderValue AsReader => Basic(Reader, ReaderPassword);

    public static AuthenticationHeaderValue AsOperator => Basic(Operator, OperatorPassword);
}
