namespace Warehouse.Core.Security;

/// <summary>What a reader's password must be: at least 8 characters, no control or invisible formatting characters.</summary>
public static class ReaderPasswords
{
    public const int MinimumLength = 8;

    /// <summary>The environment variable a reader's password is read from (never from the command line).</summary>
    public const string EnvironmentVariable = "WAREHOUSE_READER_PASSWORD";

    /// <returns>null when the password is acceptable, else one sentence saying why not (never the password).</returns>
    public static string? Problem(string? password)
    {
        if (string.IsNullOrEmpty(password) || password.Length < MinimumLength)
        {
            return $"The reader's password must have at least {MinimumLength} characters.";
        }
        if (password.Any(c => char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format))
        {
            return "The reader's password holds a control or invisible character: use printable characters only.";
        }
        return null;
    }
}
