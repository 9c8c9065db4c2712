using CsvHelper;

namespace Warehouse.Loader.Reading;

/// <summary>Opens a data.ameli CSV with CsvHelper positioned after its byte order marks (API: one, browser: two).</summary>
internal static class CsvReaderFactory
{
    /// <summary>Records longer than this are hostile or corrupt: real rows are a few hundred bytes.</summary>
    public const int MaxRecordBytes = 1 << 20;

    public static CsvReader Open(string path, int byteOrderMarks)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        try
        {
            stream.Position = byteOrderMarks * 3L;
            var options = new CsvReaderOptions
            {
                Separator = ';',
                HasHeader = true,
                TrackLineNumbers = true,
                SkipEmptyLines = false,
                MalformedData = CsvMalformedDataHandling.Throw,
                FieldCountMismatch = CsvFieldCountHandling.Allow,
                MaxRecordSize = MaxRecordBytes,
                BufferSize = 1 << 18,
            };
            return CsvReader.Create(stream, options, leaveOpen: false);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }
}
