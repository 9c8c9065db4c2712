using Warehouse.Reports.Rendering;

namespace Warehouse.Tests.Reports.Rendering;

[Trait("Category", "unit")]
public sealed class TextWrapperTests
{
    [Fact]
    public void Wrap_BreaksAtSpacesWithinWidth()
    {
        var style = Typography.Body;
        var text = string.Join(" ", Enumerable.Repeat("densité", 30));

        var lines = TextWrapper.Wrap(text, style, 200);

        Assert.True(lines.Count > 1);
        Assert.All(lines, line => Assert.True(line.Width <= 200, $"{line.Width}"));
        Assert.Equal(text, string.Join(" ", lines.Select(l => string.Concat(l.Runs.Select(r => r.Text)))));
    }

    [Fact]
    public void Wrap_KeepsNumbersWithNoBreakSpacesTogether()
    {
        var style = Typography.Body;
        var number = "1\u202F234\u202F567\u00A0%";
        var width = style.Measure("xxxx " + number) - 1;

        var lines = TextWrapper.Wrap("xxxx " + number, style, width);

        Assert.Equal(2, lines.Count);
        Assert.Equal(number, lines[1].Runs.Single().Text);
    }

    [Fact]
    public void Wrap_SplitsSpansIntoBoldRuns()
    {
        var lines = TextWrapper.Wrap(TextSpan.FromMarkup("a **baissé de 8 %** depuis"), Typography.Body, 1000);

        var runs = lines.Single().Runs;
        Assert.Equal(["a ", "baissé de 8\u00A0%", " depuis"], runs.Select(r => r.Text)); // no break before %
        Assert.Equal([false, true, false], runs.Select(r => r.Bold));
    }
}
