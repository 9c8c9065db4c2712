namespace Warehouse.Reports.Rendering;

/// <summary>Direction of change shown by a KPI tile's arrow (a direction, not a judgement: same colour both ways).</summary>
public enum Trend
{
    /// <summary>No arrow (no earlier value).</summary>
    None,

    /// <summary>↑ clear rise.</summary>
    Up,

    /// <summary>↗ slight rise.</summary>
    SlightlyUp,

    /// <summary>→ stable.</summary>
    Flat,

    /// <summary>↘ slight fall.</summary>
    SlightlyDown,

    /// <summary>↓ clear fall.</summary>
    Down,
}

/// <summary>Arrows for <see cref="Trend"/> and a rule to pick one from a change in percent.</summary>
public static class TrendArrows
{
    /// <summary>The arrow character, or an empty string for <see cref="Trend.None"/>.</summary>
    public static string Arrow(Trend trend) => trend switch
    {
        Trend.Up => "\u2191",
        Trend.SlightlyUp => "\u2197",
        Trend.Flat => "\u2192",
        Trend.SlightlyDown => "\u2198",
        Trend.Down => "\u2193",
        _ => "",
    };

    /// <summary>A change within ± this many percent is called stable (arrows, sentences, method page).</summary>
    public const double StableWithin = 1;

    /// <summary>A change of this many percent or more is a clear rise or fall.</summary>
    public const double ClearFrom = 5;

    /// <summary>The rule as the method page states it.</summary>
    public static string RuleText =>
        $"entre {FrenchFormat.SignedNumber(-StableWithin)} % et {FrenchFormat.SignedNumber(StableWithin)} % : stable (\u2192) ; " +
        $"de {FrenchFormat.Number(StableWithin)} % à {FrenchFormat.Number(ClearFrom)} % : hausse ou baisse légère (\u2197 \u2198) ; " +
        $"{FrenchFormat.Number(ClearFrom)} % ou plus : hausse ou baisse nette (\u2191 \u2193)";

    /// <summary>
    /// Trend of a change in percent: within ±<paramref name="flat"/> % stable, beyond ±<paramref name="clear"/> %
    /// a clear rise or fall, slight in between; null gives no arrow.
    /// </summary>
    public static Trend FromChange(double? percent, double flat = StableWithin, double clear = ClearFrom) => percent switch
    {
        null => Trend.None,
        var p when Math.Abs(p.Value) < flat => Trend.Flat,
        var p when p.Value >= clear => Trend.Up,
        var p when p.Value <= -clear => Trend.Down,
        var p when p.Value > 0 => Trend.SlightlyUp,
        _ => Trend.SlightlyDown,
    };
}
