using Warehouse.Loader.Datasets;

namespace Warehouse.Sample;

/// <summary>
/// #2 demographie-ages-moyens-part-des-femmes-part-des-plus-de-60-ans: national only, one row per (year, profession),
/// derived from the same national age × sex cells as #1. Shares are percentages (0–100, one decimal) among practitioners
/// of known sex / known age, so each pair adds up to 100.0; mean ages are whole years from the band midpoints.
/// </summary>
internal sealed class DemographicProfileWriter : ISampleWriter
{
    public DatasetDefinition Dataset => DatasetCatalog.DemographicProfile;

    public void Write(SampleContext context, SampleCsvFile file, CancellationToken cancellationToken)
    {
        var leading = new LeadingColumns(context, file, hasTerritory: false);
        var row = file.Row;
        var roles = context.Roles;
        var sexes = roles.SexDetails.Count;
        int women = 0, men = 1;
        var bands = roles.AgeDetails.Select(i => roles.AgeBands[i]).ToArray();

        foreach (var year in context.Scope.Years)
        {
            leading.SetYear(year);
            var cube = context.AgeSex.ForYear(year, context.Headcounts.ForYear(year));
            for (var p = 0; p < context.Professions.Count; p++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                leading.SetProfession(p);
                var cell = cube.Cell(p, context.Territories.National).ToArray();
                double Count(Func<AgeBand, bool> age, int? sex)
                {
                    var total = 0L;
                    for (var a = 0; a < bands.Length; a++)
                    {
                        for (var s = 0; s < sexes; s++)
                        {
                            total += age(bands[a]) && (sex is null || s == sex) ? cell[a * sexes + s] : 0;
                        }
                    }
                    return total;
                }
                double MeanAge(int? sex) =>
                    bands.Where(b => !b.IsUnknown).Sum(b => b.Midpoint * Count(x => x == b, sex)) / Math.Max(1, Count(b => !b.IsUnknown, sex));

                var female = Math.Round(100 * Count(_ => true, women) / Math.Max(1, Count(_ => true, women) + Count(_ => true, men)), 1);
                var over60 = Math.Round(100 * Count(b => b.From >= 60, null) / Math.Max(1, Count(b => !b.IsUnknown, null)), 1);
                row[file.Column("part_femmes")] = SampleValues.Decimal(female, 1);
                row[file.Column("part_hommes")] = SampleValues.Decimal(100 - female, 1);
                row[file.Column("part_des_60_ans_et_plus")] = SampleValues.Decimal(over60, 1);
                row[file.Column("part_des_moins_de_60_ans")] = SampleValues.Decimal(100 - over60, 1);
                row[file.Column("age_moyen_global")] = SampleValues.Whole((long)Math.Round(MeanAge(null)));
                row[file.Column("age_moyen_femmes")] = SampleValues.Whole((long)Math.Round(MeanAge(women)));
                row[file.Column("age_moyen_hommes")] = SampleValues.Whole((long)Math.Round(MeanAge(men)));
                file.WriteRow();
            }
        }
    }
}
