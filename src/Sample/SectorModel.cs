namespace Warehouse.Sample;

/// <summary>
/// Splits each (detail profession, département) headcount over the secteurs conventionnels: plain secteur 2 before
/// Optam exists (dim_sector first_year), then secteur 2 with / without Optam, the Optam share growing towards 2024.
/// Professions without secteur 2 (profile Sector2 = 0) are secteur 1 and a few non conventionnés.
/// </summary>
internal sealed class SectorModel(HeadcountModel headcounts, CodedRoles roles, SampleHash hash)
{
    public static int Width => Enum.GetValues<SectorSlot>().Length;

    public AdditiveCube ForYear(int year, long[,] counts)
    {
        var cube = new AdditiveCube(headcounts.Professions, headcounts.Territories, Width);
        var parts = new long[Width];
        var weights = new double[Width];
        foreach (var p in headcounts.Professions.Details)
        {
            foreach (var d in headcounts.Territories.Departements)
            {
                Weights(p, d, year, weights);
                Apportion.Split(counts[p, d], weights, parts);
                cube.AddDepartement(p, d, parts);
            }
        }
        return cube;
    }

    /// <summary>The expected shares of one (detail profession, département, year), indexed by <see cref="SectorSlot"/>.</summary>
    private void Weights(int profession, int departement, int year, Span<double> weights)
    {
        var profile = headcounts.Professions.Profiles[profession];
        var sector2 = profile.Sector2 <= 0 ? 0 : Math.Min(0.95, profile.Sector2 * hash.Factor(0.25, NoiseStream.Sector, profession, departement));
        var notContracted = profile.Sector2 > 0 ? 0.011 : 0.004;
        weights.Clear();
        weights[(int)SectorSlot.Sector1] = 1 - sector2 - notContracted;
        weights[(int)SectorSlot.NotContracted] = notContracted;
        if (year < roles.OptamFirstYear)
        {
            weights[(int)SectorSlot.Sector2] = sector2;
            return;
        }
        var ramp = Math.Min(1.0, 0.3 + 0.7 * (year - roles.OptamFirstYear) / Math.Max(1, 2024 - roles.OptamFirstYear));
        var optam = Math.Min(0.95, 0.5 * hash.Factor(0.15, NoiseStream.OptamShare, profession) * ramp);
        weights[(int)SectorSlot.Optam] = sector2 * optam;
        weights[(int)SectorSlot.NotOptam] = sector2 * (1 - optam);
    }
}
