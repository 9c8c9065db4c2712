using SpreadCheetah;
using Warehouse.Reports.Extracts.Catalog;

namespace Warehouse.Reports.Extracts.Writing;

/// <summary>The "À propos" sheet: source, generation time, schema version, row count, filters, each dataset's release, notes.</summary>
internal static class XlsxAboutSheet
{
    public const string Name = "À propos";

    public static async Task WriteAsync(XlsxSheets sheets, ExtractAbout about, IEnumerable<string> notes, CancellationToken cancellationToken)
    {
        var spreadsheet = sheets.Spreadsheet;
        var styles = sheets.Styles;
        await sheets.StartAsync(Name, [30, 100], sheets.Synthetic ? 1 : 0, cancellationToken);
        await spreadsheet.AddRowAsync([new Cell(CellText.Neutralise(about.Title), styles.Title)], cancellationToken);
        await PairAsync(sheets, "Source", about.SourceText, cancellationToken);
        await PairAsync(sheets, "Généré le", AboutText.Timestamp(about.GeneratedAt), cancellationToken);
        await PairAsync(sheets, "Version du schéma", about.SchemaVersion, cancellationToken);
        await CountAsync(sheets, "Nombre de lignes", about.TotalRows, cancellationToken);
        if (about.IsSynthetic)
        {
            await PairAsync(sheets, "Données synthétiques", "oui : au moins un jeu de données vient de `warehouse sample`", cancellationToken);
        }

        await HeadingAsync(sheets, "Filtres", cancellationToken);
        foreach (var (label, value) in about.Filters)
        {
            await PairAsync(sheets, label, value, cancellationToken);
        }

        foreach (var dataset in about.Datasets)
        {
            await HeadingAsync(sheets, AboutText.DatasetHeading(dataset), cancellationToken);
            foreach (var (label, value) in AboutText.Release(dataset))
            {
                await PairAsync(sheets, label, value, cancellationToken);
            }
            await CountAsync(sheets, "Lignes extraites", dataset.Rows, cancellationToken);
        }

        await HeadingAsync(sheets, "Remarques", cancellationToken);
        foreach (var note in notes)
        {
            await spreadsheet.AddRowAsync([new Cell((string?)null), new Cell(CellText.Neutralise(note), styles.Wrapped)], cancellationToken);
        }
    }

    private static async Task HeadingAsync(XlsxSheets sheets, string text, CancellationToken cancellationToken)
    {
        await sheets.Spreadsheet.AddRowAsync([], cancellationToken);
        await sheets.Spreadsheet.AddRowAsync([new Cell(CellText.Neutralise(text), sheets.Styles.Title)], cancellationToken);
    }

    private static async Task PairAsync(XlsxSheets sheets, string label, string value, CancellationToken cancellationToken) =>
        await sheets.Spreadsheet.AddRowAsync([new Cell(label, sheets.Styles.Key), new Cell(CellText.Neutralise(value), sheets.Styles.Wrapped)], cancellationToken);

    private static async Task CountAsync(XlsxSheets sheets, string label, long count, CancellationToken cancellationToken) =>
        await sheets.Spreadsheet.AddRowAsync([new Cell(label, sheets.Styles.Key), new Cell(count, sheets.Styles.Number(ExtractColumn.WholeFormat))], cancellationToken);
}
