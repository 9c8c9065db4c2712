namespace Warehouse.Sample;

/// <summary>Splits a whole number into parts proportional to weights, exactly (the parts add up to the total).</summary>
internal static class Apportion
{
    /// <summary>
    /// Cumulative rounding: part i = round(total × W(≤ i) / W) − round(total × W(&lt; i) / W). Deterministic, no sort,
    /// and every part is within one of its exact share. Zero weights get zero; all-zero weights put everything in part 0.
    /// </summary>
    public static void Split(long total, ReadOnlySpan<double> weights, Span<long> parts)
    {
        var sum = 0.0;
        foreach (var w in weights)
        {
            sum += w;
        }
        if (sum <= 0)
        {
            parts.Clear();
            parts[0] = total;
            return;
        }
        var cumulative = 0.0;
        var previous = 0L;
        for (var i = 0; i < weights.Length; i++)
        {
            cumulative += weights[i];
            var upTo = i == weights.Length - 1 ? total : (long)Math.Round(total * cumulative / sum, MidpointRounding.AwayFromZero);
            parts[i] = upTo - previous;
            previous = upTo;
        }
    }
}
