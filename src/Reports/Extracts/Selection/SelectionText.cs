using System.Globalization;
using Warehouse.Core.Dimensions;

namespace Warehouse.Reports.Extracts.Selection;

/// <summary>The filters of a selection in French, as the "À propos" sheet and the empty-selection message state them.</summary>
internal static class SelectionText
{
    public static IReadOnlyList<(string Label, string Value)> Filters(ExtractSelection selection)
    {
        var request = selection.Request;
        return
        [
            ("Jeux de données", string.Join(", ", selection.Datasets.Select(d => d.ShortName)) + (request.Pack ? " (dossier territorial)" : string.Empty)),
            ("Années", Years(selection.Years)),
            ("Territoires", Territories(selection.RequestedTerritories, request.WithDepartements, selection.Territories.Count)),
            ("Professions", Professions(selection.RequestedProfessions, request.WithSubProfessions, selection.Professions.Count)),
            ("Agrégats", request.IncludeAggregates
                ? "inclus (lignes « Ensemble des … », « tout sexe », « total postes de prescriptions »)"
                : "exclus (lignes « Ensemble des … », « tout sexe », « total postes de prescriptions » retirées)"),
        ];
    }

    /// <summary>"2019 à 2024", "2021" or "2019, 2021".</summary>
    public static string Years(IReadOnlyList<int> years) =>
        years.Count > 1 && years[^1] - years[0] == years.Count - 1
            ? string.Create(CultureInfo.InvariantCulture, $"{years[0]} à {years[^1]}")
            : string.Join(", ", years.Select(y => y.ToString(CultureInfo.InvariantCulture)));

    public static string Title(ExtractSelection selection, string datasetTitle) => selection.Request.Pack
        ? "Dossier territorial — " + string.Join(", ", selection.RequestedTerritories.Select(Label))
        : "Extrait — " + datasetTitle;

    private static string Territories(IReadOnlyList<TerritoryMember> requested, bool withDepartements, int expanded)
    {
        if (requested.Count == 0)
        {
            return "tous";
        }
        var text = string.Join(", ", requested.Select(t => t.IsCountry ? "France" : $"{t.Label} ({(t.IsRegion ? "région" : "département")} {(t.IsRegion ? t.RegionCode : t.DepartementCode)})"));
        return withDepartements && requested.Any(t => t.IsRegion)
            ? text + string.Create(CultureInfo.InvariantCulture, $", avec les départements de chaque région ({expanded} territoires)")
            : text;
    }

    private static string Professions(IReadOnlyList<ProfessionMember> requested, bool withSub, int expanded) =>
        requested.Count == 0
            ? "toutes"
            : string.Join(" ; ", requested.Select(p => p.Label))
              + (withSub ? string.Create(CultureInfo.InvariantCulture, $", avec leurs sous-professions ({expanded} professions)") : string.Empty);

    private static string Label(TerritoryMember member) => member.IsCountry ? "France" : member.Label;
}
