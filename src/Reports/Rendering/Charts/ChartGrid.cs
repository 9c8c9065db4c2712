using SkiaSharp;

namespace Warehouse.Reports.Rendering;

/// <summary>
/// Small multiples: one title, one legend, panels in a grid (each a small plot with its own title), one source
/// line. Splits across pages between rows of panels.
/// </summary>
public sealed class ChartGrid(string title, IReadOnlyList<ChartPanel> panels, int columns = 3, float panelHeight = 120f) : IBlock, ISourceCaption
{
    private const float Gap = 10f;

    /// <summary>The title.</summary>
    public string Title { get; } = title;

    /// <summary>The panels, row by row.</summary>
    public IReadOnlyList<ChartPanel> Panels { get; } = panels ?? throw new ArgumentNullException(nameof(panels));

    /// <summary>Legend entries shared by every panel.</summary>
    public IReadOnlyList<LegendEntry> Legend { get; init; } = [];

    /// <summary>The line under the grid.</summary>
    public string? Caption { get; set; } = ReportInfo.CnamSource;

    void ISourceCaption.UseSource(string source) => Caption = Caption == ReportInfo.CnamSource ? source : Caption;

    /// <inheritdoc />
    public IBlockLayout Layout(float width) => new GridLayout(this, width, columns, panelHeight);

    private sealed class GridLayout(ChartGrid grid, float width, int columns, float panelHeight) : IBlockLayout
    {
        private readonly int rowCount = (grid.Panels.Count + columns - 1) / columns;
        private int nextRow;

        public bool HasMore => nextRow < rowCount || rowCount == 0 && nextRow == 0;

        private float TitleHeight => (nextRow == 0 ? Typography.Subheading.LineHeight + ChartLegend.Height(grid.Legend, width) : 0);

        private float RowHeight => Typography.Caption.LineHeight + panelHeight + Gap;

        private float CaptionHeight => grid.Caption is null ? 0 : Typography.Caption.LineHeight + 1;

        public IFragment? NextFragment(float availableHeight, bool pageTop)
        {
            var head = TitleHeight;
            var rows = 0;
            var height = head;
            while (nextRow + rows < rowCount)
            {
                var last = nextRow + rows + 1 == rowCount;
                var add = RowHeight + (last ? CaptionHeight : 0);
                if (height + add > availableHeight && (rows > 0 || !pageTop))
                {
                    break;
                }
                height += add;
                rows++;
            }
            if (rows == 0 && rowCount > 0)
            {
                return null;
            }
            var fragment = new GridFragment(grid, width, columns, panelHeight, nextRow, rows, nextRow == 0, nextRow + rows == rowCount, height);
            nextRow += Math.Max(rows, 1);
            return fragment;
        }
    }

    private sealed class GridFragment(ChartGrid grid, float width, int columns, float panelHeight, int firstRow, int rows, bool withTitle, bool withCaption, float height) : IFragment
    {
        public float Height => height;

        public void Draw(DrawContext context, float x, float y)
        {
            var canvas = context.Canvas;
            if (withTitle)
            {
                Shapes.Text(canvas, Shapes.Fit(grid.Title, Typography.Subheading, width), x, y + TextMetrics.FirstBaseline(Typography.Subheading), Typography.Subheading);
                y += Typography.Subheading.LineHeight;
                ChartLegend.Draw(canvas, grid.Legend, x, y, width);
                y += ChartLegend.Height(grid.Legend, width);
            }
            var panelWidth = (width - Gap * (columns - 1)) / columns;
            var titleStyle = Typography.Caption.WithColor(Typography.Ink).AsBold();
            for (var row = firstRow; row < firstRow + rows; row++)
            {
                for (var column = 0; column < columns && row * columns + column < grid.Panels.Count; column++)
                {
                    var panel = grid.Panels[row * columns + column];
                    var left = x + column * (panelWidth + Gap);
                    Shapes.Text(canvas, Shapes.Fit(panel.Title, titleStyle, panelWidth), left, y + TextMetrics.FirstBaseline(titleStyle), titleStyle);
                    PlotPainter.Draw(canvas, SKRect.Create(left, y + titleStyle.LineHeight, panelWidth, panelHeight), panel.Build);
                }
                y += titleStyle.LineHeight + panelHeight + Gap;
            }
            if (withCaption && grid.Caption is not null)
            {
                Shapes.Text(canvas, grid.Caption, x, y - Gap + 1 + TextMetrics.FirstBaseline(Typography.Caption), Typography.Caption);
            }
        }
    }
}

/// <summary>One panel of a <see cref="ChartGrid"/>: its title and how to build its plot.</summary>
public sealed record ChartPanel(string Title, Action<ScottPlot.Plot> Build);
