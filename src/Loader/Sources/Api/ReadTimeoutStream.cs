using System.Globalization;

namespace Warehouse.Loader.Sources.Api;

/// <summary>
/// A read-only wrapper that fails a read with <see cref="TimeoutException"/> when no byte arrives within the timeout.
/// Only asynchronous reads are supported: they are the only ones that can be cancelled.
/// </summary>
internal sealed class ReadTimeoutStream(Stream inner, TimeSpan timeout) : Stream
{
    public TimeSpan Timeout => timeout;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        try
        {
            return await inner.ReadAsync(buffer, timer.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException
                                   && timer.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException(string.Create(CultureInfo.InvariantCulture, $"No data arrived for {timeout.TotalSeconds:0.###} s."), ex);
        }
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) =>
        throw new NotSupportedException("Read the body with ReadAsync: only asynchronous reads honour the read timeout.");

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
