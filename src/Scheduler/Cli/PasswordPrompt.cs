using System.Text;
using Warehouse.Core;
using Warehouse.Core.Security;

namespace Warehouse.Scheduler.Cli;

/// <summary>
/// A password: from an environment variable (WAREHOUSE_READER_PASSWORD, WAREHOUSE_USER_PASSWORD), or typed twice on the
/// terminal without echo. Never a command-line argument (those end up in shell history and process lists).
/// </summary>
internal static class PasswordPrompt
{
    /// <summary>A database reader's password (`grant-reader`).</summary>
    public static string ReadReader(string name, TextWriter output)
    {
        var password = Read(name, ReaderPasswords.EnvironmentVariable, "grant-reader", output);
        return ReaderPasswords.Problem(password) is { } problem ? throw new WarehouseException(problem, isUserError: true) : password;
    }

    public static string Read(string name, string environmentVariable, string verb, TextWriter output)
    {
        var password = Environment.GetEnvironmentVariable(environmentVariable);
        if (string.IsNullOrEmpty(password))
        {
            if (Console.IsInputRedirected)
            {
                throw new WarehouseException(
                    $"No password for {name}: set {environmentVariable}, or run {verb} in a terminal to type it.", isUserError: true);
            }
            password = ReadHidden($"Password for {name}: ", output);
            if (ReadHidden("The same password again: ", output) != password)
            {
                throw new WarehouseException("The two passwords differ; nothing was changed.", isUserError: true);
            }
        }
        return password;
    }

    private static string ReadHidden(string prompt, TextWriter output)
    {
        output.Write(prompt);
        output.Flush();
        var text = new StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace)
            {
                text.Length = Math.Max(0, text.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                text.Append(key.KeyChar);
            }
        }
        output.WriteLine();
        return text.ToString();
    }
}
