namespace Warehouse.Loader.Staging;

/// <summary>
/// One staging row, reused for every record of a file: typed slots per column instead of boxed objects, so millions of
/// rows allocate nothing (boxing every value made the garbage collector the second-largest cost of a load).
/// </summary>
public sealed class StagingRow
{
    private readonly long[] _integers;
    private readonly double[] _reals;
    private readonly string?[] _texts;
    private readonly bool[] _isNull;

    public StagingRow(int columns)
    {
        _integers = new long[columns];
        _reals = new double[columns];
        _texts = new string?[columns];
        _isNull = new bool[columns];
    }

    public int Count => _isNull.Length;

    public void SetInteger(int column, long? value)
    {
        _isNull[column] = value is null;
        _integers[column] = value.GetValueOrDefault();
    }

    public void SetReal(int column, double? value)
    {
        _isNull[column] = value is null;
        _reals[column] = value.GetValueOrDefault();
    }

    public void SetText(int column, string? value)
    {
        _isNull[column] = value is null;
        _texts[column] = value;
    }

    public bool IsNull(int column) => _isNull[column];

    public long WholeNumber(int column) => _integers[column];

    public double Real(int column) => _reals[column];

    public string? Text(int column) => _texts[column];

    /// <summary>The value as an object (boxing): for the paths that need one, such as SqlBulkCopy.</summary>
    public object Boxed(int column, StagingColumnType type) => _isNull[column] ? DBNull.Value : type switch
    {
        StagingColumnType.Key => (int)_integers[column],
        StagingColumnType.BigNumber => _integers[column],
        StagingColumnType.RealNumber => _reals[column],
        _ => _texts[column]!,
    };
}
