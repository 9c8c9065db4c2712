using Hangfire;
using Hangfire.Common;
using Hangfire.Storage;
using Hangfire.Storage.SQLite;

namespace Warehouse.Tests.Server;

/// <summary>
/// The next run Hangfire stores for a recurring job in the Europe/Paris time zone (what the server registers), computed at
/// chosen instants around the clock changes: a daily 02:30 run happens once on the spring-forward day (at 03:00) and once
/// on the fall-back day (the first 02:30); the default Monday refresh stays at 06:00 Paris time in winter and summer.
/// </summary>
[Trait("Category", "database")]
public sealed class DaylightSavingScheduleTests : IDisposable
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"warehouse-dst-{Guid.NewGuid():N}.db");
    private readonly SQLiteStorage _storage;

    public DaylightSavingScheduleTests() => _storage = new SQLiteStorage(_file, new SQLiteStorageOptions());

    [Fact]
    public void SpringForward_NeitherSkipsNorDoublesTheRun() =>
        Assert.Equal(["2027-03-27 02:30 +01:00", "2027-03-28 03:00 +02:00", "2027-03-29 02:30 +02:00"],
            Runs("30 2 * * *", new DateTime(2027, 3, 27, 0, 0, 0, DateTimeKind.Utc), 3));

    [Fact]
    public void FallBack_NeitherSkipsNorDoublesTheRun() =>
        Assert.Equal(["2026-10-24 02:30 +02:00", "2026-10-25 02:30 +02:00", "2026-10-26 02:30 +01:00"],
            Runs("30 2 * * *", new DateTime(2026, 10, 23, 23, 0, 0, DateTimeKind.Utc), 3));

    [Fact]
    public void DefaultRefresh_StaysAt0600ParisTime_InWinterAndSummer() =>
        Assert.Equal(["2026-10-26 06:00 +01:00", "2026-11-02 06:00 +01:00", "2027-03-29 06:00 +02:00"],
            [.. Runs("0 6 * * 1", new DateTime(2026, 10, 20, 0, 0, 0, DateTimeKind.Utc), 2), .. Runs("0 6 * * 1", new DateTime(2027, 3, 23, 0, 0, 0, DateTimeKind.Utc), 1)]);

    public void Dispose()
    {
        foreach (var path in Directory.EnumerateFiles(Path.GetTempPath(), Path.GetFileName(_file) + "*"))
        {
            File.Delete(path);
        }
    }

    /// <summary>Registers the job as the clock reads each previous run (plus a second) and collects the run Hangfire schedules next.</summary>
    private List<string> Runs(string cron, DateTime fromUtc, int count)
    {
        var runs = new List<string>();
        var now = fromUtc;
        for (var i = 0; i < count; i++)
        {
            var id = $"dst-{Guid.NewGuid():N}";
            var clock = now;
            var manager = new RecurringJobManager(_storage, JobFilterProviders.Providers, new DefaultTimeZoneResolver(), () => clock);
            manager.AddOrUpdate(id, Job.FromExpression(() => Console.WriteLine()), cron, new RecurringJobOptions { TimeZone = Paris });
            using var connection = _storage.GetConnection();
            var next = DateTime.SpecifyKind(connection.GetRecurringJobs([id]).Single().NextExecution!.Value, DateTimeKind.Utc);
            runs.Add(TimeZoneInfo.ConvertTime(new DateTimeOffset(next), Paris).ToString("yyyy-MM-dd HH:mm zzz", System.Globalization.CultureInfo.InvariantCulture));
            now = next.AddSeconds(1);
        }
        return runs;
    }
}
