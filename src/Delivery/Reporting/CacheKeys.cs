using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Warehouse.Reports.Data;

namespace Warehouse.Delivery.Reporting;

/// <summary>
/// What makes two outputs the same: what was asked (a briefing's report, format and parameters; an extract's filters), the
/// data version (the live load file of every dataset and the schema version) and the renderer version (the build of the
/// report code). SHA-256, hexadecimal: the archive's cache_key and the HTTP ETag. Names are kept in order and values
/// trimmed and compared without case, but nothing is resolved: two spellings of one territory are two keys, each served
/// once, and a hit costs one small query.
/// </summary>
public static class CacheKeys
{
    /// <summary>Changes with every build of the code that lays out and renders the outputs.</summary>
    public static string RendererVersion { get; } =
        typeof(ReportQueries).Assembly.ManifestModule.ModuleVersionId.ToString("N") + "." + typeof(ReportRenderer).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public static string Briefing(ReportOrder order, string dataVersion)
    {
        ArgumentNullException.ThrowIfNull(order);
        return Of($"briefing {order.Report} {order.Format}", order.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, (string?)p.Value)), dataVersion);
    }

    /// <param name="kind">What is keyed, e.g. "extract".</param>
    /// <param name="parts">Named values in a fixed order; empty ones are left out.</param>
    /// <param name="dataVersion">From <see cref="ReportQueries.DataVersionAsync()"/>.</param>
    public static string Of(string kind, IEnumerable<(string Name, string? Value)> parts, string dataVersion)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var text = new StringBuilder(kind).Append('\n');
        foreach (var (name, value) in parts.Where(p => !string.IsNullOrWhiteSpace(p.Value)))
        {
            text.Append(name).Append('=').Append(value!.Trim().ToUpperInvariant()).Append('\n');
        }
        text.Append(dataVersion).Append('\n').Append(RendererVersion);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>A quoted ETag: strong for a briefing (the same bytes), weak for an extract (the same rows; its "généré le" moves).</summary>
    public static string ETag(string key, bool weak = false) => string.Create(CultureInfo.InvariantCulture, $"{(weak ? "W/" : "")}\"{key}\"");
}
