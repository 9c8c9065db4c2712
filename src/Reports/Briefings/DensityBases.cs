using Warehouse.Core.Dimensions;

namespace Warehouse.Reports.Briefings;

/// <summary>
/// The population a published density is counted against. The Cnam publishes most densities per 100 000 inhabitants,
/// but pédiatres per 100 000 children, gynécologues per 100 000 women and sages-femmes per 100 000 women aged 15 to 49
/// (the national densities only fit those populations: docs/briefings.md). Bound on the profession's label, the
/// reference of the dimension; a profession that is not listed is counted against the whole population.
/// </summary>
public static class DensityBases
{
    /// <summary>The whole population.</summary>
    public const string Inhabitants = "habitants";

    private static readonly Dictionary<string, string> ByLabel = new(StringComparer.Ordinal)
    {
        ["Pédiatres"] = "enfants",
        ["Gynécologues médicaux et obstétriciens"] = "femmes",
        ["Sages-femmes"] = "femmes de 15 à 49 ans",
    };

    /// <summary>Professions whose density has another base than the inhabitants, by label.</summary>
    public static IReadOnlyDictionary<string, string> Exceptions => ByLabel;

    /// <summary>The base of the profession's density: "habitants", "enfants", "femmes" or "femmes de 15 à 49 ans".</summary>
    public static string Of(ProfessionMember profession)
    {
        ArgumentNullException.ThrowIfNull(profession);
        return ByLabel.GetValueOrDefault(profession.Label, Inhabitants);
    }

    /// <summary>"pour 100 000 enfants".</summary>
    public static string Unit(ProfessionMember profession) => "pour 100 000 " + Of(profession);

    /// <summary>The short unit of a legend: "pour 100 000 hab.", "pour 100 000 enfants".</summary>
    public static string ShortUnit(ProfessionMember profession) => Of(profession) == Inhabitants ? "pour 100 000 hab." : Unit(profession);
}
