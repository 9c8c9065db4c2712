using Warehouse.Loader.Datasets;

namespace Warehouse.Sample;

/// <summary>
/// #6 prescriptions: amount per prescription post (whole euros) for the médecins, the all-posts member being the sum
/// of the posts; mean = total / headcount. NS on small cells, twins empty there.
/// </summary>
internal sealed class PrescriptionsWriter : ISampleWriter
{
    private const int Salt = 6;
    private static readonly double[] BaseMix = [0.50, 0.12, 0.10, 0.09, 0.06, 0.07, 0.04, 0.02];

    public DatasetDefinition Dataset => DatasetCatalog.Prescriptions;

    public void Write(SampleContext context, SampleCsvFile file, CancellationToken cancellationToken)
    {
        var leading = new LeadingColumns(context, file, hasTerritory: true);
        var row = file.Row;
        int code = file.Column("poste_prescription"), label = file.Column("libelle_poste_prescription");
        int total = file.Column("montant_total_prescription"), mean = file.Column("montant_moyen_prescription");
        int totalTwin = file.Column("montant_total_prescription_integer"), meanTwin = file.Column("montant_moyen_prescription_integer");
        var posts = context.Roles.Posts;
        var details = context.Roles.PostDetails;

        foreach (var year in context.Scope.Years)
        {
            leading.SetYear(year);
            var cube = Amounts(context, year);
            foreach (var p in context.Professions.Select(ProfessionSets.Prescribers))
            {
                cancellationToken.ThrowIfCancellationRequested();
                leading.SetProfession(p);
                foreach (var t in context.Scope.Territories)
                {
                    leading.SetTerritory(t);
                    var cell = cube.Cell(p, t);
                    var secret = SampleValues.IsSecret(context.Hash, Salt, p, context.Territories.SameCellAs(t), year, cell[0]);
                    for (var i = 0; i < posts.Count; i++)
                    {
                        var amount = 0L;
                        for (var j = 0; j < details.Count; j++)
                        {
                            amount += posts[i].IsAggregate || details[j] == i ? cell[1 + j] : 0;
                        }
                        row[code] = posts[i].SourceCode ?? (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                        row[label] = posts[i].Label;
                        row[total] = secret ? SampleValues.NotSignificant : SampleValues.Whole(amount);
                        row[mean] = secret ? SampleValues.NotSignificant : SampleValues.Whole(SampleValues.Mean(amount, cell[0]));
                        row[totalTwin] = secret ? SampleValues.Blank : row[total];
                        row[meanTwin] = secret ? SampleValues.Blank : row[mean];
                        file.WriteRow();
                    }
                }
            }
        }
    }

    /// <summary>[headcount, amount of each detail post] per cell.</summary>
    private static AdditiveCube Amounts(SampleContext context, int year)
    {
        var counts = context.Headcounts.ForYear(year);
        var posts = context.Roles.PostDetails.Count;
        var cube = new AdditiveCube(context.Professions, context.Territories, 1 + posts);
        var weights = new double[posts];
        var parts = new long[1 + posts];
        var hash = context.Hash;
        foreach (var p in context.Professions.Details)
        {
            foreach (var d in context.Territories.Departements)
            {
                var n = counts[p, d];
                var perPractitioner = context.Professions.Profiles[p].Prescriptions * 1000 * Math.Pow(1.03, year - 2024)
                                      * hash.Factor(0.15, NoiseStream.PrescriptionLevel, p, d);
                for (var i = 0; i < posts; i++)
                {
                    weights[i] = BaseMix[i % BaseMix.Length] * hash.Factor(0.4, NoiseStream.PrescriptionMix, p, i)
                                 * hash.Factor(0.1, NoiseStream.PrescriptionPost, p, d, i);
                }
                var sum = weights.Sum();
                parts[0] = n;
                for (var i = 0; i < posts; i++)
                {
                    parts[1 + i] = (long)Math.Round(n * perPractitioner * weights[i] / sum);
                }
                cube.AddDepartement(p, d, parts);
            }
        }
        return cube;
    }
}
