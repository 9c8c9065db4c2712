using Warehouse.Reports.Data;
using Warehouse.Reports.Rendering;

namespace Warehouse.Reports.Briefings;

/// <summary>Three plain sentences from the numbers: comparison with France, change over five years, ageing. No adjective the data does not support.</summary>
internal static class BriefingSentences
{
    public static IReadOnlyList<string> For(HeadcountCalculations calc, int territory, int year, int since)
    {
        var sentences = new List<string>();
        var here = calc.Density(KnownMembers.Generalistes, territory, year);
        var france = calc.Density(KnownMembers.Generalistes, KnownMembers.France, year);
        if (territory != KnownMembers.France && here.Value is { } h && france.Value is { } f && f > 0)
        {
            var gap = (h / f - 1) * 100;
            sentences.Add(Math.Abs(gap) < 0.5
                ? $"La densité de médecins généralistes ({FrenchFormat.OneDecimal(h)} pour 100 000 habitants) est égale à la moyenne nationale."
                : $"La densité de médecins généralistes ({FrenchFormat.OneDecimal(h)} pour 100 000 habitants) est {(gap < 0 ? "inférieure" : "supérieure")} de {FrenchFormat.Percent(Math.Abs(gap))} à la moyenne nationale ({FrenchFormat.OneDecimal(f)}).");
        }
        if (calc.Change(KnownMembers.Generalistes, territory, year, since).Value is { } change && since < year)
        {
            sentences.Add(Math.Abs(change) < 0.5
                ? $"Le nombre de médecins généralistes libéraux est stable depuis {since}."
                : $"Le nombre de médecins généralistes libéraux a {(change < 0 ? "baissé" : "augmenté")} de {FrenchFormat.Percent(Math.Abs(change))} depuis {since}.");
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
