using SpreadCheetah;
using SpreadCheetah.Worksheets;

namespace Warehouse.Reports.Extracts.Writing;

/// <summary>Starts the sheets of an extract workbook the same way: column widths, frozen rows, and the synthetic banner in row 1 when it applies.</summary>
internal sealed class XlsxSheets(Spreadsheet spreadsheet, bool synthetic)
{
    public Spreadsheet Spreadsheet { get; } = spreadsheet;

    public XlsxStyles Styles { get; } = new(spreadsheet);

    public bool Synthetic { get; } = synthetic;

    /// <summary>For each sheet started, in order, how it prints: its frozen rows repeated on every page, its width in pages.</summary>
    public List<SheetPrint> Prints { get; } = [];

    /// <summary>The row of column headers: 1, or 2 below the synthetic banner.</summary>
    public int HeaderRow => Synthetic ? 2 : 1;

    /// <param name="name">The sheet name.</param>
    /// <param name="widths">Widths of the first columns, in characters.</param>
    /// <param name="frozenRows">Rows that stay in view when scrolling and repeat on every printed page (the header row, banner included).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public async Task StartAsync(string name, IReadOnlyList<double> widths, int frozenRows, CancellationToken cancellationToken)
    {
        var options = new WorksheetOptions { FrozenRows = frozenRows > 0 ? frozenRows : null };
        for (var i = 0; i < widths.Count; i++)
        {
            options.Column(i + 1).Width = widths[i];
        }
        await Spreadsheet.StartWorksheetAsync(name, options, cancellationToken);
        Prints.Add(SheetPrint.For(frozenRows, widths));
        if (Synthetic)
        {
            await Spreadsheet.AddRowAsync([new Cell(ExtractAbout.SyntheticBanner, Styles.Banner)], cancellationToken);
        }
    }
}
