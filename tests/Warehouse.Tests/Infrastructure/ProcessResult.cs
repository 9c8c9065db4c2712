namespace Warehouse.Tests.Infrastructure;

internal sealed record ProcessResult(string CommandLine, int ExitCode, string StandardOutput, string StandardError)
{
    public bool Succeeded => ExitCode == 0;

    public string Description => $"`{CommandLine}` exited with {ExitCode}\n{StandardOutput}{StandardError}";
}
