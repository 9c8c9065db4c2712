using System.Globalization;
using System.Text.Json;
using Warehouse.Core;

namespace Warehouse.Loader.Sources.Api;

/// <summary>Reads a small JSON response (catalog metadata) whole, with the read timeout and a size cap.</summary>
internal static class JsonBodyReader
{
    private const int MaxBytes = 16 * 1024 * 1024;

    public static async Task<JsonDocument> ReadAsync(HttpResponseMessage response, Uri url, TimeSpan readTimeout, CancellationToken cancellationToken)
    {
        var shown = ExploreApiUrls.Display(url);
        using var copy = new MemoryStream();
        var buffer = new byte[16384];
        try
        {
            await using var body = new ReadTimeoutStream(await response.Content.ReadAsStreamAsync(cancellationToken), readTimeout);
            int read;
            while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
            {
                if (copy.Length + read > MaxBytes)
                {
                    throw new WarehouseException(Invariant($"The answer to {shown} is larger than {MaxBytes} bytes, which is not catalog metadata."));
                }

                copy.Write(buffer, 0, read);
            }
        }
        catch (TimeoutException ex)
        {
            throw new TransientFailure(Invariant(
                $"Reading the answer to {shown} stalled: no data for {readTimeout.TotalSeconds:0.###} s after {copy.Length} bytes"), ex);
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException or InvalidDataException)
        {
            throw new TransientFailure(Invariant($"Reading the answer to {shown} was cut short after {copy.Length} bytes ({Reason.Of(ex)})"), ex);
        }

        try
        {
            return JsonDocument.Parse(copy.GetBuffer().AsMemory(0, (int)copy.Length));
        }
        catch (JsonException ex)
        {
            throw new WarehouseException($"The answer to {shown} is not valid JSON ({Reason.Of(ex)}).", false, ex);
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
