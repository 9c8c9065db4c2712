namespace Warehouse.Tests.Hardening;

/// <summary>
/// A dataset file far larger than the sample, streamed to disk: the header once, then the data rows <c>copies</c> times.
/// The keys repeat, so a load parses and stages every row, then rejects the file at publication (duplicate grain key):
/// all the streaming phases run at full size without needing more distinct keys than the reference dimensions hold.
/// </summary>
internal static class RepeatedInput
{
    public static async Task<long> WriteAsync(string source, string target, int copies)
    {
        var bytes = await File.ReadAllBytesAsync(source);
        var headerEnd = Array.IndexOf(bytes, (byte)'\n') + 1;
        await using var output = new FileStream(target, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        await output.WriteAsync(bytes.AsMemory(0, headerEnd));
        for (var i = 0; i < copies; i++)
        {
            await output.WriteAsync(bytes.AsMemory(headerEnd));
        }
        return output.Length;
    }
}
