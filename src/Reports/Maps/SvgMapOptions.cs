namespace Warehouse.Reports.Maps;

/// <summary>What the browser's SVG map adds to the shading: the shapes' grain, their tooltips and links, titles.</summary>
public sealed record SvgMapOptions
{
    /// <summary>The shape a département belongs to: itself (a map of départements) or its région's code (a map of régions).</summary>
    public Func<string, string> ShapeOf { get; init; } = code => code;

    /// <summary>The tooltip of a shape (its SVG &lt;title&gt;): name, value, rank.</summary>
    public Func<string, string> TitleOf { get; init; } = code => code;

    /// <summary>Where a click on a shape leads, or null.</summary>
    public Func<string, string?> LinkOf { get; init; } = _ => null;

    /// <summary>The shape outlined, if any.</summary>
    public string? Highlight { get; init; }

    /// <summary>Title of the legend (the measure and its unit).</summary>
    public string? LegendTitle { get; init; }

    /// <summary>Decimals of the legend bounds.</summary>
    public int Decimals { get; init; } = 1;

    /// <summary>Accessible name of the whole map.</summary>
    public string Title { get; init; } = "Carte";

    /// <summary>Whether the zoom on Paris and its inner ring is drawn (not on a map of régions).</summary>
    public bool WithParisZoom { get; init; } = true;

    /// <summary>Line under the map.</summary>
    public string Caption { get; init; } = GeoAttribution.Caption;
}
