using System.Globalization;
using System.Text;

namespace Warehouse.Reports.Extracts.Selection;

/// <summary>A comparison form of a label: lower case, no accents, apostrophes, dashes and runs of spaces as one space.</summary>
internal static class TextKey
{
    public static string Of(string text)
    {
        var decomposed = text.Trim().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsWhiteSpace(c) || c is '-' or '–' or '\'' or '’' or '_')
            {
                space = builder.Length > 0;
                continue;
            }
            if (space)
            {
                builder.Append(' ');
                space = false;
            }
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }
}
