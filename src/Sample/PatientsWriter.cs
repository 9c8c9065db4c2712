using Warehouse.Loader.Datasets;

namespace Warehouse.Sample;

/// <summary>
/// #7 patientele: mean distinct patients and mean "médecin traitant" patients per practitioner (whole numbers), for
/// the médecins with a patient list. The médecin traitant measure is NC where it does not apply (specialists), both
/// are NS on small cells; the twins (in reverse order, as published) are empty there.
/// </summary>
internal sealed class PatientsWriter : ISampleWriter
{
    private const int Salt = 7;

    public DatasetDefinition Dataset => DatasetCatalog.Patients;

    public void Write(SampleContext context, SampleCsvFile file, CancellationToken cancellationToken)
    {
        var leading = new LeadingColumns(context, file, hasTerritory: true);
        var row = file.Row;
        int seen = file.Column("nombre_patients_uniques"), referring = file.Column("nombre_patients_medecin_traitant");
        int seenTwin = file.Column("patients_uniques_integer"), referringTwin = file.Column("patients_medecin_traitant_integer");
        var professions = context.Professions;
        var applies = Enumerable.Range(0, professions.Count)
            .Select(p => professions.MembersOf(p).Any(m => professions.Profiles[m].Referring > 0)).ToArray();

        foreach (var year in context.Scope.Years)
        {
            leading.SetYear(year);
            var cube = Totals(context, year);
            foreach (var p in professions.Select(ProfessionSets.Patients))
            {
                cancellationToken.ThrowIfCancellationRequested();
                leading.SetProfession(p);
                foreach (var t in context.Scope.Territories)
                {
                    leading.SetTerritory(t);
                    var cell = cube.Cell(p, t);
                    var secret = SampleValues.IsSecret(context.Hash, Salt, p, context.Territories.SameCellAs(t), year, cell[0]);
                    row[seen] = secret ? SampleValues.NotSignificant : SampleValues.Whole(SampleValues.Mean(cell[1], cell[0]));
                    row[referring] = !applies[p] ? SampleValues.NotConcerned
                        : secret ? SampleValues.NotSignificant
                        : SampleValues.Whole(SampleValues.Mean(cell[2], cell[0]));
                    row[seenTwin] = secret ? SampleValues.Blank : row[seen];
                    row[referringTwin] = secret || !applies[p] ? SampleValues.Blank : row[referring];
                    file.WriteRow();
                }
            }
        }
    }

    /// <summary>[headcount, distinct patients, médecin traitant patients] per cell (sums of practitioners' lists).</summary>
    private static AdditiveCube Totals(SampleContext context, int year)
    {
        var counts = context.Headcounts.ForYear(year);
        var cube = new AdditiveCube(context.Professions, context.Territories, 3);
        var parts = new long[3];
        foreach (var p in context.Professions.Details)
        {
            var profile = context.Professions.Profiles[p];
            foreach (var d in context.Territories.Departements)
            {
                var n = counts[p, d];
                var trend = 1 + 0.006 * (year - 2024);
                parts[0] = n;
                parts[1] = (long)Math.Round(n * profile.Seen * trend * context.Hash.Factor(0.12, NoiseStream.PatientsSeen, p, d));
                parts[2] = (long)Math.Round(n * profile.Referring * trend * context.Hash.Factor(0.1, NoiseStream.PatientsReferring, p, d));
                cube.AddDepartement(p, d, parts);
            }
        }
        return cube;
    }
}
