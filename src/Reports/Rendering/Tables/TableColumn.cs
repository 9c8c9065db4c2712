namespace Warehouse.Reports.Rendering;

/// <summary>A table column: header text, relative width, alignment (numbers right-aligned).</summary>
/// <param name="Header">Header text (wraps over several lines if needed).</param>
/// <param name="Weight">Share of the table width, relative to the other columns' weights.</param>
/// <param name="Alignment">Alignment of header and cells.</param>
public sealed record TableColumn(string Header, float Weight = 1f, TextAlignment Alignment = TextAlignment.Right);

/// <summary>What a row is: ordinary, an aggregate printed in bold (never re-added), or a group label across the table.</summary>
public enum TableRowKind
{
    /// <summary>An ordinary row (zebra-striped).</summary>
    Normal,

    /// <summary>A total or subtotal as published: bold, with a rule above.</summary>
    Aggregate,

    /// <summary>A group label (e.g. a profession family): its first cell spans the whole table.</summary>
    Group,
}

/// <summary>A table row: the cells as printed (the caller formats numbers and marks, see <see cref="CellText"/>).</summary>
/// <param name="Cells">One text per column ("12 345", "s", "–").</param>
/// <param name="Kind">What the row is.</param>
/// <param name="Indent">Indent level of the first cell (members under their aggregate).</param>
public sealed record TableRow(IReadOnlyList<string> Cells, TableRowKind Kind = TableRowKind.Normal, int Indent = 0);
