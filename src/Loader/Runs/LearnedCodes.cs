using System.Data.Common;
using System.Globalization;
using Warehouse.Core.Sql;
using Warehouse.Loader.Datasets;
using Warehouse.Loader.Validation;

namespace Warehouse.Loader.Runs;

/// <summary>
/// The codes the publication taught (etl_learned_code): read at the start of a run, and recorded with the load of the
/// published file that first pairs each code with its label, in the same transaction.
/// </summary>
public static class LearnedCodes
{
    public static async Task<CodeBook> LoadAsync(DbConnection connection, CancellationToken cancellationToken = default)
    {
        var learned = await DbCommands.QueryAsync(connection,
            """
            SELECT c.dimension, c.member_key, c.source_code, f.source, c.line_number
            FROM etl_learned_code c
            JOIN etl_load_file f ON f.load_file_id = c.load_file_id
            """,
            r => new LearnedCode(CodedDimensions.Parse(r.GetString(0)), Convert.ToInt32(r.GetValue(1), CultureInfo.InvariantCulture), r.GetString(2),
                Origin(r.GetString(3), Convert.ToInt64(r.GetValue(4), CultureInfo.InvariantCulture))),
            cancellationToken);
        return new CodeBook(learned);
    }

    /// <summary>
    /// Sets each new pair as its member's code, inside the publishing transaction: a provisional code that another member
    /// turns out to own is cleared first (codes are unique), and the pairing is recorded with its file and line.
    /// </summary>
    public static async Task<IReadOnlyList<LearnedCode>> RecordAsync(DbConnection connection, DbTransaction transaction, SqlDialect dialect,
        CodePairing pairing, CodeBook book, long loadFileId, string source)
    {
        ArgumentNullException.ThrowIfNull(pairing);
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(dialect);
        var learned = new List<LearnedCode>();
        foreach (var pair in pairing.Pairs.Where(p => book.ForMember(p.Dimension, p.MemberKey) is null).OrderBy(p => p.Line))
        {
            var table = CodedDimensions.Table(pair.Dimension);
            var key = CodedDimensions.KeyColumn(pair.Dimension);
            await DbCommands.ExecuteAsync(connection, $"UPDATE {table} SET source_code = NULL WHERE source_code = @code AND {key} <> @key", transaction,
                ("code", pair.Code), ("key", pair.MemberKey));
            await DbCommands.ExecuteAsync(connection, $"UPDATE {table} SET source_code = @code WHERE {key} = @key", transaction,
                ("code", pair.Code), ("key", pair.MemberKey));
            await DbCommands.ExecuteAsync(connection,
                """
                INSERT INTO etl_learned_code (dimension, member_key, source_code, published_label, load_file_id, line_number, learned_at)
                VALUES (@dimension, @key, @code, @label, @load_file_id, @line, @now)
                """, transaction,
                ("dimension", CodedDimensions.Name(pair.Dimension)), ("key", pair.MemberKey), ("code", pair.Code), ("label", pair.PublishedLabel),
                ("load_file_id", loadFileId), ("line", pair.Line), ("now", dialect.Timestamp(DateTimeOffset.UtcNow)));
            learned.Add(new LearnedCode(pair.Dimension, pair.MemberKey, pair.Code, Origin(source, pair.Line)));
        }
        return learned;
    }

    private static string Origin(string source, long line) => string.Create(CultureInfo.InvariantCulture, $"{source} line {line}");
}
