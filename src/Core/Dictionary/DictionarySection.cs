namespace Warehouse.Core.Dictionary;

/// <summary>The families of objects, told apart by their name prefix, in the order the data dictionary presents them.</summary>
public enum DictionarySection
{
    ReportingViews,
    Dimensions,
    Facts,
    Audit,
    Staging,
    ReportServer,
}

/// <summary>Which section an object belongs to, and the section headings.</summary>
public static class DictionarySections
{
    public static DictionarySection Of(string objectName)
    {
        ArgumentNullException.ThrowIfNull(objectName);
        return objectName switch
        {
            _ when objectName.StartsWith("rpt_", StringComparison.Ordinal) => DictionarySection.ReportingViews,
            _ when objectName.StartsWith("dim_", StringComparison.Ordinal) => DictionarySection.Dimensions,
            _ when objectName.StartsWith("fact_", StringComparison.Ordinal) => DictionarySection.Facts,
            _ when objectName.StartsWith("etl_", StringComparison.Ordinal) => DictionarySection.Audit,
            _ when objectName.StartsWith("stg_", StringComparison.Ordinal) => DictionarySection.Staging,
            _ when objectName.StartsWith("app_", StringComparison.Ordinal) => DictionarySection.ReportServer,
            _ => throw new InvalidOperationException($"{objectName} has none of the prefixes rpt_, dim_, fact_, etl_, stg_, app_."),
        };
    }

    public static string Heading(DictionarySection section) => section switch
    {
        DictionarySection.ReportingViews => "Reporting views (rpt_*)",
        DictionarySection.Dimensions => "Dimensions (dim_*)",
        DictionarySection.Facts => "Facts (fact_*)",
        DictionarySection.Audit => "Load audit (etl_*)",
        DictionarySection.Staging => "Staging (stg_*)",
        DictionarySection.ReportServer => "Report server (app_*)",
        _ => throw new ArgumentOutOfRangeException(nameof(section), section, null),
    };
}
