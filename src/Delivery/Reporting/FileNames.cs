using System.Globalization;
using System.Text;

namespace Warehouse.Delivery.Reporting;

/// <summary>Download names made from canonical labels: ASCII letters, digits and dashes only.</summary>
public static class FileNames
{
    public static string Slug(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var text = new StringBuilder();
        foreach (var c in label.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            text.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }
        var slug = string.Join('-', text.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        return slug.Length > 60 ? slug[..60].TrimEnd('-') : slug;
    }
}
