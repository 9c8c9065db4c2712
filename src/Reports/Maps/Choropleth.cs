using SkiaSharp;
using Warehouse.Reports.Rendering;

namespace Warehouse.Reports.Maps;

/// <summary>
/// What a choropleth shades, whatever paints it: the value of each shape (a département, or a région), the quantile classes
/// of those values with the palette, and why a shape without a value has none. The PDF map (<see cref="MapBlock"/>) and the
/// browser's SVG map (<see cref="SvgMapPainter"/>) both shade through this, so their colours and legends agree.
/// </summary>
public sealed class Choropleth
{
    private readonly IReadOnlyDictionary<string, double?> values;
    private readonly IReadOnlyDictionary<string, MapGap> gaps;

    /// <param name="codes">The shapes of the map (their values make the classes unless <paramref name="classes"/> is given).</param>
    /// <param name="values">Value by shape code; absent or null: no value.</param>
    /// <param name="gaps">Why a shape has no value (secret, not applicable); a shape missing here is absent.</param>
    /// <param name="classes">Classes to use instead of the quantiles of the values.</param>
    public Choropleth(IEnumerable<string> codes, IReadOnlyDictionary<string, double?> values, IReadOnlyDictionary<string, MapGap>? gaps = null, QuantileClasses? classes = null)
    {
        ArgumentNullException.ThrowIfNull(codes);
        this.values = values ?? throw new ArgumentNullException(nameof(values));
        this.gaps = gaps ?? new Dictionary<string, MapGap>();
        Codes = codes.ToArray();
        Classes = classes ?? QuantileClasses.Compute(Codes.Select(ValueOf).OfType<double>());
        Palette = Typography.MapPalette(Classes.Count);
    }

    /// <summary>The shapes shaded.</summary>
    public IReadOnlyList<string> Codes { get; }

    public QuantileClasses Classes { get; }

    /// <summary>One colour per class, light to dark.</summary>
    public IReadOnlyList<SKColor> Palette { get; }

    public double? ValueOf(string code) => values.TryGetValue(code, out var v) && v is { } d && double.IsFinite(d) ? d : null;

    public MapGap GapOf(string code) => gaps.TryGetValue(code, out var gap) ? gap : MapGap.Absent;

    /// <summary>The class of the shape's value, or null without one.</summary>
    public int? ClassOf(string code) => ValueOf(code) is { } v && Classes.Count > 0 ? Classes.ClassOf(v) : null;

    public SKColor? FillOf(string code) => ClassOf(code) is { } c ? Palette[c] : null;

    /// <summary>Each class's colour and bounds ("de 62,1 à 70,4"), lowest first.</summary>
    public IReadOnlyList<(SKColor Color, string Label)> ClassEntries(int decimals) =>
        [.. Enumerable.Range(0, Classes.Count).Select(i => (Palette[i], Classes.Label(i, v => FrenchFormat.Number(v, decimals))))];

    /// <summary>The kinds of gap the map shows, in legend order.</summary>
    public IReadOnlyList<MapGap> GapsShown() => [.. Codes.Where(c => ValueOf(c) is null).Select(GapOf).Distinct().Order()];
}
