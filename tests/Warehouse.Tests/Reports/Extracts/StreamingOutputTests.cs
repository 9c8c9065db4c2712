using System.IO.Compression;
using Warehouse.Reports.Extracts;

namespace Warehouse.Tests.Reports.Extracts;

/// <summary>Extracts write only asynchronously and never seek, so they can stream straight into an HTTP response.</summary>
[Collection(ExtractWarehouseGroup.Name)]
[Trait("Category", "database")]
public sealed class StreamingOutputTests(ExtractWarehouseFixture warehouse)
{
    public static TheoryData<ExtractFormat, bool> Outputs { get; } = new()
    {
        { ExtractFormat.Xlsx, false },
        { ExtractFormat.Csv, false },
        { ExtractFormat.Xlsx, true },
        { ExtractFormat.Csv, true },
    };

    [Theory]
    [MemberData(nameof(Outputs))]
    public async Task Extract_StreamsIntoAForwardOnlyAsyncOutput(ExtractFormat format, bool pack)
    {
        var request = pack
            ? ExtractRequest.ForPack("R84") with { Years = [2024], Format = format }
            : Requests.FeesAra(format);
        using var output = new AsyncOnlyStream();

        var result = await new ExtractService(warehouse.Engine).WriteAsync(request, output);

        var bytes = output.ToArray();
        Assert.True(result.RowCount > 0);
        if (format == ExtractFormat.Xlsx || pack)
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            Assert.NotEmpty(zip.Entries);
        }
        else
        {
            Assert.Equal(result.RowCount + 1, System.Text.Encoding.UTF8.GetString(bytes).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        }
    }
}
