using System.Data.Common;
using Warehouse.Core.Dimensions;
using Warehouse.Reports.Data;

namespace Warehouse.Reports.Explorer;

/// <summary>What every explorer view needs besides its values: the dimensions, the loaded years and the data releases shown.</summary>
public sealed class ExplorerContext
{
    private ExplorerContext(ReferenceDimensions dimensions, IReadOnlyList<int> years, IReadOnlyList<DataRelease> releases)
    {
        Dimensions = dimensions;
        Years = years;
        Releases = releases;
    }

    public ReferenceDimensions Dimensions { get; }

    /// <summary>The loaded years (those of the headcount dataset, as the briefings).</summary>
    public IReadOnlyList<int> Years { get; }

    public IReadOnlyList<DataRelease> Releases { get; }

    public bool IsSynthetic => Releases.Any(r => r.IsSynthetic);

    public int LastYear => Years.Count == 0 ? 0 : Years[^1];

    public static async Task<ExplorerContext> LoadAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var dimensions = await ReferenceDimensions.LoadAsync(connection, cancellationToken);
        var queries = new ReportQueries(connection);
        return new ExplorerContext(dimensions, await queries.LoadedYearsAsync(), await queries.ReleasesAsync());
    }

    /// <summary>The profession with <paramref name="key"/>, or the généralistes.</summary>
    public ProfessionMember Profession(int? key) =>
        Dimensions.Professions.FirstOrDefault(p => p.Key == key) ?? Dimensions.Professions.First(p => p.Key == 2);

    /// <summary>The prescription poste with <paramref name="key"/>, or the all-postes total.</summary>
    public CodedMember Post(int? key) =>
        Dimensions.PrescriptionPosts.FirstOrDefault(p => p.Key == key) ?? Dimensions.PrescriptionPosts.FirstOrDefault(p => p.IsAggregate) ?? Dimensions.PrescriptionPosts[0];

    /// <summary>A loaded year: <paramref name="year"/> when loaded, else the last one.</summary>
    public int Year(int? year) => year is { } y && Years.Contains(y) ? y : LastYear;

    /// <summary>The release line of the dataset that <paramref name="indicator"/> reads ("Effectifs et densité — publié le 15 décembre 2025").</summary>
    public string ReleaseText(ExplorerIndicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var dataset = indicator.QueryFile switch
        {
            "fees" => "honoraires",
            "prescription_mean" => "prescriptions",
            "patients_seen_mean" => "patientele",
            _ => "demographie-effectifs-et-les-densites",
        };
        var release = Releases.FirstOrDefault(r => r.DatasetId == dataset);
        if (release is null)
        {
            return "aucune donnée chargée";
        }
        var when = release.ReleaseDate is { } d ? "publié le " + d : release.LoadedDate is { } l ? "chargé le " + l : "date inconnue";
        return $"{release.Title} — {when}{(release.IsSynthetic ? " (données synthétiques)" : "")}";
    }
}
