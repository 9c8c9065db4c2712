using System.Globalization;
using CsvHelper;

namespace Warehouse.Reports.Extracts.Writing;

/// <summary>
/// CSV as a French Excel opens it by double-click: ";" separator, UTF-8 with BOM, decimal comma, CRLF, RFC 4180 quoting,
/// and text that could run as a formula escaped with ' (CsvHelper's injection handling).
/// </summary>
internal static class FrenchCsv
{
    /// <summary>Decimal comma, no thousands separator (so Excel reads the number back), independent of the machine's ICU data.</summary>
    public static NumberFormatInfo Numbers { get; } = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "", NegativeSign = "-" };

    public static CsvWriterOptions Options { get; } = new()
    {
        Separator = ';',
        WriteByteOrderMark = true,
        NewLine = "\r\n",
        Injection = CsvInjection.Escape,
        FormatProvider = Numbers,
    };

    public static CsvWriter Create(Stream output) => CsvWriter.Create(output, Options, leaveOpen: true);

    /// <summary>Writes one cell value: text as text, numbers with a decimal comma and every significant digit, null as an empty field.</summary>
    public static void WriteValue(CsvWriter writer, object? value)
    {
        switch (value)
        {
            case long whole:
                writer.WriteField(whole, "0");
                break;
            case double number:
                writer.WriteField(number, "0.############");
                break;
            case null:
                writer.WriteField((string?)null);
                break;
            default:
                writer.WriteField(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }
}
