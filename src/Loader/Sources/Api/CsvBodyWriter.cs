using System.Globalization;
using System.Security.Cryptography;
using Warehouse.Core;

namespace Warehouse.Loader.Sources.Api;

/// <summary>
/// Streams one export response to a part file, hashing as it writes, and checks that the body is complete:
/// as long as its Content-Length (when sent) and ending with a line break (every export does). Bounded: at most
/// <see cref="ExploreApiOptions.MaxDownloadBytes"/> once decoded, and no more than <see cref="ExploreApiOptions.MaxDecompressionRatio"/>
/// times what came over the wire.
/// </summary>
/// <remarks>Network trouble is a <see cref="TransientFailure"/> (worth another attempt); disk trouble is a <see cref="WarehouseException"/>.</remarks>
internal static class CsvBodyWriter
{
    private const int BufferSize = 81920;

    /// <summary>Below this, a compression ratio says nothing (a header line compresses well).</summary>
    private const long RatioFloorBytes = 1024 * 1024;

    public static async Task<(string Sha256, long Bytes)> WriteAsync(
        HttpResponseMessage response, string partPath, Uri url, ExploreApiOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var shown = ExploreApiUrls.Display(url);
        var readTimeout = options.ReadTimeout;
        var expected = response.Content.Headers.ContentLength;
        if (expected > options.MaxDownloadBytes)
        {
            throw TooLarge(shown, options.MaxDownloadBytes);
        }
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[BufferSize];
        long total = 0;
        byte last = 0;

        await using var file = OpenPart(partPath, shown);
        await using var decoded = await OpenBodyAsync(response, shown, cancellationToken);
        await using var body = new ReadTimeoutStream(decoded.Stream, readTimeout);
        KillPoints.Reach(KillPoints.DownloadStarted);
        var halfway = expected / 2;
        while (true)
        {
            int read;
            try
            {
                read = await body.ReadAsync(buffer, cancellationToken);
            }
            catch (TimeoutException ex)
            {
                throw new TransientFailure(Invariant(
                    $"Download of {shown} stalled: no data for {readTimeout.TotalSeconds:0.###} s after {total} bytes"), ex);
            }
            catch (Exception ex) when (ex is IOException or HttpRequestException or InvalidDataException)
            {
                throw new TransientFailure($"{CutShort(shown, total, expected)} ({Reason.Of(ex)})", ex);
            }

            if (read == 0)
            {
                break;
            }

            hash.AppendData(buffer, 0, read);
            try
            {
                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
            catch (IOException ex)
            {
                throw new WarehouseException($"Could not write the download of {shown} to {partPath}: {ex.Message}", false, ex);
            }

            total += read;
            if (total > options.MaxDownloadBytes)
            {
                throw TooLarge(shown, options.MaxDownloadBytes);
            }
            if (decoded.IsCompressed && total > RatioFloorBytes && total > decoded.EncodedBytes * options.MaxDecompressionRatio)
            {
                throw new WarehouseException(Invariant(
                    $"The export {shown} expands more than {options.MaxDecompressionRatio} times its compressed size (Warehouse:Source:MaxDecompressionRatio), which no CSV export does: not loaded."));
            }
            last = buffer[read - 1];
            if (total >= halfway && total - read < halfway)
            {
                KillPoints.Reach(KillPoints.DownloadHalfway);
            }
        }

        var received = decoded.IsCompressed ? decoded.EncodedBytes : total;
        if (expected is { } length && received != length)
        {
            throw new TransientFailure(CutShort(shown, received, expected));
        }

        if (last != (byte)'\n')
        {
            throw new TransientFailure(Invariant(
                $"Download of {shown} ended after {total} bytes without a final line break, so the export is incomplete"));
        }

        try
        {
            await file.FlushAsync(cancellationToken);
        }
        catch (IOException ex)
        {
            throw new WarehouseException($"Could not write the download of {shown} to {partPath}: {ex.Message}", false, ex);
        }

        return (Convert.ToHexStringLower(hash.GetHashAndReset()), total);
    }

    private static FileStream OpenPart(string partPath, string shown)
    {
        try
        {
            return new FileStream(partPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new WarehouseException($"Could not create {partPath} for the download of {shown}: {ex.Message}", false, ex);
        }
    }

    private static async Task<DecodedBody> OpenBodyAsync(HttpResponseMessage response, string shown, CancellationToken cancellationToken)
    {
        try
        {
            return DecodedBody.Open(await response.Content.ReadAsStreamAsync(cancellationToken), response.Content.Headers.ContentEncoding.LastOrDefault(), shown);
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException)
        {
            throw new TransientFailure($"Download of {shown} failed before its first byte ({Reason.Of(ex)})", ex);
        }
    }

    private static WarehouseException TooLarge(string shown, long limit) => new(Invariant(
        $"The export {shown} is larger than the {limit} bytes allowed (Warehouse:Source:MaxDownloadBytes): not loaded."));

    private static string CutShort(string shown, long received, long? expected) => expected is { } length
        ? Invariant($"Download of {shown} was cut short after {received} of {length} bytes")
        : Invariant($"Download of {shown} was cut short after {received} bytes");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
