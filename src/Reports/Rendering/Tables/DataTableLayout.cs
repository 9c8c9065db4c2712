using SkiaSharp;

namespace Warehouse.Reports.Rendering;

/// <summary>Hands out a table page by page: the header, then as many rows as fit (a group label never ends a page).</summary>
internal sealed class DataTableLayout(TableGeometry geometry) : IBlockLayout
{
    private int next;
    private bool started;

    public bool HasMore => !started || next < geometry.Table.Rows.Count;

    public IFragment? NextFragment(float availableHeight, bool pageTop)
    {
        var rows = geometry.Table.Rows;
        var height = geometry.HeaderHeight;
        var end = next;
        while (end < rows.Count && height + geometry.RowHeights[end] <= availableHeight)
        {
            height += geometry.RowHeights[end];
            end++;
        }
        while (end > next + 1 && end < rows.Count && HeadsWhatFollows(rows, end - 1))
        {
            end--;
            height -= geometry.RowHeights[end];
        }
        if (end == next && rows.Count > 0)
        {
            if (!pageTop)
            {
                return null;
            }
            height += geometry.RowHeights[end];
            end++;
        }
        if (!pageTop && end < rows.Count && end - next < 2 && rows.Count - next >= 2)
        {
            return null; // a header with a single row at the bottom of a page reads badly
        }
        var fragment = new Fragment(geometry, next, end, height);
        next = end;
        started = true;
        return fragment;
    }

    /// <summary>A group label, or the total right under it, must not end a page: they head the rows that follow.</summary>
    private static bool HeadsWhatFollows(IReadOnlyList<TableRow> rows, int index) =>
        rows[index].Kind == TableRowKind.Group
        || rows[index].Kind == TableRowKind.Aggregate && index > 0 && rows[index - 1].Kind == TableRowKind.Group;

    private sealed class Fragment(TableGeometry geometry, int from, int to, float height) : IFragment
    {
        public float Height => height;

        public void Draw(DrawContext context, float x, float y)
        {
            var canvas = context.Canvas;
            DrawHeader(canvas, x, y);
            y += geometry.HeaderHeight;
            var zebra = ZebraIndexAt(from);
            for (var r = from; r < to; r++)
            {
                var row = geometry.Table.Rows[r];
                var rowHeight = geometry.RowHeights[r];
                var rect = SKRect.Create(x, y, geometry.Width, rowHeight);
                switch (row.Kind)
                {
                    case TableRowKind.Group:
                        zebra = 0;
                        break;
                    case TableRowKind.Aggregate:
                        Shapes.Line(canvas, x, y, x + geometry.Width, y, Typography.Rule, 0.6f);
                        break;
                    default:
                        if (zebra++ % 2 == 1)
                        {
                            Shapes.Fill(canvas, rect, Typography.Tint);
                        }
                        break;
                }
                DrawCells(canvas, row, geometry.Cells[r], x, y + (row.Kind == TableRowKind.Group ? 3 : 0));
                y += rowHeight;
            }
            Shapes.Line(canvas, x, y, x + geometry.Width, y, Typography.Rule, 0.6f);
        }

        private void DrawHeader(SKCanvas canvas, float x, float y)
        {
            var style = Typography.TableHeader;
            var lines = geometry.Header.Max(h => h.Count);
            for (var c = 0; c < geometry.Header.Length; c++)
            {
                var column = geometry.Table.Columns[c];
                var cellLines = geometry.Header[c];
                var top = y + TableGeometry.CellPaddingY + (lines - cellLines.Count) * style.LineHeight; // bottom-aligned
                foreach (var line in cellLines)
                {
                    line.Draw(canvas, style, x + geometry.Lefts[c] + TableGeometry.CellPaddingX, top + TextMetrics.FirstBaseline(style),
                        geometry.Widths[c] - 2 * TableGeometry.CellPaddingX, column.Alignment);
                    top += style.LineHeight;
                }
            }
            var bottom = y + geometry.HeaderHeight - 0.5f;
            Shapes.Line(canvas, x, bottom, x + geometry.Width, bottom, Typography.Ink, 0.8f);
        }

        private void DrawCells(SKCanvas canvas, TableRow row, IReadOnlyList<IReadOnlyList<TextLine>> cells, float x, float y)
        {
            var style = TableGeometry.CellStyle(row.Kind);
            if (row.Kind == TableRowKind.Group)
            {
                style = style.WithColor(Typography.Accent);
            }
            for (var c = 0; c < cells.Count; c++)
            {
                var align = row.Kind == TableRowKind.Group ? TextAlignment.Left : geometry.Table.Columns[c].Alignment;
                var indent = c == 0 ? row.Indent * TableGeometry.IndentStep : 0;
                var top = y + TableGeometry.CellPaddingY;
                foreach (var line in cells[c])
                {
                    line.Draw(canvas, style, x + geometry.Lefts[c] + TableGeometry.CellPaddingX + indent, top + TextMetrics.FirstBaseline(style),
                        geometry.TextWidth(row, c), align);
                    top += style.LineHeight;
                }
            }
        }

        /// <summary>Zebra parity continues across pages: count ordinary rows since the last group label.</summary>
        private int ZebraIndexAt(int row)
        {
            var count = 0;
            for (var r = row - 1; r >= 0 && geometry.Table.Rows[r].Kind != TableRowKind.Group; r--)
            {
                if (geometry.Table.Rows[r].Kind == TableRowKind.Normal)
                {
                    count++;
                }
            }
            return count;
        }
    }
}
