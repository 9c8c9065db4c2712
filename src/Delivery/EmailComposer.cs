using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MimeKit;

namespace Warehouse.Delivery;

/// <summary>
/// The e-mail of one delivery: a short French message naming the report, its territory or profession and the data release,
/// with the files attached — or, above the configured size, a link to the history (or a word that the file is there).
/// Its Message-ID is derived from (subscription, occurrence, recipient): a duplicate would carry the same one.
/// </summary>
public static class EmailComposer
{
    public const string OccurrenceHeader = "X-Warehouse-Occurrence";
    public const string SubscriptionHeader = "X-Warehouse-Subscription";

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static MimeMessage Compose(Subscription subscription, string occurrence, string recipient, IReadOnlyList<DeliveredFile> files, DeliveryOptions options, Uri? publicUrl)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(options);
        var first = files[0];
        var message = new MimeMessage
        {
            Subject = $"{first.Title} — données {first.DataRelease}",
            MessageId = MessageId(subscription.Id, occurrence, recipient, options.From.Domain),
        };
        message.From.Add(options.From);
        message.To.Add(MailboxAddress.Parse(recipient));
        message.Headers.Add(SubscriptionHeader, subscription.Name);
        message.Headers.Add(OccurrenceHeader, occurrence);

        var attach = files.Sum(f => (long)f.Content.Length) <= options.MaxAttachmentBytes;
        var body = new BodyBuilder { TextBody = Text(subscription, files, attach, publicUrl) };
        if (attach)
        {
            foreach (var file in files)
            {
                body.Attachments.Add(file.FileName, file.Content, ContentType.Parse(file.ContentType));
            }
        }
        message.Body = body.ToMessageBody();
        return message;
    }

    /// <summary>"&lt;3f2a…@domain&gt;" without the brackets: a hash of subscription, occurrence and recipient.</summary>
    public static string MessageId(long subscriptionId, string occurrence, string recipient, string domain)
    {
        var key = string.Create(CultureInfo.InvariantCulture, $"{subscriptionId}\n{occurrence}\n{recipient.ToLowerInvariant()}");
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32];
        return string.Create(CultureInfo.InvariantCulture, $"subscription-{subscriptionId}.{hash}@{(string.IsNullOrEmpty(domain) ? "warehouse" : domain)}");
    }

    private static string Text(Subscription subscription, IReadOnlyList<DeliveredFile> files, bool attached, Uri? publicUrl)
    {
        var first = files[0];
        var paris = SubscriptionValidator.FindTimeZone(subscription.TimeZone ?? SubscriptionValidator.DefaultTimeZone);
        var generated = TimeZoneInfo.ConvertTime(first.GeneratedAt, paris);
        var text = new StringBuilder();
        text.Append("Bonjour,\n\n");
        text.Append(CultureInfo.InvariantCulture, $"{(attached ? "Veuillez trouver ci-joint" : "Voici")} le {Lower(first.Title)}.\n\n");
        text.Append(CultureInfo.InvariantCulture, $"{(subscription.Report == Reporting.ReportOrder.Territory ? "Territoire" : "Profession")} : {first.Subject}\n");
        text.Append(CultureInfo.InvariantCulture, $"Données : {first.DataRelease} (source : Cnam, data.ameli.fr)\n");
        text.Append(French, $"Généré le {generated:dd/MM/yyyy 'à' HH:mm} ({paris.Id})\n\n");
        foreach (var file in files)
        {
            var size = string.Format(French, "{0:N0} Ko", Math.Max(1, file.Content.Length / 1024));
            text.Append(attached
                ? $"Pièce jointe : {file.FileName} ({size})\n"
                : publicUrl is null
                    ? $"{file.FileName} ({size}) est trop volumineux pour être joint : il est disponible dans l'historique du portail (n° {file.ArchiveId.ToString(CultureInfo.InvariantCulture)}).\n"
                    : $"{file.FileName} ({size}) : {HistoryLink(publicUrl, file.ArchiveId)}\n");
        }
        text.Append(CultureInfo.InvariantCulture, $"\nCe message est envoyé automatiquement par Warehouse (abonnement « {subscription.Name} »). ");
        text.Append("Pour ne plus le recevoir, demandez à l'opérateur du serveur de retirer votre adresse de l'abonnement.\n");
        return text.ToString();
    }

    /// <summary>{PublicUrl}/historique/{archiveId}, whether or not the public URL ends with a slash.</summary>
    public static string HistoryLink(Uri publicUrl, long archiveId)
    {
        ArgumentNullException.ThrowIfNull(publicUrl);
        return string.Create(CultureInfo.InvariantCulture, $"{publicUrl.AbsoluteUri.TrimEnd('/')}/historique/{archiveId}");
    }

    private static string Lower(string title) => title.Length > 0 ? char.ToLowerInvariant(title[0]) + title[1..] : title;
}
