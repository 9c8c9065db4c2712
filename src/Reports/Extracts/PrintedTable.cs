namespace Warehouse.Reports.Extracts;

/// <summary>
/// A table as a briefing prints it (its KPI tiles, its table by profession, the series of its charts), written ahead of the
/// data in a briefing's companion workbook. Numbers stay numbers; where the briefing prints a mark instead ("s", "–", "nd")
/// the cell holds the mark as text, and <see cref="Notes"/> say what the marks mean.
/// </summary>
/// <param name="SheetName">The sheet (XLSX) or file stem (CSV pack).</param>
/// <param name="Title">The first line of the sheet.</param>
/// <param name="Columns">Headers and number formats.</param>
/// <param name="Rows">Cells in column order: double, long, string or null.</param>
/// <param name="Notes">Lines below the table.</param>
public sealed record PrintedTable(string SheetName, string Title, IReadOnlyList<PrintedColumn> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows, IReadOnlyList<string> Notes);

/// <summary>A column of a <see cref="PrintedTable"/>: its header, the Excel number format of its numbers, its width in characters.</summary>
public sealed record PrintedColumn(string Header, string? NumberFormat = null, double Width = 14);
