namespace Warehouse.Loader.Sources.Api;

/// <summary>An attempt that failed in a way worth retrying (timeout, connection error, 5xx, 429, body cut short).</summary>
/// <remarks>The message is a clause naming the URL; <see cref="ExploreApiClient"/> turns the last one into a WarehouseException.</remarks>
internal sealed class TransientFailure : Exception
{
    public TransientFailure(string message, Exception? innerException = null, TimeSpan? retryAfter = null)
        : base(message, innerException) => RetryAfter = retryAfter;

    public TransientFailure() { }

    public TransientFailure(string message) : base(message) { }

    public TransientFailure(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>The pause the server asked for, if any.</summary>
    public TimeSpan? RetryAfter { get; }
}
