namespace Warehouse.Loader.Sources.Api;

/// <summary>The most telling words of a network exception: the innermost message ("Connection reset by peer"), not the generic wrapper.</summary>
internal static class Reason
{
    public static string Of(Exception exception) => exception.GetBaseException().Message.Trim().TrimEnd('.');
}
