using System.Globalization;
using System.Text;

namespace Warehouse.Core.Text;

/// <summary>
/// Text that came from outside (user names, file names, URLs) made safe for a log line or a terminal: control characters
/// (line breaks, escape codes) become visible escapes, so nobody can forge a log line or drive the terminal.
/// </summary>
public static class LogText
{
    public static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value) || !value.Any(IsControl))
        {
            return value ?? "";
        }
        var escaped = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            escaped.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when IsControl(c) => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }
        return escaped.ToString();
    }

    private static bool IsControl(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';
}

/// <summary>Outside text as a log argument: escaped (see <see cref="LogText"/>) only when the line is actually written.</summary>
public readonly record struct Untrusted(string? Value)
{
    public override string ToString() => LogText.Escape(Value);
}
