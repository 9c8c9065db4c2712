namespace Warehouse.Tests.Web;

/// <summary>Values an attacker or a careless script sends: SQL injection, path traversal, over-long text and Unicode tricks.</summary>
internal static class HostileValues
{
    public static IReadOnlyList<string> All { get; } =
    [
        "' OR '1'='1",
        "2A'; DROP TABLE fact_headcount_density; --",
        "1 UNION SELECT ScriptName FROM schema_migrations",
        "\"; SELECT pg_sleep(5); --",
        "2A' AND 1=(SELECT COUNT(*) FROM etl_load_run) --",
        "../../../../etc/passwd",
        "..\\..\\..\\windows\\win.ini",
        "/etc/passwd",
        "....//....//etc/shadow",
        "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        new string('A', 4000),
        string.Concat(Enumerable.Repeat("é", 1500)),
        "2A\u0000",
        "Corse\u200B-du-Sud",
        "\u202Eadcp.exe",
        "Ｒ８４",
        "\uFEFF38",
        "2A\r\nX-Injected: yes",
        "<script>alert(1)</script>",
        "=HYPERLINK(\"http://example.invalid\")",
        "${jndi:ldap://127.0.0.1/a}",
        "-1",
        "99999999999999999999",
        "NaN",
    ];

    /// <summary>Words that would show an internal error leaking to the client.</summary>
    public static IReadOnlyList<string> LeakMarkers { get; } =
        ["SQLite Error", "Npgsql", "syntax error", "SqlException", "   at ", "Exception:", "/etc/passwd:", "root:x:0:0"];
}
