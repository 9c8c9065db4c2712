namespace Warehouse.Reports.Extracts.Writing;

/// <summary>
/// Lets the zip writers (System.IO.Compression, used by SpreadCheetah too) write to an output that refuses synchronous
/// writes, such as an ASP.NET Core response body. Their few synchronous writes (an entry's data descriptor when it is closed,
/// the central directory: a few dozen bytes each) are held here and sent by the next asynchronous write or by
/// <see cref="DrainAsync"/>; the bulk of the bytes goes through asynchronously, in order. Forward-only, like the output.
/// </summary>
internal sealed class AsyncOutputStream(Stream output) : Stream
{
    private readonly MemoryStream _pending = new();
    private long _position;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    /// <summary>Sends what synchronous writes left, then flushes the output.</summary>
    public async Task DrainAsync(CancellationToken cancellationToken)
    {
        if (_pending.Length > 0)
        {
            await output.WriteAsync(_pending.GetBuffer().AsMemory(0, (int)_pending.Length), cancellationToken);
            _pending.SetLength(0);
        }
        await output.FlushAsync(cancellationToken);
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _pending.Write(buffer);
        _position += buffer.Length;
    }

    public override void WriteByte(byte value) => Write([value]);

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_pending.Length > 0)
        {
            await output.WriteAsync(_pending.GetBuffer().AsMemory(0, (int)_pending.Length), cancellationToken);
            _pending.SetLength(0);
        }
        await output.WriteAsync(buffer, cancellationToken);
        _position += buffer.Length;
    }

    /// <summary>Nothing to do synchronously: the pending bytes go out with the next asynchronous write or the drain.</summary>
    public override void Flush()
    {
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => DrainAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _pending.Dispose();
        }
        base.Dispose(disposing);
    }
}
