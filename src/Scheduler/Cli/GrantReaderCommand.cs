using System.CommandLine;
using Warehouse.Core;
using Warehouse.Core.Engines;
using Warehouse.Core.Migrations;
using Warehouse.Core.Security;

namespace Warehouse.Scheduler.Cli;

/// <summary>
/// `warehouse grant-reader NAME`: read-only access to the rpt_* views. PostgreSQL: creates or updates the login role NAME in
/// warehouse_reader (password from WAREHOUSE_READER_PASSWORD or a prompt, never an argument). SQLite: how to open the file
/// read-only. SQL Server: prints the T-SQL script an administrator runs.
/// </summary>
internal static class GrantReaderCommand
{
    private static readonly Argument<string?> Name = new("name")
    {
        Description = "The reader's login name (lower-case letters, digits, '_', '.', '-'). Not needed on SQLite, which has no users.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public static Command Create(CommandContext context)
    {
        var command = new Command(
            "grant-reader",
            $"Give a person or a tool read-only access to the rpt_* views. PostgreSQL: create or update the login NAME in role {ReaderNames.ReaderRole}, "
            + $"with the password from {ReaderPasswords.EnvironmentVariable} or typed at a prompt (never an argument). "
            + "SQLite: print how to open the file read-only. SQL Server: print the T-SQL script an administrator runs.");
        command.Arguments.Add(Name);
        command.SetAction((parseResult, cancellationToken) => context.RunAsync(parseResult, async (settings, output) =>
        {
            var name = parseResult.GetValue(Name);
            switch (settings.Engine)
            {
                case EngineKind.Sqlite:
                    await GrantReaderPrinter.PrintSqliteAsync(WarehouseEngines.Create(settings).Location, output);
                    break;
                case EngineKind.SqlServer:
                    await GrantReaderPrinter.PrintSqlServerAsync(settings, Checked(name), output);
                    break;
                default:
                    await GrantPostgresAsync(settings, Checked(name), output, cancellationToken);
                    break;
            }
            return ExitCodes.Success;
        }));
        return command;
    }

    private static async Task GrantPostgresAsync(WarehouseSettings settings, string name, TextWriter output, CancellationToken cancellationToken)
    {
        var engine = WarehouseEngines.Create(settings);
        await new Migrator(engine).EnsureUpToDateAsync(cancellationToken);
        var password = PasswordPrompt.ReadReader(name, output);
        var grant = await PostgresReaderAccounts.GrantAsync(settings, name, password, cancellationToken);
        await GrantReaderPrinter.PrintPostgresAsync(grant, output);
    }

    private static string Checked(string? name) =>
        ReaderNames.Problem(name) is { } problem ? throw new WarehouseException(problem, isUserError: true) : name!;
}
