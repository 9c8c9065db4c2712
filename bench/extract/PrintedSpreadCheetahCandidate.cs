using Warehouse.Reports.Extracts.Writing;

namespace Warehouse.Bench.Extract;

/// <summary>The extract's writer as it runs: SpreadCheetah into a private temporary file, then <see cref="XlsxPrintSetup"/>'s second pass.</summary>
internal static class PrintedSpreadCheetahCandidate
{
    public static async Task WriteAsync(Stream output, int rows)
    {
        await using var unprinted = PrivateTempFile.Create();
        await SpreadCheetahCandidate.WriteAsync(unprinted, rows);
        unprinted.Position = 0;
        await XlsxPrintSetup.CopyAsync(unprinted, output, [new SheetPrint(1, 1)], CancellationToken.None);
    }
}
