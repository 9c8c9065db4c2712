namespace Warehouse.Loader.Datasets;

/// <summary>Where each coded dimension lives: its name in the audit and the alias table, its table and key column.</summary>
public static class CodedDimensions
{
    /// <summary>The dimensions whose published code column is learned from the files (sexes are published without a code).</summary>
    public static IReadOnlyList<CodedDimension> WithCodes { get; } =
        [CodedDimension.AgeBand, CodedDimension.Sector, CodedDimension.PracticeType, CodedDimension.PrescriptionPost];

    public static string Name(CodedDimension dimension) => dimension switch
    {
        CodedDimension.AgeBand => "age_band",
        CodedDimension.Sex => "sex",
        CodedDimension.Sector => "sector",
        CodedDimension.PracticeType => "practice_type",
        CodedDimension.PrescriptionPost => "prescription_post",
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, null),
    };

    public static CodedDimension Parse(string name) =>
        Enum.GetValues<CodedDimension>().First(d => Name(d) == name);

    public static string Table(CodedDimension dimension) => "dim_" + Name(dimension);

    public static string KeyColumn(CodedDimension dimension) => Name(dimension) + "_key";
}
