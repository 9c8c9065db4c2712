using System.Globalization;
using System.Text;

namespace Warehouse.Loader.Validation;

/// <summary>Shows a value in a message: quoted, shortened, with invisible or unusual characters as code points.</summary>
public static class ValueText
{
    private const int MaxShown = 120;

    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder("\"");
        var shown = value.Length > MaxShown ? value[..MaxShown] : value;
        foreach (var rune in shown.EnumerateRunes())
        {
            if (Rune.IsControl(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.SpaceSeparator && rune.Value != ' '
                || rune.Value is 0xFFFD or 0x2019 or 0x2013 or 0x2014)
            {
                builder.Append(CultureInfo.InvariantCulture, $"<U+{rune.Value:X4}>");
            }
            else
            {
                builder.Append(rune.ToString());
            }
        }
        builder.Append('"');
        if (value.Length > MaxShown)
        {
            builder.Append(CultureInfo.InvariantCulture, $" (… {value.Length:N0} characters)");
        }
        return builder.ToString();
    }
}
