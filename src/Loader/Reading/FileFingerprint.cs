using System.Security.Cryptography;

namespace Warehouse.Loader.Reading;

/// <summary>What one streaming pass over a file tells before it is parsed: hash, size, leading BOMs, whether it ends with a line break.</summary>
public sealed record FileFingerprint(string Sha256, long Bytes, int ByteOrderMarks, bool EndsWithLineBreak)
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    public static async Task<FileFingerprint> ComputeAsync(string path, CancellationToken cancellationToken = default)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan | FileOptions.Asynchronous);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 20];
        long total = 0;
        byte last = 0;
        var head = new List<byte>(Bom.Length * 3);
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            for (var i = 0; i < read && head.Count < head.Capacity; i++)
            {
                head.Add(buffer[i]);
            }
            total += read;
            last = buffer[read - 1];
        }
        return new FileFingerprint(Convert.ToHexStringLower(hash.GetHashAndReset()), total, CountByteOrderMarks(head.ToArray()), total > 0 && last == (byte)'\n');
    }

    /// <summary>How many UTF-8 byte order marks start <paramref name="head"/> (API exports: one, browser downloads: two).</summary>
    public static int CountByteOrderMarks(ReadOnlySpan<byte> head)
    {
        var count = 0;
        while (head[(count * Bom.Length)..].StartsWith(Bom))
        {
            count++;
        }
        return count;
    }

    /// <summary>Reads the first bytes of a file and counts its byte order marks.</summary>
    public static int CountByteOrderMarks(string path)
    {
        Span<byte> head = stackalloc byte[Bom.Length * 3];
        using var stream = File.OpenRead(path);
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        return CountByteOrderMarks(head[..read]);
    }
}
