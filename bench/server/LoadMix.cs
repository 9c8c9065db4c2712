namespace Warehouse.Bench.Server;

/// <summary>What a simulated analyst asks for: portal pages, PDF briefings and XLSX extracts, in fixed proportions.</summary>
internal static class LoadMix
{
    private static readonly string[] Pages = ["/", "/rapports/territoire", "/rapports/profession", "/extractions", "/historique"];

    // "ages" is published for France only, not by département.
    private static readonly string[] Datasets = ["effectifs", "secteurs", "honoraires", "prescriptions", "patientele"];

    public static (string Kind, string Path) Next(Random random, IReadOnlyList<string> departements)
    {
        var roll = random.Next(100);
        var departement = departements[random.Next(departements.Count)];
        return roll switch
        {
            < 50 => ("page", Pages[random.Next(Pages.Length)]),
            < 80 => ("pdf", $"/api/reports/territory?code={departement}&format=pdf"),
            _ => ("xlsx", $"/api/extracts?dataset={Datasets[random.Next(Datasets.Length)]}&territory=D{departement}&years=2019-2024&format=xlsx"),
        };
    }
}
