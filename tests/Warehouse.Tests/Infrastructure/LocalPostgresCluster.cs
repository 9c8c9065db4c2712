using System.Globalization;
using Npgsql;

namespace Warehouse.Tests.Infrastructure;

/// <summary>A throwaway PostgreSQL cluster in a temp directory, run as <c>postgres</c> when the tests run as root.</summary>
internal sealed class LocalPostgresCluster : IDisposable
{
    private const string SuperUser = "postgres";
    private const int StartAttempts = 3;
    private static readonly TimeSpan InitDbTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(40);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan ShortTimeout = TimeSpan.FromSeconds(10);

    private readonly string _binDirectory;
    private readonly string _rootDirectory;
    private readonly bool _runAsPostgres;
    private readonly bool _durableCommits;
    private int _stopped;

    private LocalPostgresCluster(string binDirectory, string rootDirectory, bool runAsPostgres, bool durableCommits)
    {
        _binDirectory = binDirectory;
        _rootDirectory = rootDirectory;
        _runAsPostgres = runAsPostgres;
        _durableCommits = durableCommits;
    }

    public int Port { get; private set; }

    public string AdminConnectionString => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = SuperUser,
        Database = "postgres",
    }.ConnectionString;

    private string DataDirectory => Path.Combine(_rootDirectory, "data");

    private string LogFile => Path.Combine(_rootDirectory, "postgres.log");

    /// <param name="durableCommits">
    /// Whether a commit is acknowledged only once written (synchronous_commit on), as on a real server. A cluster the test stops
    /// abruptly needs it: with synchronous_commit off, the last acknowledged commits are lost by the stop, which no production
    /// server does. Otherwise off, for speed.
    /// </param>
    /// <exception cref="InvalidOperationException">The cluster could not be started; the message says why.</exception>
    public static async Task<LocalPostgresCluster> StartAsync(bool durableCommits = false)
    {
        var binDirectory = PostgresBinaries.FindBinDirectory()
            ?? throw new InvalidOperationException("no PostgreSQL binaries (initdb, pg_ctl) on PATH or in /usr/lib/postgresql/*/bin");

        var runAsPostgres = await IsRootAsync();
        if (runAsPostgres)
        {
            var user = await ProcessRunner.RunAsync("id", ["-u", SuperUser], "/", ShortTimeout);
            if (!user.Succeeded)
            {
                throw new InvalidOperationException($"running as root, but there is no '{SuperUser}' user to run PostgreSQL as: {user.Description}");
            }
        }

        var rootDirectory = Path.Combine(runAsPostgres ? "/tmp" : Path.GetTempPath(), $"warehouse-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(rootDirectory);
        var cluster = new LocalPostgresCluster(binDirectory, rootDirectory, runAsPostgres, durableCommits);
        try
        {
            await cluster.InitAsync();
            await cluster.StartServerAsync();
            AppDomain.CurrentDomain.ProcessExit += cluster.OnProcessExit;
            return cluster;
        }
        catch
        {
            await cluster.StopAsync();
            throw;
        }
    }

    public async Task StopAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) != 0)
        {
            return;
        }

        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        NpgsqlConnection.ClearAllPools();
        if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
        {
            var stop = await RunToolAsync("pg_ctl", ["stop", "-D", DataDirectory, "-m", "immediate", "-w", "-t", "15"], StopTimeout);
            if (!stop.Succeeded)
            {
                KillPostmaster();
            }
        }

        try
        {
            Directory.Delete(_rootDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    public void Dispose() => StopAsync().GetAwaiter().GetResult();

    /// <summary>Stops the server abruptly (as a crash or an outage would), keeping its data for <see cref="ResumeAsync"/>.</summary>
    public async Task PauseAsync()
    {
        var stop = await RunToolAsync("pg_ctl", ["stop", "-D", DataDirectory, "-m", "immediate", "-w", "-t", "15"], StopTimeout);
        if (!stop.Succeeded)
        {
            throw new InvalidOperationException($"pg_ctl stop failed: {stop.Description}");
        }
    }

    /// <summary>Starts the paused server again on the same port.</summary>
    public async Task ResumeAsync()
    {
        // Pooled connections to the old server process are dead.
        NpgsqlConnection.ClearAllPools();
        await StartServerAsync(Port);
    }

    private void OnProcessExit(object? sender, EventArgs e) => Dispose();

    /// <summary>Makes <paramref name="directory"/> the server's own (as a data directory or a tablespace must be).</summary>
    public async Task HandOverAsync(string directory)
    {
        if (_runAsPostgres)
        {
            var chown = await ProcessRunner.RunAsync("chown", ["-R", $"{SuperUser}:", directory], "/", ShortTimeout);
            if (!chown.Succeeded)
            {
                throw new InvalidOperationException($"could not hand {directory} to '{SuperUser}': {chown.Description}");
            }
        }
    }

    private async Task InitAsync()
    {
        await HandOverAsync(_rootDirectory);

        var failures = new List<string>();
        foreach (var locale in new[] { "C.UTF-8", "C" })
        {
            var initdb = await RunToolAsync(
                "initdb",
                ["-D", DataDirectory, "-U", SuperUser, "-E", "UTF8", $"--locale={locale}", "-A", "trust", "--no-sync"],
                InitDbTimeout);
            if (initdb.Succeeded)
            {
                return;
            }

            failures.Add(initdb.Description);
            if (Directory.Exists(DataDirectory))
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
        }

        throw new InvalidOperationException("initdb failed:\n" + string.Join('\n', failures));
    }

    private async Task StartServerAsync(int? port = null)
    {
        var failures = new List<string>();
        for (var attempt = 0; attempt < StartAttempts; attempt++)
        {
            Port = port ?? FreePort.Next();
            var options = string.Join(
                ' ',
                $"-p {Port.ToString(CultureInfo.InvariantCulture)}",
                $"-k {_rootDirectory}",
                "-c listen_addresses=127.0.0.1",
                "-c fsync=off",
                $"-c synchronous_commit={(_durableCommits ? "on" : "off")}",
                "-c full_page_writes=off");
            var start = await RunToolAsync(
                "pg_ctl",
                ["start", "-D", DataDirectory, "-l", LogFile, "-w", "-t", "30", "-o", options],
                StartTimeout);
            if (start.Succeeded)
            {
                await WaitForConnectionsAsync();
                return;
            }

            var log = ReadLog();
            failures.Add($"{start.Description}\n--- postgres.log ---\n{log}");
            if (!log.Contains("could not bind", StringComparison.OrdinalIgnoreCase)
                && !log.Contains("could not create any TCP/IP sockets", StringComparison.OrdinalIgnoreCase))
            {
                break;
            }
        }

        throw new InvalidOperationException("pg_ctl start failed:\n" + string.Join('\n', failures));
    }

    private async Task WaitForConnectionsAsync()
    {
        var builder = new NpgsqlConnectionStringBuilder(AdminConnectionString) { Pooling = false, Timeout = 2 };
        var deadline = DateTime.UtcNow + ConnectTimeout;
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(builder.ConnectionString);
                await connection.OpenAsync();
                return;
            }
            catch (NpgsqlException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
            catch (NpgsqlException ex)
            {
                throw new InvalidOperationException($"server started but refuses connections on port {Port}: {ex.Message}\n{ReadLog()}", ex);
            }
        }
    }

    private Task<ProcessResult> RunToolAsync(string tool, IReadOnlyList<string> arguments, TimeSpan timeout)
    {
        var executable = Path.Combine(_binDirectory, tool);
        return _runAsPostgres
            ? ProcessRunner.RunAsync("runuser", ["-u", SuperUser, "--", executable, .. arguments], _rootDirectory, timeout)
            : ProcessRunner.RunAsync(executable, arguments, _rootDirectory, timeout);
    }

    private void KillPostmaster()
    {
        try
        {
            var firstLine = File.ReadLines(Path.Combine(DataDirectory, "postmaster.pid")).FirstOrDefault();
            if (int.TryParse(firstLine, NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                using var postmaster = System.Diagnostics.Process.GetProcessById(pid);
                postmaster.Kill(entireProcessTree: true);
            }
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // Already gone, or not ours to kill: the temp directory is removed either way.
        }
    }

    /// <summary>The server's log so far, for failure messages.</summary>
    public string ReadLog()
    {
        try
        {
            return File.Exists(LogFile) ? File.ReadAllText(LogFile) : "(no log)";
        }
        catch (IOException ex)
        {
            return $"(log unreadable: {ex.Message})";
        }
    }

    private static async Task<bool> IsRootAsync()
    {
        var id = await ProcessRunner.RunAsync("id", ["-u"], "/", ShortTimeout);
        return id.Succeeded && id.StandardOutput.Trim() == "0";
    }
}
