using SkiaSharp;

namespace Warehouse.Reports.Rendering;

/// <summary>The title block of page 1: the title, then lines such as the level and year, the release, the source.</summary>
public sealed class TitleBlock(string title, IReadOnlyList<string> lines) : FixedBlock
{
    private const float AccentBar = 3f;
    private const float Gap = 6f;

    /// <summary>An optional line in the warning colour (e.g. the synthetic-data notice).</summary>
    public string? Notice { get; init; }

    /// <inheritdoc />
    public override float Measure(float width) => Content().Measure(width);

    /// <inheritdoc />
    public override void Draw(DrawContext context, SKRect bounds) => Content().Draw(context, bounds);

    private Column Content() => new(0,
    [
        new Drawing(AccentBar, (canvas, box) => Shapes.Fill(canvas, new SKRect(box.Left, box.Top, box.Left + 60, box.Bottom), Typography.Accent)),
        new Spacer(Gap),
        new Paragraph(title, Typography.Title),
        new Spacer(4),
        .. lines.Select(line => new Paragraph(line, Typography.Subtitle)),
        Notice is null ? null : new Paragraph(Notice, Typography.Subtitle.WithColor(Typography.Warning).AsBold()) { MaxLines = 1 },
        new Spacer(2),
    ]);
}
