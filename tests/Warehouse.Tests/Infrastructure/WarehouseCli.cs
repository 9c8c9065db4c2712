namespace Warehouse.Tests.Infrastructure;

/// <summary>
/// Runs the real `warehouse` program (src/Scheduler, built next to the tests) as a separate process, the way a user does:
/// its exit code, stdout and stderr. Engine variables of the test process are not inherited unless given.
/// </summary>
internal static class WarehouseCli
{
    public static string ProgramPath { get; } = Path.Combine(AppContext.BaseDirectory, "warehouse.dll");

    public static Task<ProcessResult> RunAsync(string workingDirectory, params string[] arguments) =>
        RunAsync(workingDirectory, new Dictionary<string, string?>(), TimeSpan.FromMinutes(3), arguments);

    public static Task<ProcessResult> RunAsync(
        string workingDirectory, IReadOnlyDictionary<string, string?> environment, TimeSpan timeout, params string[] arguments)
    {
        var env = new Dictionary<string, string?>
        {
            ["Warehouse__Engine"] = null,
            ["ConnectionStrings__Warehouse"] = null,
            ["DOTNET_NOLOGO"] = "1",
        };
        foreach (var (name, value) in environment)
        {
            env[name] = value;
        }
        return ProcessRunner.RunAsync("dotnet", [ProgramPath, .. arguments], workingDirectory, timeout, env);
    }

    /// <summary>Arguments that point the CLI at a warehouse: --engine and --connection.</summary>
    public static string[] Target(string engine, string connectionString) => ["--engine", engine, "--connection", connectionString];
}
