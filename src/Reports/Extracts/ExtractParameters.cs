using System.Globalization;
using Warehouse.Core;
using Warehouse.Reports.Extracts.Catalog;

namespace Warehouse.Reports.Extracts;

/// <summary>
/// Parses the text forms of an extract's parameters, as typed on the command line or sent to the HTTP API. Bad text is a
/// <see cref="WarehouseException"/> with <c>IsUserError</c> set; whether a value exists in the warehouse is checked later by
/// <see cref="ExtractService"/>.
/// </summary>
public static class ExtractParameters
{
    /// <summary>The widest year range accepted (a typo such as 2019-20244 would otherwise expand to 18 000 years).</summary>
    public const int MaxYearSpan = 100;

    private static readonly char[] ListSeparators = [',', ';'];
    private static readonly char[] RangeSeparators = ['-', '–', '—'];

    /// <summary>The datasets' short names, in catalogue order.</summary>
    public static IReadOnlyList<string> DatasetNames { get; } = ExtractCatalog.All.Select(d => d.ShortName).ToList();

    /// <summary>Whether a dataset short name or data.ameli id is known.</summary>
    public static bool IsDataset(string idOrShortName) => ExtractCatalog.Find(idOrShortName ?? string.Empty) is not null;

    /// <summary>"2019-2024", "2019,2021", "2015, 2019-2024" or a single year; null or blank means every year (an empty list).</summary>
    public static IReadOnlyList<int> ParseYears(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }
        var years = new SortedSet<int>();
        foreach (var part in text.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var bounds = part.Split(RangeSeparators, StringSplitOptions.TrimEntries);
            if (bounds.Length is < 1 or > 2 || !bounds.All(IsYear))
            {
                throw BadYears(text, $"'{part}' is not a year or a range of years");
            }
            var first = int.Parse(bounds[0], CultureInfo.InvariantCulture);
            var last = int.Parse(bounds[^1], CultureInfo.InvariantCulture);
            if (last < first)
            {
                throw BadYears(text, $"the range '{part}' ends before it starts (write {last}-{first})");
            }
            if (last - first >= MaxYearSpan)
            {
                throw BadYears(text, $"the range '{part}' spans more than {MaxYearSpan} years");
            }
            for (var year = first; year <= last; year++)
            {
                years.Add(year);
            }
        }
        return years.Count == 0 ? throw BadYears(text, "no year given") : [.. years];
    }

    /// <summary>Splits values that may each hold a comma- or semicolon-separated list; trims, drops blanks and repeats.</summary>
    public static IReadOnlyList<string> ParseList(IEnumerable<string?>? values)
    {
        if (values is null)
        {
            return [];
        }
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var list = new List<string>();
        foreach (var value in values)
        {
            foreach (var item in (value ?? string.Empty).Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (seen.Add(item))
                {
                    list.Add(item);
                }
            }
        }
        return list;
    }

    /// <summary>"xlsx" or "csv" (case-insensitive).</summary>
    public static ExtractFormat ParseFormat(string text) => text?.Trim().ToUpperInvariant() switch
    {
        "XLSX" => ExtractFormat.Xlsx,
        "CSV" => ExtractFormat.Csv,
        _ => throw new WarehouseException($"Unknown format '{text}': use xlsx or csv.", isUserError: true),
    };

    /// <summary>The format a file name implies: .xlsx → XLSX; .csv or .zip (a pack of CSV files) → CSV; anything else → null.</summary>
    public static ExtractFormat? FormatFromFileName(string fileName) => Path.GetExtension(fileName ?? string.Empty).ToUpperInvariant() switch
    {
        ".XLSX" => ExtractFormat.Xlsx,
        ".CSV" or ".ZIP" => ExtractFormat.Csv,
        _ => null,
    };

    /// <summary>The file extension of an extract: ".xlsx", ".csv", or ".zip" for a CSV pack.</summary>
    public static string FileExtension(ExtractFormat format, bool pack) => format switch
    {
        ExtractFormat.Xlsx => ".xlsx",
        _ => pack ? ".zip" : ".csv",
    };

    /// <summary>The media type of an extract.</summary>
    public static string ContentType(ExtractFormat format, bool pack) => format switch
    {
        ExtractFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => pack ? "application/zip" : "text/csv; charset=utf-8",
    };

    private static bool IsYear(string text) =>
        text.Length == 4 && text.All(char.IsAsciiDigit);

    private static WarehouseException BadYears(string text, string reason) =>
        new($"Years '{text}' are not valid: {reason}. Use a year (2021), a range (2019-2024) or a list (2019,2021,2023).", isUserError: true);
}
