namespace Warehouse.Reports.Rendering;

/// <summary>
/// A table that splits across pages between rows, repeating its header on each page: wrapped cells, right-
/// aligned numbers, zebra rows, bold aggregate rows, group rows across the table. Cell text comes from the
/// caller ("s" for secret, "–" for not applicable: <see cref="CellText"/>).
/// </summary>
public sealed class DataTable(IReadOnlyList<TableColumn> columns) : IBlock
{
    private readonly List<TableRow> rows = [];

    /// <summary>The columns.</summary>
    public IReadOnlyList<TableColumn> Columns { get; } = columns is { Count: > 0 } ? columns : throw new ArgumentException("A table needs columns.", nameof(columns));

    /// <summary>The rows.</summary>
    public IReadOnlyList<TableRow> Rows => rows;

    /// <summary>Appends a row.</summary>
    public DataTable AddRow(TableRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.Kind != TableRowKind.Group && row.Cells.Count != Columns.Count)
        {
            throw new ArgumentException($"The row has {row.Cells.Count} cells for {Columns.Count} columns.", nameof(row));
        }
        rows.Add(row);
        return this;
    }

    /// <summary>Appends an ordinary row.</summary>
    public DataTable AddRow(params string[] cells) => AddRow(new TableRow(cells));

    /// <summary>Appends an aggregate row (bold).</summary>
    public DataTable AddAggregate(params string[] cells) => AddRow(new TableRow(cells, TableRowKind.Aggregate));

    /// <summary>Appends a group label row.</summary>
    public DataTable AddGroup(string label) => AddRow(new TableRow([label], TableRowKind.Group));

    /// <inheritdoc />
    public IBlockLayout Layout(float width) => new DataTableLayout(TableGeometry.Measure(this, width));
}
