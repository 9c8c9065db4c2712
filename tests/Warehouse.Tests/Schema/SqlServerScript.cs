using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Warehouse.Tests.Schema;

/// <summary>Parses T-SQL migration scripts the way SQL Server 2022 (compatibility level 160) reads them.</summary>
internal static class SqlServerScript
{
    /// <returns>The parsed script and one line per parse error: line, column, message and the offending source line.</returns>
    public static (TSqlFragment Fragment, IReadOnlyList<string> Errors) Parse(string name, string sql)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        var fragment = parser.Parse(reader, out var errors);
        var lines = sql.Split('\n');
        var described = errors
            .Select(error => $"{name} line {error.Line}, column {error.Column}: {error.Message} | {SourceLine(lines, error.Line)}")
            .ToList();
        return (fragment, described);
    }

    /// <summary>The columns of every CREATE TABLE in the scripts, in script order.</summary>
    public static IReadOnlyList<ColumnShape> Columns(IEnumerable<(string Name, string Sql)> scripts)
    {
        var collector = new CreateTableCollector();
        foreach (var (name, sql) in scripts)
        {
            var (fragment, errors) = Parse(name, sql);
            if (errors.Count > 0)
            {
                throw new InvalidOperationException(string.Join(Environment.NewLine, errors));
            }
            fragment.Accept(collector);
        }
        return collector.Columns;
    }

    private static string SourceLine(string[] lines, int line) =>
        line >= 1 && line <= lines.Length ? lines[line - 1].TrimEnd('\r').Trim() : "(no such line)";
}
