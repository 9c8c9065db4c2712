namespace Warehouse.Core;

/// <summary>A failure with a sentence a user can act on. <see cref="IsUserError"/> separates bad input (exit 2) from everything else (exit 1).</summary>
public class WarehouseException : Exception
{
    public WarehouseException(string message, bool isUserError = false, Exception? innerException = null)
        : base(message, innerException) => IsUserError = isUserError;

    public WarehouseException() : base() { }

    public WarehouseException(string message) : base(message) { }

    public WarehouseException(string message, Exception innerException) : base(message, innerException) { }

    public bool IsUserError { get; }
}
