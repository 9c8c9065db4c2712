namespace Warehouse.Delivery;

/// <summary>
/// A subscription as the CLI or the API asks for it, before validation. Channel "email" takes addresses as recipients,
/// channel "folder" takes names of folders configured under Warehouse:Delivery:Folders (never a path).
/// </summary>
public sealed record SubscriptionRequest
{
    public required string Name { get; init; }

    /// <summary>territory or profession.</summary>
    public required string Report { get; init; }

    /// <summary>territory: code, year, map-profession; profession: profession, year.</summary>
    public Dictionary<string, string?> Parameters { get; init; } = [];

    /// <summary>pdf (default), xlsx (territory only).</summary>
    public IReadOnlyList<string> Formats { get; init; } = [];

    /// <summary>5 fields, or 6 with seconds first; exclusive with <see cref="AfterLoad"/>.</summary>
    public string? Cron { get; init; }

    /// <summary>IANA id of the cron's time zone; default Europe/Paris.</summary>
    public string? TimeZone { get; init; }

    public bool AfterLoad { get; init; }

    /// <summary>email or folder.</summary>
    public required string Channel { get; init; }

    public IReadOnlyList<string> Recipients { get; init; } = [];
}
