namespace Warehouse.Tests.Schema;

/// <summary>One column as the parity tests compare it: table, name, nullability and type family.</summary>
public sealed record ColumnShape(string Table, string Column, bool Nullable, TypeFamily Family)
{
    /// <summary>The same column as SQLite stores it: timestamps are ISO-8601 text there.</summary>
    public ColumnShape AsSqliteStoresIt() => Family == TypeFamily.Timestamp ? this with { Family = TypeFamily.Text } : this;

    public override string ToString() => $"{Table}.{Column} {Family.ToString().ToLowerInvariant()} {(Nullable ? "NULL" : "NOT NULL")}";
}
