namespace Warehouse.Reports.Extracts.Writing;

/// <summary>Creates the writer of a format.</summary>
internal static class ExtractWriters
{
    public static async Task<IExtractWriter> CreateAsync(
        ExtractFormat format, Stream output, bool pack, bool synthetic, int maxRowsPerSheet, IReadOnlyDictionary<string, int> widthHints,
        CancellationToken cancellationToken) => format switch
    {
        ExtractFormat.Xlsx => await XlsxExtractWriter.CreateAsync(output, pack, synthetic, maxRowsPerSheet, widthHints, cancellationToken),
        ExtractFormat.Csv => await CsvExtractWriter.CreateAsync(output, pack, synthetic, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown extract format."),
    };
}
