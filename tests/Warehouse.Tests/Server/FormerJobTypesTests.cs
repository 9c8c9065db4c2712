using Warehouse.Scheduler.Jobs;

namespace Warehouse.Tests.Server;

/// <summary>Jobs stored before DeliverSubscriptionJob moved from Warehouse.Scheduler.Delivery to Warehouse.Scheduler.Jobs still resolve.</summary>
[Trait("Category", "unit")]
public sealed class FormerJobTypesTests
{
    [Theory]
    [InlineData("Warehouse.Scheduler.Delivery.DeliverSubscriptionJob, warehouse")]
    [InlineData("Warehouse.Scheduler.Delivery.DeliverSubscriptionJob, warehouse, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null")]
    public void Resolve_GivesTheMovedJobClass_ForItsFormerName(string storedName) =>
        Assert.Equal(typeof(DeliverSubscriptionJob), FormerJobTypes.Resolve(storedName));

    [Fact]
    public void Resolve_ResolvesOtherNamesAsHangfireDoes() =>
        Assert.Equal(typeof(RefreshWarehouseJob), FormerJobTypes.Resolve("Warehouse.Scheduler.Jobs.RefreshWarehouseJob, warehouse"));
}
