namespace Warehouse.Reports.Rendering;

/// <summary>Where text sits in its line box.</summary>
internal static class TextMetrics
{
    /// <summary>
    /// Offset from the top of a line box to the baseline: the ascent, plus half the leading, so a line of
    /// text is centred in its <see cref="TextStyle.LineHeight"/>.
    /// </summary>
    public static float FirstBaseline(TextStyle style)
    {
        using var font = style.CreateFont();
        var metrics = font.Metrics;
        var textHeight = metrics.Descent - metrics.Ascent;
        return (style.LineHeight - textHeight) / 2 - metrics.Ascent;
    }

    /// <summary>Height of <paramref name="lineCount"/> lines.</summary>
    public static float Height(TextStyle style, int lineCount) => style.LineHeight * lineCount;
}
