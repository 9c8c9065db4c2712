namespace Warehouse.Sample;

/// <summary>
/// Additive measures of one year, [profession × territory × component]. Only (detail profession, département) cells
/// are generated; <see cref="AddDepartement"/> adds each into its région, France, and the profession's aggregates, so
/// every published total is exactly the sum of its members.
/// </summary>
internal sealed class AdditiveCube
{
    private readonly long[] _values;
    private readonly ProfessionModel _professions;
    private readonly TerritoryModel _territories;

    public AdditiveCube(ProfessionModel professions, TerritoryModel territories, int width)
    {
        _professions = professions;
        _territories = territories;
        Width = width;
        _values = new long[professions.Count * territories.Count * width];
    }

    /// <summary>Components per cell.</summary>
    public int Width { get; }

    public ReadOnlySpan<long> Cell(int profession, int territory) =>
        _values.AsSpan((profession * _territories.Count + territory) * Width, Width);

    public long this[int profession, int territory, int component] =>
        _values[(profession * _territories.Count + territory) * Width + component];

    public void AddDepartement(int profession, int departement, ReadOnlySpan<long> parts)
    {
        var region = _territories.RegionOf(departement);
        Add(profession, departement, parts);
        Add(profession, region, parts);
        Add(profession, _territories.National, parts);
        foreach (var aggregate in _professions.AncestorsOf(profession))
        {
            Add(aggregate, departement, parts);
            Add(aggregate, region, parts);
            Add(aggregate, _territories.National, parts);
        }
    }

    private void Add(int profession, int territory, ReadOnlySpan<long> parts)
    {
        var cell = _values.AsSpan((profession * _territories.Count + territory) * Width, Width);
        for (var i = 0; i < parts.Length; i++)
        {
            cell[i] += parts[i];
        }
    }
}
