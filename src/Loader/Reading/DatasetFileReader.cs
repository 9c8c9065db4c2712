using System.Globalization;
using CsvHelper;
using Warehouse.Core;
using Warehouse.Loader.Datasets;
using Warehouse.Loader.Staging;
using Warehouse.Loader.Validation;

namespace Warehouse.Loader.Reading;

/// <summary>
/// Streams the records of one data.ameli CSV as staging rows. Structural problems (empty or truncated file, unknown header,
/// wrong field count, broken quoting, oversized record) and value problems go to the <see cref="ProblemLog"/>;
/// once there is a problem no more rows are yielded, but the rest of the file is still checked so the report is complete.
/// </summary>
internal sealed class DatasetFileReader : IDisposable
{
    private readonly CsvReader _reader;
    private readonly ProblemLog _problems;
    private readonly bool _hasFirstRecord;

    private DatasetFileReader(CsvReader reader, HeaderMatch header, ProblemLog problems, bool hasFirstRecord)
    {
        _reader = reader;
        _hasFirstRecord = hasFirstRecord;
        Header = header;
        _problems = problems;
    }

    public HeaderMatch Header { get; }

    public long RowsRead { get; private set; }

    public int LabelWarnings { get; private set; }

    /// <summary>
    /// Opens the file and matches its header; null (with the reason logged) when it is not a dataset file.
    /// <paramref name="subsetOf"/> names the dataset whose columns a partial (select=) export holds.
    /// </summary>
    public static DatasetFileReader? Open(string path, FileFingerprint fingerprint, DatasetDefinition? expected, ProblemLog problems, out DatasetDefinition? subsetOf)
    {
        subsetOf = null;
        ArgumentNullException.ThrowIfNull(fingerprint);
        ArgumentNullException.ThrowIfNull(problems);
        if (fingerprint.Bytes <= fingerprint.ByteOrderMarks * 3)
        {
            problems.Add(null, null, null, "the file is empty");
            return null;
        }
        var reader = CsvReaderFactory.Open(path, fingerprint.ByteOrderMarks);
        try
        {
            var hasFirstRecord = reader.Read();
            if (!hasFirstRecord && reader.Headers.Count == 0)
            {
                problems.Add(1, null, null, "the file has no header");
                reader.Dispose();
                return null;
            }
            var header = HeaderMatch.Find(reader.Headers, expected, out var reason, out subsetOf);
            if (header is null)
            {
                problems.Add(1, null, null, reason!);
                reader.Dispose();
                return null;
            }
            return new DatasetFileReader(reader, header, problems, hasFirstRecord);
        }
        catch (CsvFormatException e)
        {
            problems.Add(e.LineNumber > 0 ? e.LineNumber : 1, null, null, $"not readable as CSV: {e.Message}");
            reader.Dispose();
            return null;
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Parses every record into batches of staging rows: <paramref name="rent"/> supplies an empty batch, <paramref name="publish"/>
    /// receives a filled one. Display flags are collected per profession key, (code, label) pairs in <paramref name="codes"/>.
    /// Once a problem is found, rows are no longer published but the rest of the file is still checked. The header was
    /// consumed by <see cref="Open"/>.
    /// </summary>
    public void ReadBatches(long loadFileId, DimensionResolver resolver, CodePairing codes, IDictionary<int, DisplayFlags> flags,
        Func<StagingBatch> rent, Action<StagingBatch> publish, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rent);
        ArgumentNullException.ThrowIfNull(publish);
        var parser = new DatasetRowParser(Header.Dataset, Header, resolver, codes, _problems);
        var expectedFields = Header.FieldCount;
        var batch = rent();
        batch.Count = 0;
        var hasRecord = _hasFirstRecord;
        while (hasRecord)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (++RowsRead == KillPoints.RowsParsedAfter)
            {
                KillPoints.Reach(KillPoints.RowsParsed);
            }
            var line = _reader.LineNumber;
            var row = batch.Rows[batch.Count];
            if (_reader.FieldCount != expectedFields)
            {
                _problems.Add(line, null, null, string.Create(CultureInfo.InvariantCulture,
                    $"expected {expectedFields} fields separated by ';', found {_reader.FieldCount}"));
            }
            else if (parser.TryParse(_reader, line, row, out var professionKey, out var rowFlags) && !_problems.HasProblems)
            {
                row.SetInteger(0, loadFileId);
                flags[professionKey] = rowFlags;
                if (++batch.Count == batch.Rows.Length)
                {
                    publish(batch);
                    batch = rent();
                    batch.Count = 0;
                }
            }
            hasRecord = Advance();
        }
        if (batch.Count > 0 && !_problems.HasProblems)
        {
            publish(batch);
        }
        LabelWarnings = parser.LabelWarnings;
        if (RowsRead == 0)
        {
            _problems.Add(null, null, null, "the file has a header but no data rows");
        }
    }

    private bool Advance()
    {
        try
        {
            return _reader.Read();
        }
        catch (CsvFormatException e)
        {
            _problems.Add(e.LineNumber > 0 ? e.LineNumber : null, null, null, $"not readable as CSV: {e.Message}");
            return false;
        }
    }

    public void Dispose() => _reader.Dispose();
}
