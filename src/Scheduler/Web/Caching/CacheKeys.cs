using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Warehouse.Reports.Data;
using Warehouse.Scheduler.Reporting;

namespace Warehouse.Scheduler.Web.Caching;

/// <summary>
/// What makes two outputs the same: what was asked (a briefing's report, format and parameters; an extract's filters), the
/// data version (the live load file of every dataset and the schema version) and the renderer version (the build of the
/// report code). SHA-256, hexadecimal: the archive's cache_key and the HTTP ETag. Names are sorted and values trimmed and
/// compared without case, but nothing is resolved: two spellings of one territory are two keys, each served once, and a
/// hit costs one small query.
/// </summary>
public static class CacheKeys
{
    /// <summary>Changes with every build of the code that lays out and renders the outputs.</summary>
    public static string RendererVersion { get; } =
        typeof(ReportQueries).Assembly.ManifestModule.ModuleVersionId.ToString("N") + "." + typeof(ReportRenderer).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public static string Briefing(ReportOrder order, string dataVersion)
    {
        ArgumentNullException.ThrowIfNull(order);
        return Hash(["briefing", order.Report, order.Format, .. order.Parameters.Select(p => (p.Key, p.Value))], dataVersion);
    }

    public static string Extract(ExtractForm form, string dataVersion)
    {
        ArgumentNullException.ThrowIfNull(form);
        return Hash(
        [
            "extract", ("dataset", form.Dataset), ("years", form.Years), ("territory", form.Territory), ("profession", form.Profession),
            ("format", form.Format ?? "xlsx"), ("with-departements", Flag(form.WithDepartements)),
            ("with-sub-professions", Flag(form.WithSubProfessions)), ("no-aggregates", Flag(form.NoAggregates)),
        ], dataVersion);
    }

    /// <summary>A quoted ETag: strong for a briefing (the same bytes), weak for an extract (the same rows; its "généré le" moves).</summary>
    public static string ETag(string key, bool weak = false) => string.Create(CultureInfo.InvariantCulture, $"{(weak ? "W/" : "")}\"{key}\"");

    private static string Flag(bool value) => value ? "1" : "0";

    private static string Hash(IEnumerable<object> parts, string dataVersion)
    {
        var text = new StringBuilder();
        foreach (var part in parts)
        {
            switch (part)
            {
                case string word:
                    text.Append(word).Append('\n');
                    break;
                case ValueTuple<string, string?>(var name, var value) when !string.IsNullOrWhiteSpace(value):
                    text.Append(name).Append('=').Append(value.Trim().ToUpperInvariant()).Append('\n');
                    break;
            }
        }
        text.Append(dataVersion).Append('\n').Append(RendererVersion);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
