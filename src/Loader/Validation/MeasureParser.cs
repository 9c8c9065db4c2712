using System.Buffers.Text;
using System.Globalization;
using Warehouse.Loader.Datasets;

namespace Warehouse.Loader.Validation;

/// <summary>
/// Parses a published measure from UTF-8 (docs/data-format.md §6): trims spaces, U+00A0 and U+202F; accepts '.' or ','
/// as the decimal separator; NS / NC / empty become NULL with a status. Anything else is an error, never a guess.
/// </summary>
public static class MeasureParser
{
    public const string Secret = "NS";
    public const string NotApplicable = "NC";
    public const string Empty = "EMPTY";

    public static bool TryParse(ReadOnlySpan<byte> field, MeasureKind kind, out long? whole, out double? real, out string? status, out string? error)
    {
        var text = Trim(field);
        whole = null;
        real = null;
        error = null;
        status = text.Length switch
        {
            0 => Empty,
            2 when text[0] == (byte)'N' && text[1] == (byte)'S' => Secret,
            2 when text[0] == (byte)'N' && text[1] == (byte)'C' => NotApplicable,
            _ => null,
        };
        if (status is not null)
        {
            return true;
        }
        if (kind == MeasureKind.WholeNumber)
        {
            if (Utf8Parser.TryParse(text, out long parsed, out var consumed) && consumed == text.Length)
            {
                whole = parsed;
                return true;
            }
            error = "not a whole number, NS, NC or empty";
            return false;
        }
        Span<byte> normalised = stackalloc byte[Math.Min(text.Length, 64)];
        if (text.Length > normalised.Length)
        {
            error = "not a number, NS, NC or empty";
            return false;
        }
        for (var i = 0; i < text.Length; i++)
        {
            normalised[i] = text[i] == (byte)',' ? (byte)'.' : text[i];
        }
        if (double.TryParse(normalised[..text.Length], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            && double.IsFinite(number))
        {
            real = number;
            return true;
        }
        error = "not a number, NS, NC or empty";
        return false;
    }

    private static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> field)
    {
        while (true)
        {
            var before = field.Length;
            field = TrimOne(field);
            if (field.Length == before)
            {
                return field;
            }
        }
    }

    private static ReadOnlySpan<byte> TrimOne(ReadOnlySpan<byte> s)
    {
        if (s.IsEmpty)
        {
            return s;
        }
        if (s[0] is (byte)' ' or (byte)'\t')
        {
            return s[1..];
        }
        if (s[^1] is (byte)' ' or (byte)'\t')
        {
            return s[..^1];
        }
        // U+00A0 is C2 A0, U+202F is E2 80 AF in UTF-8.
        if (s.StartsWith("\u00A0"u8) || s.StartsWith("\u202F"u8))
        {
            return s[(s[0] == 0xC2 ? 2 : 3)..];
        }
        if (s.EndsWith("\u00A0"u8))
        {
            return s[..^2];
        }
        return s.EndsWith("\u202F"u8) ? s[..^3] : s;
    }
}
