namespace Warehouse.Reports.Rendering;

/// <summary>A table measured at one width: column edges, wrapped header and cells, row heights.</summary>
internal sealed class TableGeometry
{
    public const float CellPaddingX = 4f;
    public const float CellPaddingY = 2.6f;
    public const float IndentStep = 8f;

    private TableGeometry(DataTable table, float[] lefts, float[] widths)
    {
        Table = table;
        Lefts = lefts;
        Widths = widths;
    }

    public DataTable Table { get; }

    public float[] Lefts { get; }

    public float[] Widths { get; }

    public float Width => Widths.Sum();

    public IReadOnlyList<TextLine>[] Header { get; private set; } = [];

    public float HeaderHeight { get; private set; }

    public IReadOnlyList<IReadOnlyList<TextLine>>[] Cells { get; private set; } = [];

    public float[] RowHeights { get; private set; } = [];

    public static TextStyle CellStyle(TableRowKind kind) => kind == TableRowKind.Normal
        ? Typography.TableCell
        : Typography.TableCell.AsBold();

    public static TableGeometry Measure(DataTable table, float width)
    {
        var total = table.Columns.Sum(c => c.Weight);
        var widths = table.Columns.Select(c => width * c.Weight / total).ToArray();
        var lefts = new float[widths.Length];
        for (var i = 1; i < widths.Length; i++)
        {
            lefts[i] = lefts[i - 1] + widths[i - 1];
        }
        var geometry = new TableGeometry(table, lefts, widths);
        geometry.Header = table.Columns
            .Select((c, i) => TextWrapper.Wrap(c.Header, Typography.TableHeader, widths[i] - 2 * CellPaddingX))
            .ToArray();
        geometry.HeaderHeight = geometry.Header.Max(h => h.Count) * Typography.TableHeader.LineHeight + 2 * CellPaddingY + 1;
        geometry.Cells = table.Rows.Select(geometry.WrapRow).ToArray();
        geometry.RowHeights = table.Rows
            .Select((row, r) => geometry.Cells[r].Max(c => c.Count) * CellStyle(row.Kind).LineHeight + 2 * CellPaddingY
                + (row.Kind == TableRowKind.Group ? 3 : 0))
            .ToArray();
        return geometry;
    }

    /// <summary>Available text width of cell <paramref name="column"/> (group labels span the table).</summary>
    public float TextWidth(TableRow row, int column) => row.Kind == TableRowKind.Group
        ? Width - 2 * CellPaddingX
        : Widths[column] - 2 * CellPaddingX - (column == 0 ? row.Indent * IndentStep : 0);

    private IReadOnlyList<IReadOnlyList<TextLine>> WrapRow(TableRow row) => row.Cells
        .Select((text, c) => TextWrapper.Wrap(text, CellStyle(row.Kind), TextWidth(row, c)))
        .ToArray();
}
