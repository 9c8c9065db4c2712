namespace Warehouse.Reports.Maps;

/// <summary>
/// Quantile classes (equal counts, up to five) computed from the values themselves; equal values always share
/// a class. Each class is described by the smallest and largest value it holds, so a legend can print
/// "de 62,1 à 70,4" without inventing bounds.
/// </summary>
public sealed class QuantileClasses
{
    private QuantileClasses(IReadOnlyList<(double Min, double Max)> bounds) => Bounds = bounds;

    /// <summary>Smallest and largest value of each class, ascending.</summary>
    public IReadOnlyList<(double Min, double Max)> Bounds { get; }

    /// <summary>Number of classes (fewer than asked when there are fewer distinct values).</summary>
    public int Count => Bounds.Count;

    /// <summary>Quantile classes of <paramref name="values"/> (NaN and infinities ignored).</summary>
    public static QuantileClasses Compute(IEnumerable<double> values, int classes = 5)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfLessThan(classes, 1);
        var sorted = values.Where(double.IsFinite).Order().ToArray();
        var k = Math.Min(classes, sorted.Distinct().Count());
        var bounds = new List<(double Min, double Max)>();
        var start = 0;
        for (var i = 0; i < k && start < sorted.Length; i++)
        {
            var end = i == k - 1 ? sorted.Length - 1 : Math.Max(start, (int)Math.Round((i + 1) * sorted.Length / (double)k) - 1);
            while (end + 1 < sorted.Length && sorted[end + 1] == sorted[end])
            {
                end++; // ties stay together
            }
            bounds.Add((sorted[start], sorted[end]));
            start = end + 1;
        }
        if (start < sorted.Length)
        {
            bounds[^1] = (bounds[^1].Min, sorted[^1]);
        }
        return new QuantileClasses(bounds);
    }

    /// <summary>The class of <paramref name="value"/>: the first whose largest value is not below it (values beyond the last class go to it).</summary>
    public int ClassOf(double value)
    {
        for (var i = 0; i < Bounds.Count; i++)
        {
            if (value <= Bounds[i].Max)
            {
                return i;
            }
            if (i + 1 < Bounds.Count && value < Bounds[i + 1].Min)
            {
                return value - Bounds[i].Max <= Bounds[i + 1].Min - value ? i : i + 1;
            }
        }
        return Bounds.Count - 1;
    }

    /// <summary>"de 62,1 à 70,4" (or "62,1" for a class of one value), numbers formatted by <paramref name="format"/>.</summary>
    public string Label(int index, Func<double, string> format)
    {
        ArgumentNullException.ThrowIfNull(format);
        var (min, max) = Bounds[index];
        var (low, high) = (format(min), format(max));
        return low == high ? low : $"de {low} à {high}";
    }
}
