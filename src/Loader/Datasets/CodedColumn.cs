namespace Warehouse.Loader.Datasets;

/// <summary>The dimensions whose members are validated by label (through the alias table).</summary>
public enum CodedDimension
{
    AgeBand,
    Sex,
    Sector,
    PracticeType,
    PrescriptionPost,
}

/// <summary>
/// A coded dimension of a dataset: the label column that identifies the member, the optional code column published
/// beside it, and the key column it resolves to in staging and facts.
/// </summary>
public sealed record CodedColumn(CodedDimension Dimension, string? CodeCsvName, string LabelCsvName, string KeyColumn);
