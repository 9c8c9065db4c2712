using System.Globalization;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Hardening;

/// <summary>Samples the resident set (VmRSS, and the kernel's high-water mark VmHWM) of a running process every 200 ms.</summary>
internal static class PeakMemory
{
    private static readonly TimeSpan Every = TimeSpan.FromMilliseconds(200);

    /// <summary>The peak resident set in MB, watched until the process exits or <paramref name="timeout"/> passes.</summary>
    public static async Task<double> WatchAsync(CliProcess process, TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        var status = $"/proc/{process.Id}/status";
        long peakKb = 0;
        while (!process.HasExited)
        {
            try
            {
                foreach (var line in await File.ReadAllLinesAsync(status, limit.Token))
                {
                    if (line.StartsWith("VmRSS:", StringComparison.Ordinal) || line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    {
                        peakKb = Math.Max(peakKb, long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture));
                    }
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                break; // the process is gone
            }
            await Task.Delay(Every, limit.Token);
        }
        await process.WaitForExitAsync(limit.Token);
        return peakKb / 1024.0;
    }
}
