namespace Warehouse.Scheduler.Web;

/// <summary>
/// Sends what is written to the response and copies it into a file, until the copy would pass <paramref name="limit"/>
/// bytes (<see cref="Overflowed"/>: the file is then not worth keeping). Forward-only and asynchronous, like the response.
/// </summary>
internal sealed class TeeStream(Stream primary, Stream copy, long limit) : Stream
{
    private long _copied;

    public bool Overflowed { get; private set; }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await primary.WriteAsync(buffer, cancellationToken);
        if (!Overflowed)
        {
            _copied += buffer.Length;
            Overflowed = _copied > limit;
            if (!Overflowed)
            {
                await copy.WriteAsync(buffer, cancellationToken);
            }
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override Task FlushAsync(CancellationToken cancellationToken) => primary.FlushAsync(cancellationToken);

    public override void Flush() => throw new NotSupportedException("The response is written asynchronously.");

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("The response is written asynchronously.");

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
