using System.Globalization;

namespace Warehouse.Sample;

/// <summary>How measures are written: invariant culture, <c>.</c> decimals, the NS / NC tokens (docs/data-format.md §6).</summary>
internal static class SampleValues
{
    public const string NotSignificant = "NS";
    public const string NotConcerned = "NC";
    /// <summary>What an <c>*_integer</c> twin holds for a secret or not-applicable value (real exports: an empty field).</summary>
    public const string Blank = "";

    /// <summary>Below this headcount a (profession, territory) is always withheld (the sister dataset's rule: &lt; 5 practitioners).</summary>
    private const long SecrecyThreshold = 5;

    /// <summary>A few small cells above the threshold are withheld too (≈ 16 % of fee rows are NS at full scale).</summary>
    private const long SmallCell = 10;

    private const double SmallCellRate = 0.05;

    public static string Whole(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A whole-euro mean: total / headcount, rounded half away from zero.</summary>
    public static long Mean(long total, long headcount) =>
        headcount == 0 ? 0 : (long)Math.Round((double)total / headcount, MidpointRounding.AwayFromZero);

    /// <summary>A decimal with at most <paramref name="decimals"/> digits after the point.</summary>
    public static string Decimal(double value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString(decimals == 1 ? "0.0" : "0.##", CultureInfo.InvariantCulture);

    /// <summary>Whether a cell's amounts are withheld (NS) for statistical secrecy: deterministic per seed and dataset.</summary>
    public static bool IsSecret(SampleHash hash, int dataset, int profession, int territory, int year, long headcount) =>
        headcount < SecrecyThreshold
        || (headcount < SmallCell && hash.Unit(NoiseStream.Secrecy, dataset, profession, territory, year) < SmallCellRate);
}
