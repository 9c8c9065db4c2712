namespace Warehouse.Bench.Extract;

/// <summary>One synthetic extract row: 10 columns, 5 numbers and 5 short strings, some measures secret (null + status).</summary>
internal readonly record struct BenchRow(
    int Year, string TerritoryCode, string Territory, string Profession, string AgeBand,
    int? Headcount, string? HeadcountStatus, double? Density, long? FeesTotal, double? FeesMean);

/// <summary>Deterministic rows generated on the fly: no writer gets an advantage from data already in memory.</summary>
internal static class BenchRows
{
    public const int ColumnCount = 10;

    public static readonly string[] Headers =
    [
        "Année", "Code territoire", "Territoire", "Profession", "Classe d'âge",
        "Effectif", "Statut effectif", "Densité (pour 100 000 hab.)", "Honoraires totaux (€)", "Honoraires moyens (€)",
    ];

    private static readonly string[] Territories = ["01", "2A", "2B", "38", "69", "75", "971", "974", "84", "FR"];
    private static readonly string[] TerritoryLabels = ["Ain", "Corse-du-Sud", "Haute-Corse", "Isère", "Rhône", "Paris", "Guadeloupe", "La Réunion", "Auvergne-Rhône-Alpes", "France"];
    private static readonly string[] Professions = ["Infirmiers", "Masseurs-kinésithérapeutes", "Cardiologues", "Pédiatres", "Sages-femmes", "Orthophonistes", "Psychiatres"];
    private static readonly string[] AgeBands = ["Moins de 30 ans", "30 à 39 ans", "40 à 49 ans", "50 à 59 ans", "60 à 69 ans", "70 ans et plus", "Tous âges"];

    public static IEnumerable<BenchRow> Generate(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return Row(i);
        }
    }

    public static BenchRow Row(int i)
    {
        var secret = i % 37 == 0;
        var t = i % Territories.Length;
        var headcount = (int)((uint)(i * 2654435761u) % 50_000);
        return new BenchRow(
            2010 + (i % 15), Territories[t], TerritoryLabels[t], Professions[i % Professions.Length], AgeBands[i % AgeBands.Length],
            secret ? null : headcount, secret ? "secret statistique" : null, secret ? null : headcount / 7.3,
            (long)headcount * 61_234, headcount * 1.37 + 0.05);
    }
}
