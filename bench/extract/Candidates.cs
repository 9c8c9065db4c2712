namespace Warehouse.Bench.Extract;

/// <summary>The writers measured, by name.</summary>
internal static class Candidates
{
    public const string Baseline = "miniexcel";
    public const string Chosen = "spreadcheetah";

    public static IReadOnlyList<string> Names { get; } = [Chosen, "openxml", Baseline];

    public static Task WriteAsync(string name, Stream output, int rows) => name switch
    {
        Chosen => SpreadCheetahCandidate.WriteAsync(output, rows),
        "openxml" => Task.Run(() => OpenXmlCandidate.Write(output, rows)),
        Baseline => MiniExcelCandidate.WriteAsync(output, rows),
        _ => throw new ArgumentException($"Unknown candidate {name}; known: {string.Join(", ", Names)}.", nameof(name)),
    };
}
