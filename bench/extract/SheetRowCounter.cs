using System.IO.Compression;

namespace Warehouse.Bench.Extract;

/// <summary>Counts the rows of the first worksheet by streaming its XML: a check that every writer wrote every row.</summary>
internal static class SheetRowCounter
{
    public static long CountDataRows(string path)
    {
        using var archive = ZipFile.OpenRead(path);
        var entry = archive.Entries
            .Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal))
            .OrderBy(e => e.FullName, StringComparer.Ordinal)
            .First();
        using var reader = new StreamReader(entry.Open());
        var buffer = new char[1 << 16];
        var carry = string.Empty;
        long rows = 0;
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            var text = carry + new string(buffer, 0, read);
            rows += Count(text, "<row ") + Count(text, "<row>") + Count(text, "<x:row ") + Count(text, "<x:row>");
            carry = text[^Math.Min(7, text.Length)..];
            // A tag split across the boundary is counted in the next chunk only if it was not complete here.
            rows -= Count(carry, "<row ") + Count(carry, "<row>") + Count(carry, "<x:row ") + Count(carry, "<x:row>");
        }
        return rows - 1; // the header row
    }

    private static int Count(string text, string token)
    {
        var count = 0;
        for (var i = text.IndexOf(token, StringComparison.Ordinal); i >= 0; i = text.IndexOf(token, i + token.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }
}
