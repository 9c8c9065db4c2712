using Warehouse.Loader.Datasets;

namespace Warehouse.Sample;

/// <summary>
/// #3 demographie-secteurs-conventionnels: headcount per sector for the médecins (the Prescribers set), with the
/// sectors dim_sector publishes that year (3 before Optam, 4 from then); they add up to #1's all-ages all-sexes headcount.
/// </summary>
internal sealed class SectorWriter : ISampleWriter
{
    public DatasetDefinition Dataset => DatasetCatalog.HeadcountBySector;

    public void Write(SampleContext context, SampleCsvFile file, CancellationToken cancellationToken)
    {
        var leading = new LeadingColumns(context, file, hasTerritory: true);
        var row = file.Row;
        int code = file.Column("secteur_conventionnel"), label = file.Column("libelle_secteur_conventionnel"), effectif = file.Column("effectif");
        var roles = context.Roles;

        foreach (var year in context.Scope.Years)
        {
            leading.SetYear(year);
            var cube = context.Sectors.ForYear(year, context.Headcounts.ForYear(year));
            var sectors = roles.Sectors.Where(s => CodedRoles.Applies(s, year)).ToArray();
            foreach (var p in context.Professions.Select(ProfessionSets.Prescribers))
            {
                cancellationToken.ThrowIfCancellationRequested();
                leading.SetProfession(p);
                foreach (var t in context.Scope.Territories)
                {
                    leading.SetTerritory(t);
                    foreach (var sector in sectors)
                    {
                        row[code] = sector.SourceCode ?? sector.Key.ToString(System.Globalization.CultureInfo.InvariantCulture);
                        row[label] = sector.Label;
                        row[effectif] = SampleValues.Whole(cube[p, t, (int)roles.SectorRole[sector.Key]]);
                        file.WriteRow();
                    }
                }
            }
        }
    }
}
