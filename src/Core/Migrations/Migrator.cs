using DbUp.Engine;
using Warehouse.Core.Engines;

namespace Warehouse.Core.Migrations;

/// <summary>
/// Applies the embedded DbUp migrations of an engine, journaled, one transaction per script; then the repeatable scripts
/// (views, grants, descriptions: <see cref="RepeatableScripts"/>), which every migrate runs again and nobody counts as pending.
/// </summary>
public sealed class Migrator
{
    private readonly IWarehouseEngine _engine;
    private readonly IReadOnlyList<SqlScript> _migrations;

    public Migrator(IWarehouseEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        _engine = engine;
        _migrations = MigrationScripts.For(engine.Kind);
    }

    /// <summary>Numbered migrations not yet applied; on a database that does not exist yet, all of them (nothing is created).</summary>
    public async Task<IReadOnlyList<string>> PendingAsync(CancellationToken cancellationToken = default)
    {
        if (!await _engine.DatabaseExistsAsync(cancellationToken))
        {
            return _migrations.Select(s => s.Name).ToList();
        }
        return Run(_migrations, upgrader => upgrader.GetScriptsToExecute().Select(s => s.Name).ToList());
    }

    /// <summary>For verbs that must not change the schema themselves: fails, saying what to run, when scripts are pending.</summary>
    public async Task EnsureUpToDateAsync(CancellationToken cancellationToken = default)
    {
        var pending = await PendingAsync(cancellationToken);
        if (pending.Count > 0)
        {
            throw new WarehouseException($"{pending.Count} migration(s) are pending on {_engine.Location}: run `warehouse migrate` first.", isUserError: true);
        }
    }

    /// <summary>Scripts already applied, in the order they ran.</summary>
    public async Task<IReadOnlyList<string>> AppliedAsync(CancellationToken cancellationToken = default)
    {
        if (!await _engine.DatabaseExistsAsync(cancellationToken))
        {
            return [];
        }
        return Run(_migrations, upgrader => upgrader.GetExecutedScripts());
    }

    /// <summary>Creates the database if needed, applies every pending migration and rewrites the views; returns the migrations applied.</summary>
    public async Task<IReadOnlyList<string>> ApplyAsync(CancellationToken cancellationToken = default)
    {
        // Two processes migrating one new SQLite file would race on DbUp's journal: the second waits for the first.
        await using var migrating = _engine.Kind == EngineKind.Sqlite ? await MigrationLockAsync(cancellationToken) : null;
        await _engine.EnsureDatabaseAsync(cancellationToken);
        // The repeatable scripts are built here only: the dictionary they carry is not needed to list what is pending.
        var result = Run([.. _migrations, .. RepeatableScripts.For(_engine.Kind)], upgrader => upgrader.PerformUpgrade());
        if (!result.Successful)
        {
            var script = result.ErrorScript?.Name ?? "an unknown script";
            throw new WarehouseException(
                $"Migration {script} failed on {_engine.Name} ({_engine.Location}) and was rolled back: {result.Error?.Message}",
                isUserError: false,
                result.Error);
        }
        return result.Scripts.Where(IsNumbered).Select(s => s.Name).ToList();
    }

    /// <summary>
    /// Applies the numbered migrations only when some are pending (then rewrites the views too); otherwise touches nothing.
    /// For verbs that migrate on the way (a load): rewriting the views takes their locks, which a load does not need.
    /// </summary>
    public async Task ApplyPendingAsync(CancellationToken cancellationToken = default)
    {
        if ((await PendingAsync(cancellationToken)).Count > 0)
        {
            await ApplyAsync(cancellationToken);
        }
    }

    private static bool IsNumbered(SqlScript script) => script.SqlScriptOptions.ScriptType == DbUp.Support.ScriptType.RunOnce;

    private async Task<FileStream> MigrationLockAsync(CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(_engine.Location);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
        return await Files.ExclusiveFile.TryAcquireAsync(Files.CanonicalPath.Of(_engine.Location) + ".migrate-lock", MigrationLockWait, cancellationToken)
            ?? throw new WarehouseException($"Another process has been migrating {_engine.Location} for {MigrationLockWait.TotalSeconds:0} s; try again once it is done.", isUserError: false);
    }

    private static readonly TimeSpan MigrationLockWait = TimeSpan.FromMinutes(2);

    private T Run<T>(IEnumerable<SqlScript> scripts, Func<UpgradeEngine, T> action)
    {
        var upgrader = _engine.CreateUpgradeBuilder()
            .WithScripts(scripts)
            .WithTransactionPerScript()
            .LogToNowhere()
            .Build();
        try
        {
            return action(upgrader);
        }
        catch (Exception e) when (e is not WarehouseException && e is System.Data.Common.DbException)
        {
            throw new WarehouseException($"The {_engine.Name} database at {_engine.Location} failed: {e.Message}", isUserError: false, e);
        }
    }
}
