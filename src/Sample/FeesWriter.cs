using Warehouse.Loader.Datasets;

namespace Warehouse.Sample;

/// <summary>
/// #5 honoraires: totals (additive over territories and professions), whole-euro means (total / headcount), and the
/// secteur 2 extra-billing rates in percent with one decimal. NS on small cells (amounts and rates), NC for the
/// rates where there is no secteur 2 (or no Optam yet); the *_integer twins repeat the number, or are empty for NS / NC (as real exports);
/// taux_depassement is the constant <c>non</c>; totaux_integer / moyens_integer are tariff + extra billing.
/// </summary>
internal sealed class FeesWriter : ISampleWriter
{
    private const int Salt = 5;

    public DatasetDefinition Dataset => DatasetCatalog.Fees;

    public void Write(SampleContext context, SampleCsvFile file, CancellationToken cancellationToken)
    {
        var leading = new LeadingColumns(context, file, hasTerritory: true);
        var row = file.Row;
        row[file.Column("taux_depassement")] = "non";
        var columns = new Columns(file);

        foreach (var year in context.Scope.Years)
        {
            leading.SetYear(year);
            var cube = context.Fees.ForYear(year, context.Headcounts.ForYear(year));
            for (var p = 0; p < context.Professions.Count; p++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                leading.SetProfession(p);
                foreach (var t in context.Scope.Territories)
                {
                    leading.SetTerritory(t);
                    var cell = cube.Cell(p, t);
                    var headcount = cell[(int)FeePart.Headcount];
                    var secret = SampleValues.IsSecret(context.Hash, Salt, p, context.Territories.SameCellAs(t), year, headcount);
                    long tariff = cell[(int)FeePart.TariffFees], extra = cell[(int)FeePart.ExtraBilling];
                    columns.Amount(row, 0, secret ? null : tariff);
                    columns.Amount(row, 1, secret ? null : extra);
                    columns.Amount(row, 2, secret ? null : SampleValues.Mean(tariff, headcount));
                    columns.Amount(row, 3, secret ? null : SampleValues.Mean(extra, headcount));
                    columns.Rate(row, 0, secret, cell[(int)FeePart.Sector2Extra], cell[(int)FeePart.Sector2Tariff]);
                    columns.Rate(row, 1, secret, cell[(int)FeePart.NotOptamExtra], cell[(int)FeePart.NotOptamTariff]);
                    columns.Rate(row, 2, secret, cell[(int)FeePart.OptamExtra], cell[(int)FeePart.OptamTariff]);
                    row[columns.Totals] = secret ? SampleValues.Blank : SampleValues.Whole(tariff + extra);
                    row[columns.Means] = secret ? SampleValues.Blank : SampleValues.Whole(SampleValues.Mean(tariff + extra, headcount));
                    file.WriteRow();
                }
            }
        }
    }

    /// <summary>The measure columns and their *_integer twins, bound by name.</summary>
    private sealed class Columns(SampleCsvFile file)
    {
        private static readonly string[] AmountNames =
            ["hono_sans_depassement_totaux", "depassements_totaux", "hono_sans_depassement_moyens", "depassements_moyens"];

        private static readonly string[] RateNames = ["taux_depassement_s2", "taux_depassement_s2_non_optam", "taux_depassement_s2_optam"];

        private readonly (int Text, int Twin)[] _amounts = AmountNames.Select(n => (file.Column(n), file.Column(n + "_integer"))).ToArray();
        private readonly (int Text, int Twin)[] _rates = RateNames.Select(n => (file.Column(n), file.Column(n + "_integer"))).ToArray();

        public int Totals { get; } = file.Column("totaux_integer");

        public int Means { get; } = file.Column("moyens_integer");

        /// <summary>A whole-euro amount, or NS (empty twin) when withheld.</summary>
        public void Amount(string[] row, int index, long? value)
        {
            var text = value is { } v ? SampleValues.Whole(v) : SampleValues.NotSignificant;
            row[_amounts[index].Text] = text;
            row[_amounts[index].Twin] = value is null ? SampleValues.Blank : text;
        }

        /// <summary>Extra billing as a percentage of fees at tariff: NC without secteur 2 practitioners, NS when withheld.</summary>
        public void Rate(string[] row, int index, bool secret, long extra, long tariff)
        {
            var text = tariff <= 0 ? SampleValues.NotConcerned
                : secret ? SampleValues.NotSignificant
                : SampleValues.Decimal(100.0 * extra / tariff, 1);
            row[_rates[index].Text] = text;
            row[_rates[index].Twin] = tariff <= 0 || secret ? SampleValues.Blank : text;
        }
    }
}
