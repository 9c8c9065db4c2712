using Warehouse.Delivery.Reporting;
using Warehouse.Tests.Cli;

namespace Warehouse.Tests.Server;

/// <summary>Output files (CLI reports and extracts, the archive, delivery folders) appear complete or not at all.</summary>
[Trait("Category", "unit")]
public sealed class CompleteFileTests
{
    [Fact]
    public async Task AWriteThatSucceeds_LeavesTheFileAndNothingElse()
    {
        using var directory = new TempWorkingDirectory();
        var path = directory.PathOf("briefing.pdf");

        var length = await CompleteFile.WriteAsync(path, async stream =>
        {
            await stream.WriteAsync("%PDF-1.7 complete"u8.ToArray());
            return stream.Length;
        });

        Assert.Equal(17, length);
        Assert.Equal("%PDF-1.7 complete", await File.ReadAllTextAsync(path));
        Assert.Equal(["briefing.pdf"], directory.Entries());
    }

    [Fact]
    public async Task AWriteThatFailsHalfway_LeavesThePreviousFileAsItWas_AndNoPartialFile()
    {
        using var directory = new TempWorkingDirectory();
        var path = directory.PathOf("briefing.pdf");
        await File.WriteAllTextAsync(path, "previous briefing");

        var failure = await Assert.ThrowsAsync<IOException>(() => CompleteFile.WriteAsync<bool>(path, async stream =>
        {
            await stream.WriteAsync("%PDF-1.7 half"u8.ToArray());
            throw new IOException("No space left on device");
        }));

        Assert.Equal("No space left on device", failure.Message);
        Assert.Equal("previous briefing", await File.ReadAllTextAsync(path));
        Assert.Equal(["briefing.pdf"], directory.Entries());
    }

    [Fact]
    public async Task AWriteThatFails_WhenNoFileExisted_LeavesNoFile()
    {
        using var directory = new TempWorkingDirectory();

        await Assert.ThrowsAsync<InvalidOperationException>(() => CompleteFile.WriteAsync<bool>(directory.PathOf("extract.xlsx"), async stream =>
        {
            await stream.WriteAsync(new byte[100_000]);
            throw new InvalidOperationException("render failed");
        }));

        Assert.Empty(directory.Entries());
    }
}
