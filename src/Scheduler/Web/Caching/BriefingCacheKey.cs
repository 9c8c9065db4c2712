using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Warehouse.Reports.Data;
using Warehouse.Scheduler.Reporting;

namespace Warehouse.Scheduler.Web.Caching;

/// <summary>
/// What makes two briefings the same file: the report, its format, its requested parameters (names sorted, values trimmed
/// and compared without case), the data version (the live load file of every dataset and the schema version) and the
/// renderer version (the build of the report code). SHA-256, hexadecimal: the archive's cache_key and the HTTP ETag.
/// Two spellings of one territory ("2a", "2A") are two keys, each rendered once: the key is computed before anything is
/// resolved, so a hit costs one small query.
/// </summary>
public static class BriefingCacheKey
{
    /// <summary>Changes with every build of the code that lays out and renders briefings.</summary>
    public static string RendererVersion { get; } =
        typeof(ReportQueries).Assembly.ManifestModule.ModuleVersionId.ToString("N") + "." + typeof(ReportRenderer).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public static string Of(ReportOrder order, string dataVersion)
    {
        ArgumentNullException.ThrowIfNull(order);
        var text = new StringBuilder()
            .Append(order.Report).Append('\n').Append(order.Format).Append('\n');
        foreach (var (name, value) in order.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                text.Append(name).Append('=').Append(value.Trim().ToUpperInvariant()).Append('\n');
            }
        }
        text.Append(dataVersion).Append('\n').Append(RendererVersion);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>The strong ETag of a key (quoted, as HTTP wants it).</summary>
    public static string ETag(string key) => string.Create(CultureInfo.InvariantCulture, $"\"{key}\"");
}
