namespace Warehouse.Reports.Data;

/// <summary>All ages, both sexes: headcount and density of a profession in a territory and year.</summary>
public sealed record HeadcountDensityRow(int Year, int ProfessionKey, int TerritoryKey, Measure Headcount, Measure Density);

/// <summary>Headcount of one age band × sex cell.</summary>
public sealed record AgeSexRow(int ProfessionKey, int TerritoryKey, int AgeBandKey, int SexKey, Measure Headcount);

/// <summary>Headcount in one secteur conventionnel, or one type of practice (<see cref="MemberKey"/>).</summary>
public sealed record BreakdownRow(int Year, int ProfessionKey, int TerritoryKey, int MemberKey, Measure Headcount);

/// <summary>Fees at tariff and dépassements (extra billing): totals and means per practitioner.</summary>
public sealed record FeeRow(int Year, int ProfessionKey, int TerritoryKey, Measure TariffTotal, Measure ExtraTotal, Measure TariffMean, Measure ExtraMean);

/// <summary>Prescription amounts of one poste: total and mean per practitioner.</summary>
public sealed record PrescriptionRow(int ProfessionKey, int TerritoryKey, int PostKey, Measure Total, Measure Mean);

/// <summary>Mean patients per practitioner: seen in the year (file active) and as médecin traitant.</summary>
public sealed record PatientRow(int Year, int ProfessionKey, int TerritoryKey, Measure Seen, Measure Referring);

/// <summary>The live release of a dataset, as stamped on every output.</summary>
/// <param name="SourceKind">How the file came: "api" (with the catalogue's metadata) or "file" (deposited by hand, without them).</param>
public sealed record DataRelease(string DatasetId, string Title, string? DataProcessed, string? Sha256, string? License, bool IsSynthetic, string? LoadedAt, string? SourceKind = null)
{
    /// <summary>The publisher's data release date, in French ("15 décembre 2025"), or null when the file did not say.</summary>
    public string? ReleaseDate => FrenchDay(DataProcessed);

    /// <summary>The day the file was loaded, in French.</summary>
    public string? LoadedDate => FrenchDay(LoadedAt);

    /// <summary>The licence as a reader needs it, with where it came from.</summary>
    public string LicenseText => IsSynthetic
        ? "sans objet (données synthétiques)"
        : License is { Length: > 0 } license
            ? license + " (métadonnées du jeu)"
            : SourceKind == "file"
                ? "Licence Ouverte, celle de data.ameli.fr (fichier déposé à la main, sans métadonnées)"
                : "non indiquée dans les métadonnées";

    private static string? FrenchDay(string? timestamp) =>
        timestamp is { Length: >= 10 } t && DateOnly.TryParse(t[..10], System.Globalization.CultureInfo.InvariantCulture, out var day) ? Rendering.FrenchFormat.Date(day) : null;
}
