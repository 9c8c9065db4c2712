namespace Warehouse.Sample;

/// <summary>How much synthetic data to generate.</summary>
public enum SampleScale
{
    /// <summary>2019–2024, 46 territories (all régions, the départements of 11, 84, 94 and the DROM), a subset of professions in dataset #1.</summary>
    Small,

    /// <summary>2010–2024, all 120 territories, every profession: row counts close to the real exports.</summary>
    Full,
}

/// <summary>Which of the two data.ameli CSV shapes to write (docs/data-format.md §2).</summary>
public enum SampleVariant
{
    /// <summary>API export: one BOM, CRLF, header of field names.</summary>
    Api,

    /// <summary>Browser download: two BOMs, CRLF, header of field labels.</summary>
    Browser,
}

/// <summary>What <see cref="SampleGenerator"/> writes and where.</summary>
public sealed record SampleOptions(string OutputDirectory, SampleScale Scale = SampleScale.Small, int Seed = 1, SampleVariant Variant = SampleVariant.Api);

/// <summary>One generated CSV file.</summary>
public sealed record SampleFile(string DatasetId, string Path, long Rows, long Bytes);
