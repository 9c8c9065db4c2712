namespace Warehouse.Sample;

/// <summary>
/// Splits each (detail profession, département) headcount over the detail age bands × detail sexes (12 × 3 cells):
/// a share of women drifting with the years, a normal age distribution per sex (women younger), a few unknowns.
/// Cells are stored age-major: component = ageDetail × sexes + sexDetail.
/// </summary>
internal sealed class AgeSexModel(HeadcountModel headcounts, CodedRoles roles, SampleHash hash)
{
    private const double UnknownSex = 0.002;
    private const double UnknownAge = 0.0015;
    private const double AgeSpread = 11.0;

    public int Sexes => roles.SexDetails.Count;

    public AdditiveCube ForYear(int year, long[,] counts)
    {
        var ages = roles.AgeDetails;
        var cube = new AdditiveCube(headcounts.Professions, headcounts.Territories, ages.Count * Sexes);
        var weights = new double[cube.Width];
        var parts = new long[cube.Width];
        foreach (var p in headcounts.Professions.Details)
        {
            var profile = headcounts.Professions.Profiles[p];
            foreach (var d in headcounts.Territories.Departements)
            {
                var female = Math.Clamp(profile.Female + profile.FemaleTrend * (year - 2024) + 0.03 * hash.Normal(NoiseStream.FemaleShift, p, d), 0.01, 0.995);
                var womenAge = profile.MeanAge + 0.15 * (year - 2024) - 2.5 + 1.5 * hash.Normal(NoiseStream.AgeShift, p, d);
                ReadOnlySpan<(double Share, double MeanAge)> sexes =
                [
                    ((1 - UnknownSex) * female, womenAge),
                    ((1 - UnknownSex) * (1 - female), womenAge + 5),
                    (UnknownSex, womenAge + 2),
                ];
                for (var a = 0; a < ages.Count; a++)
                {
                    for (var s = 0; s < Sexes; s++)
                    {
                        weights[a * Sexes + s] = sexes[s].Share * AgeShare(roles.AgeBands[ages[a]], sexes[s].MeanAge);
                    }
                }
                Apportion.Split(counts[p, d], weights, parts);
                cube.AddDepartement(p, d, parts);
            }
        }
        return cube;
    }

    private static double AgeShare(AgeBand band, double mean)
    {
        if (band.IsUnknown)
        {
            return UnknownAge;
        }
        var upper = band.Until is { } u ? Phi((u - mean) / AgeSpread) : 1.0;
        var lower = band.From is { } f ? Phi((f - mean) / AgeSpread) : 0.0;
        return (1 - UnknownAge) * (upper - lower);
    }

    /// <summary>Standard normal CDF (Abramowitz–Stegun 7.1.26, |error| &lt; 1.5e-7).</summary>
    private static double Phi(double x)
    {
        var z = Math.Abs(x) / Math.Sqrt(2);
        var t = 1 / (1 + 0.3275911 * z);
        var erf = 1 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.Exp(-z * z);
        return x >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
    }
}
