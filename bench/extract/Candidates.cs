namespace Warehouse.Bench.Extract;

/// <summary>The writers measured, by name.</summary>
internal static class Candidates
{
    public const string Baseline = "miniexcel";
    /// <summary>What the extract does: SpreadCheetah into a temporary file, then the print setup pass into the output.</summary>
    public const string Chosen = "spreadcheetah+print";

    public static IReadOnlyList<string> Names { get; } = [Chosen, "spreadcheetah", "openxml", Baseline];

    public static Task WriteAsync(string name, Stream output, int rows) => name switch
    {
        Chosen => PrintedSpreadCheetahCandidate.WriteAsync(output, rows),
        "spreadcheetah" => SpreadCheetahCandidate.WriteAsync(output, rows),
        "openxml" => Task.Run(() => OpenXmlCandidate.Write(output, rows)),
        Baseline => MiniExcelCandidate.WriteAsync(output, rows),
        _ => throw new ArgumentException($"Unknown candidate {name}; known: {string.Join(", ", Names)}.", nameof(name)),
    };
}
