namespace Warehouse.Loader.Staging;

/// <summary>The bulk path of one engine into a staging table. Rows are written as they come; <see cref="Complete"/> makes them durable.</summary>
public interface IStagingWriter : IDisposable
{
    long Rows { get; }

    /// <summary>Writes one row; the row is reused by the caller and must be consumed before returning.</summary>
    void Write(StagingRow row);

    void Complete();
}
