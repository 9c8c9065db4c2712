using System.Collections.Concurrent;
using Warehouse.Core;

namespace Warehouse.Loader.Staging;

/// <summary>
/// Parses on one thread while the engine's bulk path writes on another: the two costs of a load are of the same size,
/// and the machines this runs on have at least two cores. Batches are recycled, so memory stays bounded.
/// </summary>
internal static class StagingPipeline
{
    private const int BatchRows = 4096;
    private const int BatchesInFlight = 4;

    public static long Run(Func<Func<StagingBatch>, Action<StagingBatch>, CancellationToken, Task> produce, IStagingWriter writer,
        int columns, Action<long> progress, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var filled = new BlockingCollection<StagingBatch>(BatchesInFlight);
        using var empty = new BlockingCollection<StagingBatch>();
        for (var i = 0; i < BatchesInFlight + 2; i++)
        {
            empty.Add(new StagingBatch(BatchRows, columns), cancellationToken);
        }
        var producer = produce(() => empty.Take(stop.Token), batch => filled.Add(batch, stop.Token), stop.Token);
        _ = producer.ContinueWith(_ => filled.CompleteAdding(), TaskScheduler.Default);
        try
        {
            foreach (var batch in filled.GetConsumingEnumerable(stop.Token))
            {
                for (var i = 0; i < batch.Count; i++)
                {
                    writer.Write(batch.Rows[i]);
                }
                if (writer.Rows == batch.Count)
                {
                    KillPoints.Reach(KillPoints.FirstBatchStaged);
                }
                empty.Add(batch, stop.Token);
                progress(writer.Rows);
            }
        }
        catch
        {
            stop.Cancel();
            throw;
        }
        producer.GetAwaiter().GetResult();
        return writer.Rows;
    }
}
