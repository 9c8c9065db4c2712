using Warehouse.Core.Dimensions;
using Warehouse.Reports.Briefings;

namespace Warehouse.Reports.Explorer;

/// <summary>
/// A measure the explorer maps, ranks and follows over time: its URL name, its French label, the SQL file that reads it
/// (db/queries/explorer/), its unit for a profession and the decimals it is shown with (the briefings' precision).
/// </summary>
public sealed record ExplorerIndicator(string Id, string Label, string QueryFile, int Decimals, bool NeedsPost, Func<ProfessionMember, string> Unit)
{
    /// <summary>Which (value, status) pair of its query's columns, after year and territory, the indicator reads: 0 for the first.</summary>
    public int Measure { get; init; }

    /// <summary>"Densité (pour 100 000 hab.)".</summary>
    public string LabelWithUnit(ProfessionMember profession) => $"{Label} ({Unit(profession)})";
}

/// <summary>The explorer's indicators, in the order the picker offers them.</summary>
public static class ExplorerIndicators
{
    public static IReadOnlyList<ExplorerIndicator> All { get; } =
    [
        new("effectif", "Effectif", "headcount_density", 0, false, _ => "praticiens"),
        new("densite", "Densité", "headcount_density", 1, false, DensityBases.ShortUnit) { Measure = 1 },
        new("part-60-ans", "Part des 60 ans et plus", "share_60_plus", 1, false, _ => "%"),
        new("part-femmes", "Part des femmes", "headcount_density", 1, false, _ => "%") { Measure = 2 },
        new("honoraires", "Honoraires moyens sans dépassement", "fees", 0, false, _ => "€ par praticien"),
        new("depassement", "Taux de dépassement", "fees", 1, false, _ => "% des honoraires") { Measure = 1 },
        new("prescriptions", "Prescriptions moyennes par poste", "prescription_mean", 0, true, _ => "€ par praticien"),
        new("patientele", "Patientèle moyenne", "patients_seen_mean", 0, false, _ => "patients vus par praticien"),
    ];

    public static ExplorerIndicator Default => All[1];

    /// <summary>The indicator named <paramref name="id"/>, or the default (densité) for an unknown or empty name.</summary>
    public static ExplorerIndicator Find(string? id) =>
        All.FirstOrDefault(i => string.Equals(i.Id, id?.Trim(), StringComparison.OrdinalIgnoreCase)) ?? Default;
}
