namespace Warehouse.Loader.Staging;

/// <summary>A block of staging rows handed from the parsing thread to the writing thread, then recycled.</summary>
public sealed class StagingBatch
{
    public StagingBatch(int capacity, int columns)
    {
        Rows = new StagingRow[capacity];
        for (var i = 0; i < capacity; i++)
        {
            Rows[i] = new StagingRow(columns);
        }
    }

    public StagingRow[] Rows { get; }

    public int Count { get; set; }

    public bool IsFull => Count == Rows.Length;
}
