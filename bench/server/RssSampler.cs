using System.Globalization;

namespace Warehouse.Bench.Server;

/// <summary>Reads the server's resident memory (VmRSS in /proc) once a second while the load runs.</summary>
internal sealed class RssSampler(int pid)
{
    public List<(double Seconds, long Kilobytes)> Samples { get; } = [];

    public long Current()
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
            }
        }
        throw new InvalidOperationException($"no VmRSS for process {pid}");
    }

    public async Task RunAsync(DateTime start, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            Samples.Add(((DateTime.UtcNow - start).TotalSeconds, Current()));
            try
            {
                await Task.Delay(1000, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Least-squares slope of RSS over the second half of the run, in MB per minute: a leak shows as a steady positive slope.</summary>
    public double SecondHalfSlopeMbPerMinute()
    {
        var half = Samples.Skip(Samples.Count / 2).ToList();
        if (half.Count < 3)
        {
            return 0;
        }
        var meanX = half.Average(s => s.Seconds);
        var meanY = half.Average(s => s.Kilobytes / 1024.0);
        var numerator = half.Sum(s => (s.Seconds - meanX) * (s.Kilobytes / 1024.0 - meanY));
        var denominator = half.Sum(s => (s.Seconds - meanX) * (s.Seconds - meanX));
        return denominator == 0 ? 0 : numerator / denominator * 60;
    }
}
