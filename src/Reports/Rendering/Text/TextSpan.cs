namespace Warehouse.Reports.Rendering;

/// <summary>A run of text in a paragraph, in the paragraph's style or its bold variant.</summary>
public sealed record TextSpan(string Text, bool Bold = false)
{
    /// <summary>
    /// Spans from light markup: text between double asterisks is bold ("a **baissé de 8 %** depuis 2019").
    /// </summary>
    public static IReadOnlyList<TextSpan> FromMarkup(string markup)
    {
        ArgumentNullException.ThrowIfNull(markup);
        var parts = markup.Split("**");
        var spans = new List<TextSpan>(parts.Length);
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].Length > 0)
            {
                spans.Add(new TextSpan(parts[i], i % 2 == 1));
            }
        }
        return spans;
    }
}

/// <summary>Horizontal alignment of text in its box.</summary>
public enum TextAlignment
{
    /// <summary>Flush left.</summary>
    Left,

    /// <summary>Centred.</summary>
    Center,

    /// <summary>Flush right (numbers in tables).</summary>
    Right,
}
