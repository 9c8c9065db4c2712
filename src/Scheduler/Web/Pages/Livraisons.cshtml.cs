using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Warehouse.Delivery;
using Warehouse.Scheduler.Auth;

namespace Warehouse.Scheduler.Web.Pages;

/// <summary>Operators: the subscriptions and the delivery journal (sent, retrying, failed with the reason), optionally for one status.</summary>
[Authorize(Policy = Roles.OperatorPolicy)]
public sealed class LivraisonsModel(SubscriptionStore subscriptions, DeliveryJournal deliveries) : PageModel
{
    public static IReadOnlyList<(string Status, string Label)> Statuses { get; } =
    [
        (DeliveryStatus.Sent, "envoyée"), (DeliveryStatus.Retrying, "nouvel essai prévu"), (DeliveryStatus.Failed, "échec"),
        (DeliveryStatus.Sending, "en cours"), (DeliveryStatus.Pending, "en attente"),
    ];

    [BindProperty(SupportsGet = true, Name = "statut")]
    public string? Statut { get; set; }

    public IReadOnlyList<Subscription> Subscriptions { get; private set; } = [];

    public IReadOnlyList<DeliveryEntry> Deliveries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Statut = Statuses.Select(s => s.Status).FirstOrDefault(s => s == Statut);
        Subscriptions = await subscriptions.ListAsync(cancellationToken);
        Deliveries = await deliveries.ListAsync(new DeliveryQuery(Status: Statut, Limit: 200), cancellationToken);
    }

    public static string LabelOf(string status) => Statuses.FirstOrDefault(s => s.Status == status).Label ?? status;

    public static string ScheduleOf(Subscription subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        return subscription.AfterLoad ? "après chaque chargement apportant des données nouvelles" : $"{subscription.Cron} ({subscription.TimeZone})";
    }
}
