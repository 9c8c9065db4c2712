using Warehouse.Loader.Datasets;

namespace Warehouse.Sample;

/// <summary>
/// #1 demographie-effectifs-et-les-densites: the full 13 age bands × 4 sexes cross per (year, profession, territory);
/// the <c>Tout âge</c> / <c>tout sexe</c> rows are sums of the detail cells; density = effectif per 100 000 of the
/// profession's reference population (women for gynécologues, children for pédiatres, women 15–49 for sages-femmes).
/// </summary>
internal sealed class HeadcountDensityWriter : ISampleWriter
{
    public DatasetDefinition Dataset => DatasetCatalog.HeadcountDensity;

    public void Write(SampleContext context, SampleCsvFile file, CancellationToken cancellationToken)
    {
        var leading = new LeadingColumns(context, file, hasTerritory: true);
        var row = file.Row;
        int code = file.Column("classe_age"), ageLabel = file.Column("libelle_classe_age"), sexLabel = file.Column("libelle_sexe");
        int effectif = file.Column("effectif"), densite = file.Column("densite");
        var roles = context.Roles;
        var ages = roles.AgeBands.Select((b, i) => b.Member.IsAggregate ? -1 : IndexIn(roles.AgeDetails, i)).ToArray();
        var sexes = roles.Sexes.Select((s, i) => s.IsAggregate ? -1 : IndexIn(roles.SexDetails, i)).ToArray();
        var professions = context.Professions.Select(context.Scope.Scale == SampleScale.Small ? ProfessionSets.SmallHeadcount : ProfessionSets.None);

        foreach (var year in context.Scope.Years)
        {
            leading.SetYear(year);
            var cube = context.AgeSex.ForYear(year, context.Headcounts.ForYear(year));
            var denominators = Enum.GetValues<DensityBase>().ToDictionary(b => b, b => context.Territories.Denominators(year, b));
            foreach (var p in professions)
            {
                cancellationToken.ThrowIfCancellationRequested();
                leading.SetProfession(p);
                var population = denominators[context.Professions.Profiles[p].Density];
                foreach (var t in context.Scope.Territories)
                {
                    leading.SetTerritory(t);
                    var cell = cube.Cell(p, t);
                    for (var a = 0; a < ages.Length; a++)
                    {
                        row[code] = roles.AgeBands[a].Code;
                        row[ageLabel] = roles.AgeBands[a].Member.Label;
                        for (var s = 0; s < sexes.Length; s++)
                        {
                            row[sexLabel] = roles.Sexes[s].Label;
                            var value = Sum(cell, ages[a], sexes[s], roles.SexDetails.Count);
                            row[effectif] = SampleValues.Whole(value);
                            row[densite] = SampleValues.Decimal(value / population[t] * 100_000, 2);
                            file.WriteRow();
                        }
                    }
                }
            }
        }
    }

    /// <summary>The cell of (age, sex), or the sum over all ages and/or sexes when either is the aggregate (−1).</summary>
    private static long Sum(ReadOnlySpan<long> cell, int age, int sex, int sexCount)
    {
        var total = 0L;
        for (var i = 0; i < cell.Length; i++)
        {
            if ((age < 0 || i / sexCount == age) && (sex < 0 || i % sexCount == sex))
            {
                total += cell[i];
            }
        }
        return total;
    }

    private static int IndexIn(IReadOnlyList<int> positions, int position) =>
        positions.Select((p, i) => (p, i)).First(x => x.p == position).i;
}
