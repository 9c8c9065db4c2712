namespace Warehouse.Sample;

/// <summary>
/// Headcounts of the detail professions in each département: the national figure of the profile, moved by its
/// yearly trend, shared out over the départements by population (more or less urban) with a stable local character.
/// Everything else (age × sex cells, sectors, practice types, fees…) splits these numbers, so the datasets agree.
/// </summary>
internal sealed class HeadcountModel(ProfessionModel professions, TerritoryModel territories, SampleHash hash)
{
    public ProfessionModel Professions { get; } = professions;

    public TerritoryModel Territories { get; } = territories;

    /// <summary>Headcount of every detail profession in every département for a year, indexed [profession, territory].</summary>
    public long[,] ForYear(int year)
    {
        var counts = new long[Professions.Count, Territories.Count];
        var departements = Territories.Departements;
        var weights = new double[departements.Count];
        var parts = new long[departements.Count];
        foreach (var p in Professions.Details)
        {
            var profile = Professions.Profiles[p];
            var national = profile.Headcount * Math.Pow(1 + profile.Growth, year - 2024)
                           * (1 + 0.004 * hash.Normal(NoiseStream.HeadcountYear, p, year));
            for (var i = 0; i < departements.Count; i++)
            {
                var d = departements[i];
                weights[i] = Math.Pow(Territories.Population(d, year) / 1e6, 1 + profile.Urban)
                             * hash.Factor(0.3, NoiseStream.Geography, p, d)
                             * hash.Factor(0.03, NoiseStream.GeographyYear, p, d, year);
            }
            Apportion.Split((long)Math.Round(national), weights, parts);
            for (var i = 0; i < departements.Count; i++)
            {
                counts[p, departements[i]] = parts[i];
            }
        }
        return counts;
    }
}
