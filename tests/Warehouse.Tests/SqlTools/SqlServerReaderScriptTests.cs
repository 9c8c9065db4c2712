using System.Text.RegularExpressions;
using Warehouse.Core;
using Warehouse.Core.Dictionary;
using Warehouse.Core.Migrations;
using Warehouse.Core.Security;
using Warehouse.Core.Sql;
using Warehouse.Tests.Schema;

namespace Warehouse.Tests.SqlTools;

/// <summary>The SQL Server reader script parses as T-SQL, and the reader-role migrations grant exactly the rpt_* views.</summary>
[Trait("Category", "unit")]
public sealed partial class SqlServerReaderScriptTests
{
    [Fact]
    public void ReaderScript_ParsesWithTheTSql160Parser()
    {
        var (_, errors) = SqlServerScript.Parse(SqlServerReaderScript.ResourcePath, SqlFiles.Read(SqlServerReaderScript.ResourcePath));

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public void ReaderScript_TakesThePasswordFromTheEnvironment_AndAddsTheLoginToTheRole()
    {
        var script = SqlFiles.Read(SqlServerReaderScript.ResourcePath);

        Assert.Contains($"$({ReaderPasswords.EnvironmentVariable})", script, StringComparison.Ordinal);
        Assert.Contains("ALTER ROLE warehouse_reader ADD MEMBER", script, StringComparison.Ordinal);
        Assert.Contains("QUOTENAME(@login)", script, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(EngineKind.PostgreSql)]
    [InlineData(EngineKind.SqlServer)]
    public void ReaderRoleMigrations_GrantSelectOnEveryReportingView_AndNothingElse(EngineKind engine)
    {
        var grants = MigrationScripts.For(engine)
            .SelectMany(script => Granted().Matches(Comment().Replace(script.Contents, "")))
            .SelectMany(match => match.Groups["objects"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Select(name => name.Replace("dbo.", "", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

        var views = DataDictionary.Load().Objects.Where(item => item.IsView).Select(item => item.Name).Order(StringComparer.Ordinal);
        Assert.Equal(views, grants);
    }

    [GeneratedRegex(@"GRANT SELECT ON\s+(?<objects>[\w.,\s]+?)\s+TO warehouse_reader", RegexOptions.CultureInvariant)]
    private static partial Regex Granted();

    [GeneratedRegex("--[^\n]*", RegexOptions.CultureInvariant)]
    private static partial Regex Comment();
}
