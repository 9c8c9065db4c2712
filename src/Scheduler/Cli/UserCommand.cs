using System.CommandLine;
using Warehouse.Scheduler.Auth;

namespace Warehouse.Scheduler.Cli;

/// <summary>
/// `warehouse user hash-password NAME` and `warehouse user new-api-key NAME`: print the configuration lines of a portal user
/// or an API key. Only the hash goes into configuration; the password or key is shown once (the key) or never (the password).
/// </summary>
internal static class UserCommand
{
    public const string PasswordVariable = "WAREHOUSE_USER_PASSWORD";

    private static readonly Argument<string> Name = new("name") { Description = "The user's (or the key's) name, e.g. marie.dupont or etl-script." };

    private static readonly Option<string> Role = new("--role")
    {
        Description = "reader (portal, reports, extracts, history) or operator (also the dashboard, loads and subscriptions).",
        DefaultValueFactory = _ => Roles.Reader,
    };

    public static Command Create(CommandContext context)
    {
        var command = new Command("user", "Make the configuration of a portal user or an API key (the server reads hashes only).");
        var hash = new Command("hash-password", $"Hash a user's password ({PasswordVariable} or typed twice without echo) and print the settings to add.");
        hash.Arguments.Add(Name);
        hash.Options.Add(Role);
        hash.SetAction((parseResult, _) => context.RunWithoutWarehouseAsync(async output =>
        {
            var name = parseResult.GetValue(Name)!;
            var role = CheckedRole(parseResult.GetValue(Role));
            var password = PasswordPrompt.Read(name, PasswordVariable, "user hash-password", output);
            if (password.Length < 12)
            {
                throw new Core.WarehouseException("The password is shorter than 12 characters; choose a longer one.", isUserError: true);
            }
            await PrintAsync(output, "Users", [("Name", name), ("PasswordHash", Credentials.HashPassword(password)), ("Role", role)]);
            return ExitCodes.Success;
        }));
        var key = new Command("new-api-key", "Make a random API key, print it once, and print the settings to add (its SHA-256).");
        key.Arguments.Add(Name);
        key.Options.Add(Role);
        key.SetAction((parseResult, _) => context.RunWithoutWarehouseAsync(async output =>
        {
            var name = parseResult.GetValue(Name)!;
            var role = CheckedRole(parseResult.GetValue(Role));
            var apiKey = Credentials.NewApiKey();
            await output.WriteLineAsync($"API key for {name} (shown once; send it as the X-Api-Key header): {apiKey}");
            await PrintAsync(output, "ApiKeys", [("Name", name), ("KeyHash", Credentials.HashApiKey(apiKey)), ("Role", role)]);
            return ExitCodes.Success;
        }));
        command.Subcommands.Add(hash);
        command.Subcommands.Add(key);
        return command;
    }

    private static string CheckedRole(string? role) => Roles.IsKnown(role) ? role!
        : throw new Core.WarehouseException($"Unknown role \"{role}\": use reader or operator.", isUserError: true);

    /// <summary>The same settings as environment variables and as appsettings.json (N is the next free index).</summary>
    private static async Task PrintAsync(TextWriter output, string section, (string Key, string Value)[] values)
    {
        await output.WriteLineAsync("Environment (replace N by the next free index, from 0):");
        foreach (var (k, v) in values)
        {
            await output.WriteLineAsync($"  Warehouse__Auth__{section}__N__{k}={v}");
        }
        await output.WriteLineAsync("or in appsettings.json, under \"Warehouse\": { \"Auth\": { \"" + section + "\": [ … ] } }:");
        await output.WriteLineAsync("  { " + string.Join(", ", values.Select(v => $"\"{v.Key}\": \"{v.Value}\"")) + " }");
    }
}
