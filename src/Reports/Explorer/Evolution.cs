using Warehouse.Reports.Data;

namespace Warehouse.Reports.Explorer;

/// <summary>One line of an evolution: a territory (for one profession) or a profession (in one territory), a value per year.</summary>
public sealed record EvolutionSeries(string Name, string Code, IReadOnlyList<Measure> Values);

/// <summary>An indicator over the years for up to <see cref="MaxSeries"/> territories or professions, absolute or indexed (first year = 100).</summary>
public sealed record Evolution(string Title, string Unit, int Decimals, IReadOnlyList<int> Years, IReadOnlyList<EvolutionSeries> Series, bool Indexed)
{
    public const int MaxSeries = 8;

    /// <summary>The series as given, or each divided by its first year with a value (× 100): secrets and gaps stay what they are.</summary>
    public static IReadOnlyList<Measure> Index(IReadOnlyList<Measure> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var baseValue = values.FirstOrDefault(v => v.Value is > 0);
        return [.. values.Select(v => baseValue.Value is { } b ? Measure.Derive(v.Value / b * 100, v) : v.HasValue ? Measure.Missing : v)];
    }

    /// <summary>The table: one row per year, one column per series.</summary>
    public ExplorerTable Table()
    {
        var decimals = Indexed ? 1 : Decimals;
        var rows = Years.Select((year, i) => (IReadOnlyList<ExplorerCell>)
            [ExplorerCell.Of(Rendering.FrenchFormat.Year(year)), .. Series.Select(s => ExplorerCell.Of(s.Values[i], decimals))]).ToList();
        var notes = Indexed ? new[] { "Indice : première année avec une valeur = 100." } : [];
        return new ExplorerTable(Title, ["Année", .. Series.Select(s => s.Name)], rows, notes);
    }
}
