using SkiaSharp;

namespace Warehouse.Reports.Rendering;

/// <summary>
/// Greedy word wrap. Breaks at ordinary spaces and at "\n"; no-break spaces (U+00A0, U+202F) hold
/// "12 345" and "77,4 %" together. A word wider than the box stays whole on its own line.
/// </summary>
internal static class TextWrapper
{
    public static IReadOnlyList<TextLine> Wrap(string text, TextStyle style, float width) =>
        Wrap([new TextSpan(text, style.Bold)], style, width);

    public static IReadOnlyList<TextLine> Wrap(IReadOnlyList<TextSpan> spans, TextStyle style, float width)
    {
        using var regular = (style with { Bold = false }).CreateFont();
        using var bold = (style with { Bold = true }).CreateFont();
        var lines = new List<TextLine>();
        var builder = new TextLineBuilder();
        var spaceWidth = regular.MeasureText(" ");
        foreach (var (token, isBold) in Tokens(spans))
        {
            if (token == "\n")
            {
                lines.Add(builder.Finish());
                continue;
            }
            if (token == " ")
            {
                builder.PendingSpace(isBold, isBold ? bold.MeasureText(" ") : spaceWidth);
                continue;
            }
            var wordWidth = (isBold ? bold : regular).MeasureText(token);
            if (!builder.IsEmpty && builder.WidthWithPending + wordWidth > width)
            {
                lines.Add(builder.Finish());
            }
            builder.Append(token, isBold, wordWidth);
        }
        if (!builder.IsEmpty || lines.Count == 0)
        {
            lines.Add(builder.Finish());
        }
        return lines;
    }

    private static List<(string Token, bool Bold)> Tokens(IReadOnlyList<TextSpan> spans)
    {
        var tokens = new List<(string Token, bool Bold)>();
        foreach (var span in spans)
        {
            var start = 0;
            var text = span.Text.Replace("\r\n", "\n", StringComparison.Ordinal);
            for (var i = 0; i <= text.Length; i++)
            {
                if (i < text.Length && text[i] is not (' ' or '\n'))
                {
                    continue;
                }
                if (i > start)
                {
                    tokens.Add((text[start..i], span.Bold));
                }
                if (i < text.Length)
                {
                    tokens.Add((text[i].ToString(), span.Bold));
                }
                start = i + 1;
            }
        }
        return GlueFrenchSpaces(tokens);
    }

    /// <summary>
    /// French typography the caller may have typed with ordinary spaces: no line break before % : ; ! ? » €,
    /// after «, nor inside a number written "100 000". Such a space becomes a no-break space.
    /// </summary>
    private static List<(string Token, bool Bold)> GlueFrenchSpaces(List<(string Token, bool Bold)> tokens)
    {
        var glued = new List<(string Token, bool Bold)>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Token == " " && glued.Count > 0 && i + 1 < tokens.Count
                && glued[^1].Token is not (" " or "\n") && tokens[i + 1].Token is not (" " or "\n")
                && glued[^1].Bold == tokens[i + 1].Bold
                && MustNotBreak(glued[^1].Token, tokens[i + 1].Token))
            {
                glued[^1] = (glued[^1].Token + NoBreakSpace + tokens[i + 1].Token, glued[^1].Bold);
                i++;
                continue;
            }
            glued.Add(tokens[i]);
        }
        return glued;
    }

    private const string NoBreakSpace = "\u00A0";

    private static bool MustNotBreak(string before, string after) =>
        after[0] is '%' or ':' or ';' or '!' or '?' or '»' or '€' || before[^1] == '«'
        || char.IsAsciiDigit(before[^1]) && after.Length >= 3 && after.Take(3).All(char.IsAsciiDigit) && (after.Length == 3 || !char.IsAsciiDigit(after[3]));
}
