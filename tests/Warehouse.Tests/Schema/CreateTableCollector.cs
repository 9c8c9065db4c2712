using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Warehouse.Tests.Schema;

/// <summary>
/// Walks parsed T-SQL scripts and collects the columns of every <c>CREATE TABLE</c>, as later <c>ALTER TABLE … ADD</c> and
/// <c>ALTER TABLE … ALTER COLUMN</c> statements leave them.
/// </summary>
internal sealed class CreateTableCollector : TSqlFragmentVisitor
{
    public List<ColumnShape> Columns { get; } = [];

    public override void ExplicitVisit(CreateTableStatement node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var table = node.SchemaObjectName.BaseIdentifier.Value;
        var primaryKey = node.Definition.TableConstraints
            .OfType<UniqueConstraintDefinition>()
            .Where(constraint => constraint.IsPrimaryKey)
            .SelectMany(constraint => constraint.Columns)
            .Select(column => column.Column.MultiPartIdentifier.Identifiers[^1].Value)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        foreach (var column in node.Definition.ColumnDefinitions)
        {
            var name = column.ColumnIdentifier.Value;
            Columns.Add(new ColumnShape(table, name, IsNullable(column, primaryKey.Contains(name)), FamilyOf(table, name, column.DataType, column.StartLine)));
        }
        base.ExplicitVisit(node);
    }

    public override void ExplicitVisit(AlterTableAddTableElementStatement node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var table = node.SchemaObjectName.BaseIdentifier.Value;
        foreach (var column in node.Definition.ColumnDefinitions)
        {
            var name = column.ColumnIdentifier.Value;
            Columns.Add(new ColumnShape(table, name, IsNullable(column, false), FamilyOf(table, name, column.DataType, column.StartLine)));
        }
        base.ExplicitVisit(node);
    }

    /// <summary>ALTER COLUMN restates the type; without NOT NULL the column becomes nullable (T-SQL's default).</summary>
    public override void ExplicitVisit(AlterTableAlterColumnStatement node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var table = node.SchemaObjectName.BaseIdentifier.Value;
        var name = node.ColumnIdentifier.Value;
        var index = Columns.FindIndex(c => string.Equals(c.Table, table, StringComparison.OrdinalIgnoreCase) && string.Equals(c.Column, name, StringComparison.OrdinalIgnoreCase));
        if (index < 0)
        {
            throw new InvalidOperationException($"ALTER COLUMN {table}.{name} at line {node.StartLine}: no CREATE TABLE or ADD made that column.");
        }
        if (node.DataType is not null)
        {
            Columns[index] = Columns[index] with
            {
                Family = FamilyOf(table, name, node.DataType, node.StartLine),
                Nullable = node.AlterTableAlterColumnOption != AlterTableAlterColumnOption.NotNull,
            };
        }
        base.ExplicitVisit(node);
    }

    /// <summary>An explicit NULL / NOT NULL wins; otherwise primary-key and identity columns are NOT NULL and the rest nullable.</summary>
    private static bool IsNullable(ColumnDefinition column, bool inTablePrimaryKey)
    {
        var declared = column.Constraints.OfType<NullableConstraintDefinition>().LastOrDefault();
        if (declared is not null)
        {
            return declared.Nullable;
        }
        var inColumnPrimaryKey = column.Constraints.OfType<UniqueConstraintDefinition>().Any(constraint => constraint.IsPrimaryKey);
        return !(inTablePrimaryKey || inColumnPrimaryKey || column.IdentityOptions is not null);
    }

    private static TypeFamily FamilyOf(string table, string column, DataTypeReference type, int line) => type switch
    {
        SqlDataTypeReference { SqlDataTypeOption: SqlDataTypeOption.TinyInt or SqlDataTypeOption.SmallInt or SqlDataTypeOption.Int or SqlDataTypeOption.BigInt } => TypeFamily.Integer,
        SqlDataTypeReference { SqlDataTypeOption: SqlDataTypeOption.Float or SqlDataTypeOption.Real } => TypeFamily.Real,
        SqlDataTypeReference { SqlDataTypeOption: SqlDataTypeOption.NVarChar or SqlDataTypeOption.VarChar or SqlDataTypeOption.NChar or SqlDataTypeOption.Char } => TypeFamily.Text,
        SqlDataTypeReference { SqlDataTypeOption: SqlDataTypeOption.Bit } => TypeFamily.Boolean,
        SqlDataTypeReference { SqlDataTypeOption: SqlDataTypeOption.DateTimeOffset or SqlDataTypeOption.DateTime2 or SqlDataTypeOption.Date } => TypeFamily.Timestamp,
        _ => throw new InvalidOperationException(
            $"{table}.{column}: the T-SQL type at line {line} has no type family in the parity tests."),
    };
}
