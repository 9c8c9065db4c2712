namespace Warehouse.Tests.Loader;

/// <summary>
/// One rejection a bad file must produce: where (line, column), the offending value, and a fragment of the reason.
/// The value is as stored in etl_rejected_row; in messages it is quoted, with U+FFFD shown as a code point.
/// </summary>
public sealed record ExpectedProblem(long? Line, string? Column, string? Value, string Reason)
{
    /// <summary>The start of its REJECT line on stderr, e.g. <c>REJECT honoraires.csv line 7 column region: "98" — </c>.</summary>
    public string MessagePrefix(string fileName)
    {
        var line = Line is { } number ? $" line {number}" : "";
        var column = Column is null ? "" : $" column {Column}";
        var value = Value is null ? "" : $": \"{Value.Replace("\uFFFD", "<U+FFFD>", StringComparison.Ordinal)}\"";
        return $"REJECT {fileName}{line}{column}{value} — ";
    }
}
