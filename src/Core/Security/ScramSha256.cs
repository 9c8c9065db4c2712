using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Warehouse.Core.Security;

/// <summary>
/// A PostgreSQL SCRAM-SHA-256 password verifier (RFC 5802/7677), computed on the client the way psql's \password does, so that
/// the password itself never travels in a statement or lands in the server's log:
/// <c>SCRAM-SHA-256$&lt;iterations&gt;:&lt;salt&gt;$&lt;StoredKey&gt;:&lt;ServerKey&gt;</c>.
/// </summary>
public static class ScramSha256
{
    public const int DefaultIterations = 4096;
    private const int SaltLength = 16;
    private const string Prefix = "SCRAM-SHA-256$";

    public static string Verifier(string password) => Verifier(password, RandomNumberGenerator.GetBytes(SaltLength), DefaultIterations);

    public static string Verifier(string password, byte[] salt, int iterations)
    {
        ArgumentNullException.ThrowIfNull(password);
        ArgumentNullException.ThrowIfNull(salt);
        var salted = Rfc2898DeriveBytes.Pbkdf2(Prepared(password), salt, iterations, HashAlgorithmName.SHA256, SHA256.HashSizeInBytes);
        var storedKey = SHA256.HashData(HMACSHA256.HashData(salted, "Client Key"u8));
        var serverKey = HMACSHA256.HashData(salted, "Server Key"u8);
        return string.Create(CultureInfo.InvariantCulture,
            $"{Prefix}{iterations}:{Convert.ToBase64String(salt)}${Convert.ToBase64String(storedKey)}:{Convert.ToBase64String(serverKey)}");
    }

    /// <summary>Whether <paramref name="verifier"/> (as stored in pg_authid.rolpassword) was made from <paramref name="password"/>.</summary>
    public static bool Matches(string verifier, string password)
    {
        ArgumentNullException.ThrowIfNull(verifier);
        if (!verifier.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }
        var parts = verifier[Prefix.Length..].Split('$', ':');
        if (parts.Length != 4 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var iterations))
        {
            return false;
        }
        return Verifier(password, Convert.FromBase64String(parts[1]), iterations) == verifier;
    }

    /// <summary>
    /// PostgreSQL applies SASLprep to the password: ASCII passwords are used as they are; for others, NFKC normalisation is
    /// what SASLprep does to every password a person can type (its other mappings concern invisible and control characters,
    /// which <see cref="ReaderPasswords"/> refuses).
    /// </summary>
    private static byte[] Prepared(string password) =>
        Encoding.UTF8.GetBytes(Ascii.IsValid(password) ? password : password.Normalize(NormalizationForm.FormKC));
}
