using Warehouse.Reports.Data;
using Warehouse.Reports.Extracts.Catalog;

namespace Warehouse.Reports.Extracts.Writing;

/// <summary>One dataset of the extract as the "À propos" sheet states it.</summary>
internal sealed record AboutDataset(ExtractDataset Dataset, DataRelease? Release, long Rows, IReadOnlyList<string> Parts);

/// <summary>What the "À propos" sheet (or a pack's a_propos.txt) says: source, releases, filters, time, schema, rows, synthetic mark.</summary>
internal sealed record ExtractAbout(
    string Title,
    DateTimeOffset GeneratedAt,
    string SchemaVersion,
    IReadOnlyList<(string Label, string Value)> Filters,
    IReadOnlyList<AboutDataset> Datasets,
    IReadOnlyList<string> Notes,
    bool IsSynthetic)
{
    public const string Source = "Cnam, data.ameli.fr — Data Professionnels de santé libéraux";
    public const string SyntheticMark = "DONNÉES SYNTHÉTIQUES";
    public const string SyntheticBanner = SyntheticMark + " — générées pour les essais, elles ne décrivent pas la réalité : ne pas diffuser ni analyser.";

    public long TotalRows => Datasets.Sum(d => d.Rows);

    /// <summary>What the data is: synthetic data never names the Cnam as its source.</summary>
    public string SourceText => IsSynthetic ? "aucune : " + Rendering.ReportInfo.SyntheticSource : Source;
}
