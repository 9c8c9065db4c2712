namespace Warehouse.Loader.Runs;

/// <summary>Outcome names stored in etl_load_run / etl_load_file.</summary>
public static class LoadOutcome
{
    public const string Running = "running";
    public const string Succeeded = "succeeded";
    public const string Loaded = "loaded";
    public const string UpToDate = "up_to_date";
    public const string Rejected = "rejected";
    public const string Failed = "failed";
    public const string Interrupted = "interrupted";
}
