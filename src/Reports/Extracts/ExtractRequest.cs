namespace Warehouse.Reports.Extracts;

/// <summary>
/// What to extract. Either one <see cref="Dataset"/> (short name such as "honoraires", or the data.ameli id) or a territory
/// <see cref="Pack"/> (every dataset). Empty filter lists mean "all". Values are checked against the warehouse by
/// <see cref="ExtractService"/>; <see cref="ExtractParameters"/> parses the text forms (years "2019-2024", lists "84,69").
/// </summary>
/// <param name="Dataset">Short name or data.ameli id; null for a pack.</param>
/// <param name="Pack">Every dataset, one sheet (XLSX) or one CSV in a zip per dataset.</param>
/// <param name="Years">Years to keep; empty for every loaded year.</param>
/// <param name="Territories">"FR", région or département codes ("84", "2A"), "R84"/"D84" to disambiguate, or labels; empty for all.</param>
/// <param name="WithDepartements">A région also brings its départements.</param>
/// <param name="Professions">Labels (full or short) or warehouse keys; empty for all.</param>
/// <param name="WithSubProfessions">A profession also brings everything under it in dim_profession's hierarchy.</param>
/// <param name="IncludeAggregates">Keep rows of aggregate members ("Ensemble des …", "tout sexe", "total postes").</param>
/// <param name="Format">XLSX or CSV.</param>
public sealed record ExtractRequest(
    string? Dataset,
    bool Pack,
    IReadOnlyList<int> Years,
    IReadOnlyList<string> Territories,
    bool WithDepartements,
    IReadOnlyList<string> Professions,
    bool WithSubProfessions,
    bool IncludeAggregates,
    ExtractFormat Format)
{
    /// <summary>Tables written before the data, as a briefing prints them (a companion workbook); XLSX or a CSV pack only.</summary>
    public IReadOnlyList<PrintedTable> Printed { get; init; } = [];

    /// <summary>One dataset, everything else "all", aggregates in, XLSX.</summary>
    public static ExtractRequest ForDataset(string dataset) => new(dataset, false, [], [], false, [], false, true, ExtractFormat.Xlsx);

    /// <summary>A territory pack of every dataset, aggregates in, XLSX.</summary>
    public static ExtractRequest ForPack(params string[] territories) => new(null, true, [], territories, false, [], false, true, ExtractFormat.Xlsx);
}
