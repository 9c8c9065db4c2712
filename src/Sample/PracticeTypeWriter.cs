using System.Globalization;
using Warehouse.Loader.Datasets;

namespace Warehouse.Sample;

/// <summary>
/// #4 demographie-exercices-liberaux: headcount split into libéral exclusif / libéral mixte for every profession;
/// the two add up to #1's all-ages all-sexes headcount.
/// </summary>
internal sealed class PracticeTypeWriter : ISampleWriter
{
    public DatasetDefinition Dataset => DatasetCatalog.HeadcountByPracticeType;

    public void Write(SampleContext context, SampleCsvFile file, CancellationToken cancellationToken)
    {
        var leading = new LeadingColumns(context, file, hasTerritory: true);
        var row = file.Row;
        int code = file.Column("type_exercice_liberal"), label = file.Column("libelle_type_exercice_liberal"), effectif = file.Column("effectif");
        var types = context.Roles.PracticeTypes;

        foreach (var year in context.Scope.Years)
        {
            leading.SetYear(year);
            var cube = Split(context, year);
            for (var p = 0; p < context.Professions.Count; p++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                leading.SetProfession(p);
                foreach (var t in context.Scope.Territories)
                {
                    leading.SetTerritory(t);
                    for (var i = 0; i < types.Count; i++)
                    {
                        row[code] = types[i].SourceCode ?? (i + 1).ToString(CultureInfo.InvariantCulture);
                        row[label] = types[i].Label;
                        row[effectif] = SampleValues.Whole(cube[p, t, i]);
                        file.WriteRow();
                    }
                }
            }
        }
    }

    /// <summary>[exclusif, mixte] per cell: the profile's exclusive share, varying by département and slowly over time.</summary>
    private static AdditiveCube Split(SampleContext context, int year)
    {
        var counts = context.Headcounts.ForYear(year);
        var cube = new AdditiveCube(context.Professions, context.Territories, 2);
        Span<double> weights = stackalloc double[2];
        Span<long> parts = stackalloc long[2];
        foreach (var p in context.Professions.Details)
        {
            foreach (var d in context.Territories.Departements)
            {
                var exclusive = context.Professions.Profiles[p].Exclusive + 0.05 * context.Hash.Normal(NoiseStream.Exclusive, p, d) - 0.002 * (year - 2024);
                weights[0] = Math.Clamp(exclusive, 0.05, 0.99);
                weights[1] = 1 - weights[0];
                Apportion.Split(counts[p, d], weights, parts);
                cube.AddDepartement(p, d, parts);
            }
        }
        return cube;
    }
}
