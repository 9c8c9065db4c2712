using Warehouse.Reports.Rendering;

namespace Warehouse.Reports.Briefings;

/// <summary>
/// Three plain sentences from the numbers: comparison with France, change since the base year, ageing. No adjective
/// the data does not support: "stable" and "proche" follow the rule of <see cref="TrendArrows.StableWithin"/>, stated
/// in the sentence; every change is signed.
/// </summary>
internal static class BriefingSentences
{
    public static IReadOnlyList<string> For(HeadcountCalculations calc, int territory, int year, int? since)
    {
        var sentences = new List<string>();
        var here = calc.Density(KnownMembers.Generalistes, territory, year);
        var france = calc.Density(KnownMembers.Generalistes, KnownMembers.France, year);
        var rule = FrenchFormat.Number(TrendArrows.StableWithin);
        if (territory != KnownMembers.France && here.Value is { } h && france.Value is { } f && f > 0)
        {
            var gap = (h / f - 1) * 100;
            sentences.Add(Math.Abs(gap) < TrendArrows.StableWithin
                ? $"La densité de médecins généralistes ({FrenchFormat.OneDecimal(h)} pour 100 000 habitants) est proche de la moyenne nationale ({FrenchFormat.OneDecimal(f)}) : l'écart, {FrenchFormat.SignedPercent(gap, 1)}, est inférieur à {rule} %."
                : $"La densité de médecins généralistes ({FrenchFormat.OneDecimal(h)} pour 100 000 habitants) est {(gap < 0 ? "inférieure" : "supérieure")} de {FrenchFormat.Percent(Math.Abs(gap))} à la moyenne nationale ({FrenchFormat.OneDecimal(f)}).");
        }
        if (since is { } s && calc.Change(KnownMembers.Generalistes, territory, year, s).Value is { } change)
        {
            sentences.Add(Math.Abs(change) < TrendArrows.StableWithin
                ? $"Le nombre de médecins généralistes libéraux est stable depuis {s} ({FrenchFormat.SignedPercent(change, 1)}, moins de {rule} % d'écart)."
                : $"Le nombre de médecins généralistes libéraux est en {(change < 0 ? "baisse" : "hausse")} depuis {s} : {FrenchFormat.SignedPercent(change)}.");
        }
        else if (since is null)
        {
            sentences.Add($"Aucune année de {year - 5} à {year - 1} n'est chargée : l'évolution des effectifs n'est pas calculée.");
        }
        var old = calc.ShareSixtyPlus(KnownMembers.Medecins, territory);
        var oldFrance = calc.ShareSixtyPlus(KnownMembers.Medecins, KnownMembers.France);
        if (old.Value is { } o)
        {
            sentences.Add(territory == KnownMembers.France || oldFrance.Value is null
                ? $"{FrenchFormat.Percent(o)} des médecins libéraux ont 60 ans ou plus."
                : $"{FrenchFormat.Percent(o)} des médecins libéraux ont 60 ans ou plus (France : {FrenchFormat.Percent(oldFrance.Value.Value)}).");
        }
        return sentences;
    }
}
