namespace Warehouse.Scheduler.Auth;

/// <summary>The two roles: readers use the portal, reports, extracts and history; operators also run the dashboard, loads and subscriptions.</summary>
public static class Roles
{
    public const string Reader = "reader";
    public const string Operator = "operator";

    /// <summary>Authorization policy names (same words as the roles).</summary>
    public const string ReaderPolicy = Reader;
    public const string OperatorPolicy = Operator;

    public static bool IsKnown(string? role) => role is Reader or Operator;
}
