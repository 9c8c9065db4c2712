using System.Text.RegularExpressions;

namespace Warehouse.Core.Security;

/// <summary>
/// The names accepted for a reader account: lower-case letters, digits, '_', '.', '-', starting with a letter or '_', at most
/// 63 characters (PostgreSQL's limit), and not a name PostgreSQL or the warehouse reserves. The name is still quoted as an
/// identifier wherever it is used.
/// </summary>
public static partial class ReaderNames
{
    public const string ReaderRole = "warehouse_reader";

    /// <returns>null when <paramref name="name"/> is acceptable, else one sentence saying why not.</returns>
    public static string? Problem(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "The reader needs a name: warehouse grant-reader NAME.";
        }
        if (!Pattern().IsMatch(name))
        {
            return $"\"{name}\" is not a reader name: use 1 to 63 lower-case letters, digits, '_', '.' or '-', starting with a letter or '_'.";
        }
        if (name.StartsWith("pg_", StringComparison.Ordinal) || name is "public" or "none" or "current_user" or "session_user" or "current_role")
        {
            return $"\"{name}\" is reserved by PostgreSQL: choose another reader name.";
        }
        if (name == ReaderRole)
        {
            return $"\"{ReaderRole}\" is the role readers belong to, not a reader: choose a person's or a tool's name.";
        }
        return null;
    }

    [GeneratedRegex("^[a-z_][a-z0-9_.-]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
