using Warehouse.Reports.Extracts;

namespace Warehouse.Tests.Reports.Extracts;

/// <summary>The requests the tests use, and the SQL that counts their rows straight from the facts.</summary>
internal static class Requests
{
    /// <summary>The CLI example: honoraires for Auvergne-Rhône-Alpes with its départements, 2019–2024.</summary>
    public static ExtractRequest FeesAra(ExtractFormat format = ExtractFormat.Xlsx) =>
        new("honoraires", false, ExtractParameters.ParseYears("2019-2024"), ["84"], true, [], false, true, format);

    /// <summary>Fact rows of honoraires for région 84 and its départements, 2019–2024.</summary>
    public const string FeesAraWhere = """
        FROM fact_fees f JOIN dim_territory t ON t.territory_key = f.territory_key
        WHERE f.year BETWEEN 2019 AND 2024 AND t.region_code = '84'
        """;
}
