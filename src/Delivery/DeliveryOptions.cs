using MailKit.Security;
using Microsoft.Extensions.Configuration;
using MimeKit;
using Warehouse.Core;

namespace Warehouse.Delivery;

/// <summary>
/// Warehouse:Delivery from configuration: the SMTP server (the password only ever from environment or user secrets, and never
/// printed: this is a class, not a record, so no generated ToString shows it), the attachment limit, the named delivery folders,
/// and the server's public address for links.
/// </summary>
public sealed class DeliveryOptions
{
    public string? SmtpHost { get; init; }

    public int SmtpPort { get; init; } = 25;

    public SecureSocketOptions SmtpSecurity { get; init; } = SecureSocketOptions.Auto;

    public string? SmtpUser { get; init; }

    public string? SmtpPassword { get; init; }

    public TimeSpan SmtpTimeout { get; init; } = TimeSpan.FromSeconds(60);

    public MailboxAddress From { get; init; } = new("Warehouse", "warehouse@localhost");

    /// <summary>Files larger than this (all attachments together) are not attached: the e-mail links to the history instead.</summary>
    public long MaxAttachmentBytes { get; init; } = 10L * 1024 * 1024;

    /// <summary>Delivery folders by name (case-insensitive), as full paths.</summary>
    public IReadOnlyDictionary<string, string> Folders { get; init; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>How long a claimed delivery stays with the instance sending it; past that, another may take it over.</summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The shortest time between two deliveries of one subscription (Warehouse:Delivery:MinIntervalSeconds, default 1 h).</summary>
    public TimeSpan MinInterval { get; init; } = TimeSpan.FromHours(1);

    /// <summary>The most recipients of one subscription (Warehouse:Delivery:MaxRecipients).</summary>
    public int MaxRecipients { get; init; } = 50;

    /// <summary>The address readers use to reach the server (Warehouse:Server:PublicUrl), for links in e-mails.</summary>
    public Uri? PublicUrl { get; init; }

    /// <summary>How often a running server turns the stored subscriptions into recurring jobs.</summary>
    public TimeSpan SyncInterval { get; init; } = TimeSpan.FromSeconds(30);

    public static DeliveryOptions Read(IConfiguration configuration, string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var defaults = new DeliveryOptions();
        var section = configuration.GetSection("Warehouse:Delivery");
        var smtp = section.GetSection("Smtp");
        var folders = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var publicUrl = configuration["Warehouse:Server:PublicUrl"];
        foreach (var folder in section.GetSection("Folders").GetChildren().Where(f => !string.IsNullOrWhiteSpace(f.Value)))
        {
            folders[folder.Key] = Path.GetFullPath(folder.Value!, workingDirectory);
        }
        return new DeliveryOptions
        {
            SmtpHost = string.IsNullOrWhiteSpace(smtp["Host"]) ? null : smtp["Host"]!.Trim(),
            SmtpPort = smtp.GetValue("Port", defaults.SmtpPort),
            SmtpSecurity = Security(smtp["Security"]),
            SmtpUser = string.IsNullOrWhiteSpace(smtp["User"]) ? null : smtp["User"],
            SmtpPassword = smtp["Password"],
            SmtpTimeout = TimeSpan.FromSeconds(smtp.GetValue("TimeoutSeconds", defaults.SmtpTimeout.TotalSeconds)),
            From = ParseFrom(smtp["From"]) ?? defaults.From,
            MaxAttachmentBytes = section.GetValue("MaxAttachmentBytes", defaults.MaxAttachmentBytes),
            Folders = folders,
            Lease = TimeSpan.FromSeconds(section.GetValue("LeaseSeconds", defaults.Lease.TotalSeconds)),
            SyncInterval = TimeSpan.FromSeconds(section.GetValue("SyncSeconds", defaults.SyncInterval.TotalSeconds)),
            MinInterval = TimeSpan.FromSeconds(section.GetValue("MinIntervalSeconds", defaults.MinInterval.TotalSeconds)),
            MaxRecipients = section.GetValue("MaxRecipients", defaults.MaxRecipients),
            PublicUrl = string.IsNullOrWhiteSpace(publicUrl) ? null : new Uri(publicUrl, UriKind.Absolute),
        };
    }

    private static SecureSocketOptions Security(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "auto" => SecureSocketOptions.Auto,
        "none" => SecureSocketOptions.None,
        "starttls" => SecureSocketOptions.StartTls,
        "sslonconnect" => SecureSocketOptions.SslOnConnect,
        _ => throw new WarehouseException($"Warehouse:Delivery:Smtp:Security \"{value}\" is not one of None, StartTls, SslOnConnect, Auto.", isUserError: true),
    };

    private static MailboxAddress? ParseFrom(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (!MailboxAddress.TryParse(value, out var address) || !address.Address.Contains('@', StringComparison.Ordinal))
        {
            throw new WarehouseException($"Warehouse:Delivery:Smtp:From \"{value}\" is not an e-mail address.", isUserError: true);
        }
        return new MailboxAddress(string.IsNullOrWhiteSpace(address.Name) ? "Warehouse" : address.Name, address.Address);
    }
}
