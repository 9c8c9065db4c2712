using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;

namespace Warehouse.Scheduler.Auth;

/// <summary>Password hashes (ASP.NET Core Identity's PBKDF2 format) and API keys (random, stored as SHA-256).</summary>
public static class Credentials
{
    private static readonly PasswordHasher<string> Hasher = new();

    public static string HashPassword(string password) => Hasher.HashPassword(string.Empty, password);

    public static bool VerifyPassword(string hash, string password)
    {
        try
        {
            return Hasher.VerifyHashedPassword(string.Empty, hash, password) != PasswordVerificationResult.Failed;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>A new API key: 32 random bytes, URL-safe Base64, prefixed so it is recognisable in a secret scanner.</summary>
    public static string NewApiKey() => "whk_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string HashApiKey(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public static bool ApiKeyMatches(string keyHash, string key) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(keyHash), Encoding.ASCII.GetBytes(HashApiKey(key)));
}
