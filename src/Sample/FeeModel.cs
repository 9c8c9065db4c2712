namespace Warehouse.Sample;

/// <summary>The additive fee components of a cell (whole euros, except the headcount).</summary>
internal enum FeePart
{
    Headcount,
    TariffFees,
    ExtraBilling,
    Sector2Tariff,
    Sector2Extra,
    OptamTariff,
    OptamExtra,
    NotOptamTariff,
    NotOptamExtra,
}

/// <summary>
/// Fees per (detail profession, département): headcount × a mean fee; extra billing from the secteur 2 headcounts
/// (without Optam bills most, with Optam less) or a flat rate for professions without secteur 2. Each family's
/// national 2024 totals are calibrated on docs/data-format.md §9 (Σ ≈ €51.5 bn at tariff, ≈ €10.7 bn extra).
/// The taux_* columns are derived from the additive parts (extra / tariff), so they are consistent at every level.
/// </summary>
internal sealed class FeeModel
{
    private const int CalibrationYear = 2024;
    private readonly HeadcountModel _headcounts;
    private readonly SectorModel _sectors;
    private readonly SampleHash _hash;
    private readonly double[] _tariffFactor;
    private readonly double[] _extraFactor;

    public FeeModel(HeadcountModel headcounts, SectorModel sectors, SampleHash hash)
    {
        _headcounts = headcounts;
        _sectors = sectors;
        _hash = hash;
        var professions = headcounts.Professions;
        _tariffFactor = Enumerable.Repeat(1.0, professions.Count).ToArray();
        _extraFactor = Enumerable.Repeat(1.0, professions.Count).ToArray();
        var raw = ForYear(CalibrationYear, headcounts.ForYear(CalibrationYear));
        var national = headcounts.Territories.National;
        var tariff = new double[professions.Count];
        var extra = new double[professions.Count];
        foreach (var target in ProfessionProfiles.FamilyTargets)
        {
            var root = Enumerable.Range(0, professions.Count).FirstOrDefault(p => professions.Members[p].Key == target.FamilyKey, -1);
            if (root >= 0 && raw[root, national, (int)FeePart.TariffFees] > 0 && raw[root, national, (int)FeePart.ExtraBilling] > 0)
            {
                tariff[root] = target.TariffFees / raw[root, national, (int)FeePart.TariffFees];
                // Extra billing is a rate on fees at tariff, so it also moves with the tariff factor.
                extra[root] = target.ExtraBilling / (raw[root, national, (int)FeePart.ExtraBilling] * tariff[root]);
            }
        }
        for (var p = 0; p < professions.Count; p++)
        {
            var root = professions.FamilyRootOf(p);
            _tariffFactor[p] = tariff[root] > 0 ? tariff[root] : 1.0;
            _extraFactor[p] = extra[root] > 0 ? extra[root] : 1.0;
        }
    }

    public static int Width => Enum.GetValues<FeePart>().Length;

    public AdditiveCube ForYear(int year, long[,] counts)
    {
        var sectors = _sectors.ForYear(year, counts);
        var cube = new AdditiveCube(_headcounts.Professions, _headcounts.Territories, Width);
        var parts = new long[Width];
        foreach (var p in _headcounts.Professions.Details)
        {
            foreach (var d in _headcounts.Territories.Departements)
            {
                Fill(p, d, year, sectors.Cell(p, d), parts);
                cube.AddDepartement(p, d, parts);
            }
        }
        return cube;
    }

    private void Fill(int p, int d, int year, ReadOnlySpan<long> sectorCounts, Span<long> parts)
    {
        var profile = _headcounts.Professions.Profiles[p];
        var meanFee = profile.Fee * 1000 * Math.Pow(1.02, year - CalibrationYear) * _tariffFactor[p]
                      * _hash.Factor(0.12, NoiseStream.FeeLevel, p, d) * _hash.Factor(0.02, NoiseStream.FeeYear, p, d, year);
        var rate = profile.Extra * _extraFactor[p] * _hash.Factor(0.15, NoiseStream.ExtraLevel, p, d);
        parts.Clear();
        parts[(int)FeePart.Headcount] = Sum(sectorCounts);
        parts[(int)FeePart.TariffFees] = (long)Math.Round(parts[(int)FeePart.Headcount] * meanFee);
        if (profile.Sector2 <= 0)
        {
            parts[(int)FeePart.ExtraBilling] = (long)Math.Round(parts[(int)FeePart.TariffFees] * rate);
            return;
        }
        var plain = Tariff(sectorCounts, SectorSlot.Sector2, meanFee);
        parts[(int)FeePart.OptamTariff] = Tariff(sectorCounts, SectorSlot.Optam, meanFee);
        parts[(int)FeePart.NotOptamTariff] = Tariff(sectorCounts, SectorSlot.NotOptam, meanFee);
        parts[(int)FeePart.OptamExtra] = (long)Math.Round(parts[(int)FeePart.OptamTariff] * rate * 0.45);
        parts[(int)FeePart.NotOptamExtra] = (long)Math.Round(parts[(int)FeePart.NotOptamTariff] * rate);
        parts[(int)FeePart.Sector2Tariff] = plain + parts[(int)FeePart.OptamTariff] + parts[(int)FeePart.NotOptamTariff];
        parts[(int)FeePart.Sector2Extra] = (long)Math.Round(plain * rate * 0.7) + parts[(int)FeePart.OptamExtra] + parts[(int)FeePart.NotOptamExtra];
        var others = parts[(int)FeePart.TariffFees] - parts[(int)FeePart.Sector2Tariff];
        parts[(int)FeePart.ExtraBilling] = parts[(int)FeePart.Sector2Extra] + (long)Math.Round(Math.Max(0, others) * rate * 0.01);
    }

    private static long Tariff(ReadOnlySpan<long> sectorCounts, SectorSlot slot, double meanFee) =>
        (long)Math.Round(sectorCounts[(int)slot] * meanFee);

    private static long Sum(ReadOnlySpan<long> values)
    {
        var sum = 0L;
        foreach (var v in values)
        {
            sum += v;
        }
        return sum;
    }
}
