namespace Warehouse.Core.Security;

/// <summary>
/// What <see cref="PostgresReaderAccounts.GrantAsync"/> did: whether the login was created or already existed (its password then
/// changed), where to connect, and whether connecting as the reader was checked (<see cref="CheckProblem"/> says why not).
/// </summary>
public sealed record ReaderGrant(bool Created, ReaderConnection Connection, bool Checked, string? CheckProblem);
