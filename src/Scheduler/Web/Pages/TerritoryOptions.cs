namespace Warehouse.Scheduler.Web.Pages;

/// <summary>The model of the territory picker's options: the choices, the one selected, and the label of "no territory" when allowed.</summary>
public sealed record TerritoryOptions(Pickers Pickers, string? Selected, string? EmptyLabel = null);
