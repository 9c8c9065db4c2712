namespace Warehouse.Loader.Validation;

/// <summary>One reason to reject a file: where (1-based line, header = line 1; column) and what.</summary>
public sealed record LoadProblem(long? Line, string? Column, string? Value, string Reason)
{
    public string Describe(string fileName)
    {
        var where = Line is { } line ? $" line {line}" : "";
        var column = Column is null ? "" : $" column {Column}";
        var value = Value is null ? "" : $": {ValueText.Quote(Value)}";
        return $"{fileName}{where}{column}{value} — {Reason}";
    }
}
