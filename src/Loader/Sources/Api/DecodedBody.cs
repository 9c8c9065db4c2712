using System.IO.Compression;
using Warehouse.Core;

namespace Warehouse.Loader.Sources.Api;

/// <summary>
/// An export body decoded by its Content-Encoding (gzip, deflate, br) here rather than by the HTTP handler, so that a
/// compression bomb can be seen: <see cref="EncodedBytes"/> counts what came over the wire.
/// </summary>
internal sealed class DecodedBody : IAsyncDisposable
{
    private readonly CountingStream _wire;

    private DecodedBody(CountingStream wire, Stream decoded, bool isCompressed)
    {
        _wire = wire;
        Stream = decoded;
        IsCompressed = isCompressed;
    }

    public Stream Stream { get; }

    public bool IsCompressed { get; }

    public long EncodedBytes => _wire.BytesRead;

    public static DecodedBody Open(Stream body, string? contentEncoding, string shown)
    {
        var wire = new CountingStream(body);
        Stream? decoded = contentEncoding?.Trim().ToLowerInvariant() switch
        {
            null or "" or "identity" => wire,
            "gzip" or "x-gzip" => new GZipStream(wire, CompressionMode.Decompress),
            "deflate" => new ZLibStream(wire, CompressionMode.Decompress),
            "br" => new BrotliStream(wire, CompressionMode.Decompress),
            _ => null,
        };
        if (decoded is null)
        {
            wire.Dispose();
            throw new WarehouseException($"The export {shown} came with the unknown Content-Encoding \"{contentEncoding}\".");
        }
        return new DecodedBody(wire, decoded, !ReferenceEquals(decoded, wire));
    }

    public async ValueTask DisposeAsync()
    {
        await Stream.DisposeAsync();
        await _wire.DisposeAsync();
    }

    /// <summary>Counts the bytes read through it.</summary>
    private sealed class CountingStream(Stream inner) : Stream
    {
        public long BytesRead { get; private set; }

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
            var read = await inner.ReadAsync(buffer, cancellationToken);
            BytesRead += read;
            return read;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            BytesRead += read;
            return read;
        }

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
}
