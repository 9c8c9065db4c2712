namespace Warehouse.Loader.Runs;

/// <summary>What started a load run (etl_load_run.trigger_kind).</summary>
public enum LoadTrigger
{
    Cli,
    Schedule,
    Manual,
}
