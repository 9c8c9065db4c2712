namespace Warehouse.Core.Security;

/// <summary>Where a reader connects: what to type into psql, DBeaver or an ODBC data source (never a password).</summary>
public sealed record ReaderConnection(string Host, int Port, string Database, string User, string? SslMode)
{
    /// <summary>A libpq connection string for psql: <c>psql "host=... port=... dbname=... user=..."</c>.</summary>
    public string PsqlCommand =>
        $"psql \"host={Host} port={Port} dbname={Database} user={User}{(SslMode is null ? "" : " sslmode=" + SslMode)}\"";

    public string JdbcUrl =>
        $"jdbc:postgresql://{Host}:{Port}/{Database}?user={Uri.EscapeDataString(User)}{(SslMode is null ? "" : "&sslmode=" + SslMode)}";
}
