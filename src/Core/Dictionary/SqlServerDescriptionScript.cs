using System.Text;

namespace Warehouse.Core.Dictionary;

/// <summary>
/// The SQL Server description migration: MS_Description extended properties (what SSMS and most tools show) on every table,
/// view and column. It first drops every MS_Description of the dbo tables and views, so that each regenerated copy replaces
/// the previous one whole.
/// </summary>
public static class SqlServerDescriptionScript
{
    private const string DropAll = """
        DECLARE @object sysname, @type varchar(10), @column sysname;
        DECLARE descriptions CURSOR LOCAL STATIC READ_ONLY FOR
            SELECT o.name, CASE o.type WHEN 'V' THEN 'VIEW' ELSE 'TABLE' END, c.name
            FROM sys.extended_properties AS p
                JOIN sys.objects AS o ON o.object_id = p.major_id
                LEFT JOIN sys.columns AS c ON c.object_id = p.major_id AND c.column_id = p.minor_id
            WHERE p.class = 1 AND p.name = N'MS_Description' AND o.schema_id = SCHEMA_ID(N'dbo') AND o.type IN ('U', 'V');
        OPEN descriptions;
        FETCH NEXT FROM descriptions INTO @object, @type, @column;
        WHILE @@FETCH_STATUS = 0
        BEGIN
            IF @column IS NULL
                EXEC sys.sp_dropextendedproperty @name = N'MS_Description', @level0type = N'SCHEMA', @level0name = N'dbo',
                    @level1type = @type, @level1name = @object;
            ELSE
                EXEC sys.sp_dropextendedproperty @name = N'MS_Description', @level0type = N'SCHEMA', @level0name = N'dbo',
                    @level1type = @type, @level1name = @object, @level2type = N'COLUMN', @level2name = @column;
            FETCH NEXT FROM descriptions INTO @object, @type, @column;
        END;
        CLOSE descriptions;
        DEALLOCATE descriptions;
        GO

        """;

    public static string Generate(DataDictionary dictionary)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        var text = new StringBuilder();
        text.Append(DictionaryScripts.GrainLine).Append('\n');
        text.Append(DictionaryScripts.GeneratedNote);
        text.Append("GO\n\n");
        text.Append(DropAll.ReplaceLineEndings("\n"));
        foreach (var item in dictionary.Objects)
        {
            var type = item.IsView ? "VIEW" : "TABLE";
            text.Append('\n');
            text.Append("EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = ").Append(Literal(item.Describe()))
                .Append(", @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'").Append(type)
                .Append("', @level1name = N'").Append(item.Name).Append("';\n");
            foreach (var column in item.Columns)
            {
                text.Append("EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = ").Append(Literal(column.Describe()))
                    .Append(", @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'").Append(type)
                    .Append("', @level1name = N'").Append(item.Name)
                    .Append("', @level2type = N'COLUMN', @level2name = N'").Append(column.Name).Append("';\n");
            }
        }
        text.Append("GO\n");
        return text.ToString();
    }

    private static string Literal(string value) => "N'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
}
