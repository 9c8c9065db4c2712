using Warehouse.Core;
using Warehouse.Delivery;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Delivery;

/// <summary>`add` checks everything before storing, against the sample warehouse too; what it stores reads back canonical.</summary>
[Trait("Category", "database")]
public sealed class SubscriptionStoreTests(SampleWarehouse warehouse) : IClassFixture<SampleWarehouse>
{
    private static readonly DeliveryOptions Options = new()
    {
        Folders = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["outbox"] = Path.Combine(Path.GetTempPath(), "warehouse-outbox-unused") },
    };

    private SubscriptionStore Store => new(warehouse.Engine, Options);

    [Theory]
    [InlineData("territory", "R5", "0 7 * * 1", "Europe/Paris", "email", "a@ars.fr", "Unknown territory \"R5\"", "Did you mean R52 (Pays de la Loire), R53 (Bretagne)")]
    [InlineData("territory", "Bretagn", "0 7 * * 1", "Europe/Paris", "email", "a@ars.fr", "Unknown territory \"Bretagn\"", "R53 (Bretagne)")]
    [InlineData("territory", "R53", "0 7 * *", "Europe/Paris", "email", "a@ars.fr", "The cron expression \"0 7 * *\" is not valid", "6 with seconds first")]
    [InlineData("territory", "R53", "0 25 * * 1", "Europe/Paris", "email", "a@ars.fr", "The cron expression \"0 25 * * 1\" is not valid", "5 fields")]
    [InlineData("territory", "R53", "0 7 * * 1", "Europe/Pari", "email", "a@ars.fr", "Unknown time zone \"Europe/Pari\"", "IANA")]
    [InlineData("territory", "R53", "0 7 * * 1", "Europe/Paris", "email", "a@", "\"a@\" is not an e-mail address.", "")]
    [InlineData("territory", "R53", "0 7 * * 1", "Europe/Paris", "email", "jean dupont", "\"jean dupont\" is not an e-mail address.", "")]
    [InlineData("territory", "R53", "0 7 * * 1", "Europe/Paris", "folder", "/tmp/elsewhere", "No delivery folder is named \"/tmp/elsewhere\"", "use outbox")]
    [InlineData("profession", "Infirmier", "0 7 * * 1", "Europe/Paris", "email", "a@ars.fr", "Unknown profession \"Infirmier\"", "\"Infirmiers\"")]
    public async Task Add_FailsWithTheReasonAndStoresNothing_WhenAValueIsWrong(
        string report, string value, string cron, string timeZone, string channel, string recipient, string message, string hint)
    {
        var request = new SubscriptionRequest
        {
            Name = "invalid-" + Guid.NewGuid().ToString("N")[..8],
            Report = report,
            Parameters = new Dictionary<string, string?> { [report == "territory" ? "code" : "profession"] = value },
            Cron = cron,
            TimeZone = timeZone,
            Channel = channel,
            Recipients = [recipient],
        };

        var error = await Assert.ThrowsAsync<WarehouseException>(() => Store.AddAsync(request, "test"));

        Assert.True(error.IsUserError);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Contains(hint, error.Message, StringComparison.Ordinal);
        Assert.Null(await Store.FindAsync(request.Name));
    }

    [Fact]
    public async Task Add_Fails_WhenBothOrNeitherScheduleIsGiven()
    {
        var both = Request("both") with { AfterLoad = true };
        var neither = Request("neither") with { Cron = null };

        var first = await Assert.ThrowsAsync<WarehouseException>(() => Store.AddAsync(both, "test"));
        var second = await Assert.ThrowsAsync<WarehouseException>(() => Store.AddAsync(neither, "test"));

        Assert.Contains("either a cron expression or \"after each load\"", first.Message, StringComparison.Ordinal);
        Assert.Contains("either a cron expression or \"after each load\"", second.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_StoresCanonicalValues_AndTheNameOnce()
    {
        var request = Request("bretagne-canonical") with
        {
            Parameters = new Dictionary<string, string?> { ["code"] = "bretagne", ["map-profession"] = "infirmiers" },
            Formats = ["PDF", "xlsx"],
            Recipients = ["Anne Martin <anne.martin@ars.sante.fr>", "obs@ors-bretagne.fr"],
        };

        var added = await Store.AddAsync(request, "operator1");
        var duplicate = await Assert.ThrowsAsync<WarehouseException>(() => Store.AddAsync(request, "operator1"));

        var stored = await Store.FindAsync("bretagne-canonical");
        Assert.NotNull(stored);
        Assert.Equal(added.Id, stored.Id);
        Assert.Equal("R53", stored.Parameters["code"]);
        Assert.Equal("Infirmiers", stored.Parameters["map-profession"]);
        Assert.Equal(["pdf", "xlsx"], stored.Formats);
        Assert.Equal("0 7 * * 1", stored.Cron);
        Assert.Equal("Europe/Paris", stored.TimeZone);
        Assert.Equal(["anne.martin@ars.sante.fr", "obs@ors-bretagne.fr"], stored.Recipients);
        Assert.Equal("operator1", stored.CreatedBy);
        Assert.Contains("already exists", duplicate.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Remove_DeletesTheSubscriptionAndItsRecipients_AndReportsAMissingName()
    {
        await Store.AddAsync(Request("to-remove") with { AfterLoad = true, Cron = null, Channel = "folder", Recipients = ["OUTBOX"] }, "test");

        Assert.Equal(["outbox"], (await Store.FindAsync("to-remove"))!.Recipients);
        Assert.True(await Store.RemoveAsync("to-remove"));
        Assert.False(await Store.RemoveAsync("to-remove"));
        Assert.DoesNotContain(await Store.ListAsync(), s => s.Name == "to-remove");
    }

    private static SubscriptionRequest Request(string name) => new()
    {
        Name = name,
        Report = "territory",
        Parameters = new Dictionary<string, string?> { ["code"] = "R53" },
        Cron = "0 7 * * 1",
        Channel = "email",
        Recipients = ["a@ars.fr"],
    };
}
