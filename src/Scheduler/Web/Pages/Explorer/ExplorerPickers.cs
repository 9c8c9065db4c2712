using Warehouse.Reports.Explorer;
using Warehouse.Scheduler.Web.Explorer;

namespace Warehouse.Scheduler.Web.Pages.Explorer;

/// <summary>The pickers of an explorer form: which ones the view shows, and the state they start from.</summary>
public sealed record ExplorerPickers(ExplorerContext Context, ExplorerQuery Query, bool WithYear = true, bool WithLevel = true, bool WithProfession = true);

/// <summary>The links under a view: its data (CSV, XLSX) and chart (SVG), the data release, the briefing subscription.</summary>
public sealed record ExplorerDownloads(string View, ExplorerQuery Query, string ReleaseText, bool Synthetic);
