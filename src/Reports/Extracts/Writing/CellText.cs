namespace Warehouse.Reports.Extracts.Writing;

/// <summary>Neutralises text that a spreadsheet could take for a formula (OWASP CSV injection): a leading ' makes it text.</summary>
internal static class CellText
{
    public static string Neutralise(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
}
