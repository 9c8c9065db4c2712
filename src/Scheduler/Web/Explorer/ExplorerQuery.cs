using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using Warehouse.Reports.Explorer;

namespace Warehouse.Scheduler.Web.Explorer;

/// <summary>
/// The whole state of an explorer view, read from and written to its URL (so a view can be shared as a link): indicator,
/// profession(s), poste, year, level, région, territories, mode. Unknown or missing values fall back to defaults.
/// </summary>
public sealed record ExplorerQuery(
    string Indicator, int Profession, int? Post, int? Year, string Level, string? Region,
    IReadOnlyList<string> Territories, IReadOnlyList<int> Professions, bool Indexed)
{
    /// <summary>Prescription postes compared in one territory (Évolution with the prescriptions indicator): "postes=1,2,3" or "postes=tous".</summary>
    public IReadOnlyList<int> Posts { get; init; } = [];

    public static ExplorerQuery Parse(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        string? Text(string name) => query.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v.ToString()) ? v.ToString().Trim() : null;
        int? Number(string name) => int.TryParse(Text(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;
        IEnumerable<string> List(string name) => (Text(name) ?? "").Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        // "ajouter" and "ajouter-profession" are the Évolution form's pickers: one more territory or profession, without script.
        var compared = List("professions").ToList();
        if (compared.Count == 0 && List("ajouter-profession").Any())
        {
            compared.Add(Text("profession") ?? "2"); // comparing starts from the profession shown
        }
        var professions = Numbers(compared.Concat(List("ajouter-profession"))).Distinct().Take(Evolution.MaxSeries).ToList();
        return new ExplorerQuery(
            ExplorerIndicators.Find(Text("indicateur")).Id,
            Number("profession") ?? 2,
            Number("poste"),
            Number("annee"),
            ExplorerLevels.Normalise(Text("niveau")),
            Text("region"),
            [.. List("territoires").Concat(List("ajouter")).Select(t => t.ToUpperInvariant()).Distinct().Take(Evolution.MaxSeries)],
            professions,
            string.Equals(Text("mode"), "indice", StringComparison.OrdinalIgnoreCase))
        {
            Posts = string.Equals(Text("postes"), "tous", StringComparison.OrdinalIgnoreCase)
                ? [1, 2, 3, 4, 5, 6, 7, 8]
                : [.. Numbers(List("postes")).Distinct().Take(Evolution.MaxSeries)],
        };

        static IEnumerable<int> Numbers(IEnumerable<string> items) =>
            items.Select(p => int.TryParse(p, NumberStyles.Integer, CultureInfo.InvariantCulture, out var k) ? k : (int?)null).OfType<int>();
    }

    /// <summary>The query string of this state ("?indicateur=densite&amp;profession=2…"), only the parameters that are set.</summary>
    public string ToQueryString()
    {
        var parameters = new Dictionary<string, string?>
        {
            ["indicateur"] = Indicator,
            ["profession"] = Profession.ToString(CultureInfo.InvariantCulture),
            ["poste"] = Post?.ToString(CultureInfo.InvariantCulture),
            ["annee"] = Year?.ToString(CultureInfo.InvariantCulture),
            ["niveau"] = Level,
            ["region"] = Region,
            ["territoires"] = Territories.Count == 0 ? null : string.Join(',', Territories),
            ["professions"] = Professions.Count == 0 ? null : string.Join(',', Professions.Select(p => p.ToString(CultureInfo.InvariantCulture))),
            ["mode"] = Indexed ? "indice" : null,
            ["postes"] = Posts.Count == 0 ? null : string.Join(',', Posts.Select(p => p.ToString(CultureInfo.InvariantCulture))),
        };
        return QueryHelpers.AddQueryString("", parameters.Where(p => p.Value is not null));
    }
}
