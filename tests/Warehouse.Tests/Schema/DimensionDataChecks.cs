using System.Data.Common;

namespace Warehouse.Tests.Schema;

/// <summary>
/// The seeded dimensions against the rules of docs/data-format.md (§4, §5), run on every engine a subclass opens.
/// Values are compared as the normalised strings of <see cref="DbRows"/>, so booleans read "0"/"1" everywhere.
/// </summary>
public abstract class DimensionDataChecks
{
    /// <summary>Every dimension table and its primary key; a new dim_* table must be added here.</summary>
    private static readonly Dictionary<string, string[]> DimensionKeys = new(StringComparer.Ordinal)
    {
        ["dim_dataset"] = ["dataset_id"],
        ["dim_year"] = ["year"],
        ["dim_profession"] = ["profession_key"],
        ["dim_territory"] = ["territory_key"],
        ["dim_age_band"] = ["age_band_key"],
        ["dim_sex"] = ["sex_key"],
        ["dim_sector"] = ["sector_key"],
        ["dim_practice_type"] = ["practice_type_key"],
        ["dim_prescription_post"] = ["prescription_post_key"],
        ["dim_label_alias"] = ["dimension", "observed_label"],
        ["dim_profession_display"] = ["profession_key", "dataset_id"],
    };

    /// <summary>The dimension an alias names, and that dimension's table and key.</summary>
    private static readonly Dictionary<string, (string Table, string Key)> AliasTargets = new(StringComparer.Ordinal)
    {
        ["profession"] = ("dim_profession", "profession_key"),
        ["age_band"] = ("dim_age_band", "age_band_key"),
        ["sex"] = ("dim_sex", "sex_key"),
        ["sector"] = ("dim_sector", "sector_key"),
        ["practice_type"] = ("dim_practice_type", "practice_type_key"),
        ["prescription_post"] = ("dim_prescription_post", "prescription_post_key"),
    };

    /// <summary>A freshly migrated database of the engine under test (skips the test when the engine is unavailable).</summary>
    protected abstract Task<DbConnection> OpenMigratedAsync();

    /// <summary>The columns of the migrated database, as <see cref="SqliteSchemaReader"/> or <see cref="PostgresSchemaReader"/> read them.</summary>
    protected abstract Task<IReadOnlyList<ColumnShape>> ReadColumnsAsync(DbConnection connection);

    [SkippableFact]
    public async Task DimensionTables_AreExactlyTheKnownOnes_AfterMigration()
    {
        await using var connection = await OpenMigratedAsync();

        var tables = (await ReadColumnsAsync(connection)).Select(column => column.Table)
            .Where(table => table.StartsWith("dim_", StringComparison.Ordinal));

        var difference = SetDifference.Describe(DimensionKeys.Keys, tables, "the test's key list", "the database");
        Assert.True(difference.Length == 0, difference);
    }

    [SkippableFact]
    public async Task Keys_AreUniqueAndNotNull_InEveryDimensionTable()
    {
        await using var connection = await OpenMigratedAsync();

        foreach (var (table, keys) in DimensionKeys)
        {
            var columns = string.Join(", ", keys);
            var duplicates = await DbRows.ReadAsync(connection, $"SELECT {columns}, COUNT(*) AS n FROM {table} GROUP BY {columns} HAVING COUNT(*) > 1");
            Assert.True(duplicates.Count == 0, $"{table}: duplicate keys {string.Join("; ", duplicates.Select(DbRows.Describe))}");

            var nullKeys = await DbRows.ReadAsync(connection, $"SELECT COUNT(*) AS n FROM {table} WHERE {string.Join(" OR ", keys.Select(key => key + " IS NULL"))}");
            Assert.Equal("0", Assert.Single(nullKeys)["n"]);
        }
    }

    [SkippableFact]
    public async Task Territories_HaveOneCountryEighteenRegionsAndTheReferenceDepartements()
    {
        await using var connection = await OpenMigratedAsync();
        var territories = await ReadTerritoriesAsync(connection);

        var country = Assert.Single(territories, row => row["level"] == "country");
        Assert.Equal(("99", "999"), (country["region_code"], country["departement_code"]));
        Assert.Null(country["parent_key"]);
        var regions = territories.Where(row => row["level"] == "region").ToList();
        Assert.Equal(18, regions.Count);
        AssertSameSet(ReferenceCodeLists.RegionCodes, regions.Select(row => row["region_code"]!), "région codes");
        Assert.All(regions, region => Assert.Equal(("999", country["territory_key"]), (region["departement_code"], region["parent_key"])));
        var departements = territories.Where(row => row["level"] == "departement").ToList();
        Assert.Equal(101, departements.Count);
        AssertSameSet(ReferenceCodeLists.DepartementCodes, departements.Select(row => row["departement_code"]!), "département codes");
        Assert.Equal(120, territories.Count);
    }

    [SkippableFact]
    public async Task Departements_HaveParentRegion_WithTheirRegionCodeAndLabel()
    {
        await using var connection = await OpenMigratedAsync();
        var territories = await ReadTerritoriesAsync(connection);
        var regions = territories.Where(row => row["level"] == "region").ToDictionary(row => row["territory_key"]!, StringComparer.Ordinal);

        var departements = territories.Where(row => row["level"] == "departement").ToList();

        Assert.NotEmpty(departements);
        Assert.All(departements, departement =>
        {
            var where = $"département {departement["departement_code"]} ({departement["label"]})";
            Assert.True(regions.TryGetValue(departement["parent_key"] ?? "NULL", out var region), $"{where}: parent {departement["parent_key"]} is not a région");
            Assert.True(departement["region_code"] == region!["region_code"], $"{where}: région code {departement["region_code"]}, parent région {region["region_code"]}");
            Assert.True(departement["region_key"] == departement["parent_key"], $"{where}: region_key {departement["region_key"]} is not its parent");
            Assert.True(departement["region_label"] == region["label"], $"{where}: région label {departement["region_label"]}, parent {region["label"]}");
        });
    }

    [SkippableFact]
    public async Task DromFlag_IsSetExactly_OnTheFiveDromRegionsAndDepartements()
    {
        await using var connection = await OpenMigratedAsync();
        var territories = await ReadTerritoriesAsync(connection);

        var drom = territories.Where(row => row["is_drom"] == "1").ToList();

        AssertSameSet(ReferenceCodeLists.DromRegionCodes, drom.Where(row => row["level"] == "region").Select(row => row["region_code"]!), "DROM régions");
        AssertSameSet(ReferenceCodeLists.DromDepartementCodes, drom.Where(row => row["level"] == "departement").Select(row => row["departement_code"]!), "DROM départements");
        Assert.DoesNotContain(drom, row => row["level"] == "country");
    }

    [SkippableFact]
    public async Task ProfessionLabels_EqualTheReferenceList_InKeyOrder()
    {
        await using var connection = await OpenMigratedAsync();

        var rows = await DbRows.ReadAsync(connection, "SELECT profession_key, label FROM dim_profession ORDER BY profession_key");

        Assert.Equal(ReferenceCodeLists.ProfessionLabels, rows.Select(row => row["label"]));
        Assert.Equal(Enumerable.Range(1, 38).Select(key => key.ToString(System.Globalization.CultureInfo.InvariantCulture)), rows.Select(row => row["profession_key"]));
    }

    [SkippableFact]
    public async Task ProfessionAggregates_AreExactlyTheFiveEnsembleLabels()
    {
        await using var connection = await OpenMigratedAsync();

        var rows = await DbRows.ReadAsync(connection, "SELECT label, is_aggregate FROM dim_profession");

        var aggregates = rows.Where(row => row["is_aggregate"] == "1").Select(row => row["label"]!).ToList();
        Assert.Equal(5, aggregates.Count);
        AssertSameSet(ReferenceCodeLists.ProfessionAggregates, aggregates, "aggregate professions");
    }

    [SkippableFact]
    public async Task ProfessionHierarchyKeys_ResolveToExistingProfessions()
    {
        await using var connection = await OpenMigratedAsync();

        var rows = await DbRows.ReadAsync(connection, "SELECT profession_key, parent_key, group_key, family_key FROM dim_profession");
        var keys = rows.Select(row => row["profession_key"]).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(38, rows.Count);
        Assert.All(rows, row =>
        {
            Assert.True(row["family_key"] is not null && keys.Contains(row["family_key"]), $"profession {row["profession_key"]}: family_key {row["family_key"]} does not resolve");
            Assert.True(row["parent_key"] is null || keys.Contains(row["parent_key"]), $"profession {row["profession_key"]}: parent_key {row["parent_key"]} does not resolve");
            Assert.True(row["group_key"] is null || keys.Contains(row["group_key"]), $"profession {row["profession_key"]}: group_key {row["group_key"]} does not resolve");
        });
    }

    [SkippableFact]
    public async Task AgeBands_AreTheThirteenReferenceBands_WithToutAgeTheOnlyAggregate()
    {
        await using var connection = await OpenMigratedAsync();
        await AssertMembersAsync(connection, "dim_age_band", ReferenceCodeLists.AgeBandLabels, "Tout âge");
    }

    [SkippableFact]
    public async Task Sexes_AreTheFourReferenceMembers_WithToutSexeTheOnlyAggregate()
    {
        await using var connection = await OpenMigratedAsync();
        await AssertMembersAsync(connection, "dim_sex", ReferenceCodeLists.SexLabels, "tout sexe");
    }

    [SkippableFact]
    public async Task PrescriptionPosts_AreTheNineReferencePosts_WithTheTotalTheOnlyAggregate()
    {
        await using var connection = await OpenMigratedAsync();
        await AssertMembersAsync(connection, "dim_prescription_post", ReferenceCodeLists.PrescriptionPostLabels, "total postes de prescriptions");
    }

    [SkippableFact]
    public async Task PracticeTypes_AreTheTwoReferenceTypes_InSortOrder()
    {
        await using var connection = await OpenMigratedAsync();

        var rows = await DbRows.ReadAsync(connection, "SELECT label FROM dim_practice_type ORDER BY sort_order");

        Assert.Equal(ReferenceCodeLists.PracticeTypeLabels, rows.Select(row => row["label"]));
    }

    [SkippableFact]
    public async Task LabelAliases_ResolveToAMember_OfTheirDimension()
    {
        await using var connection = await OpenMigratedAsync();
        var aliases = await DbRows.ReadAsync(connection, "SELECT dimension, observed_label, canonical_key FROM dim_label_alias");

        Assert.NotEmpty(aliases);
        foreach (var alias in aliases)
        {
            var (table, key) = AliasTargets[alias["dimension"]!];
            var members = await DbRows.ReadAsync(connection, $"SELECT label FROM {table} WHERE {key} = {alias["canonical_key"]}");
            var member = Assert.Single(members);
            Assert.True(member["label"] != alias["observed_label"], $"alias '{alias["observed_label"]}' is the canonical label itself");
        }
    }

    private static Task<IReadOnlyList<IReadOnlyDictionary<string, string?>>> ReadTerritoriesAsync(DbConnection connection) =>
        DbRows.ReadAsync(connection, """
            SELECT territory_key, region_code, departement_code, level, label, region_label, parent_key, region_key, is_drom
            FROM dim_territory
            """);

    private static async Task AssertMembersAsync(DbConnection connection, string table, IReadOnlyList<string> expectedLabels, string aggregateLabel)
    {
        var rows = await DbRows.ReadAsync(connection, $"SELECT label, is_aggregate FROM {table} ORDER BY sort_order");

        Assert.Equal(expectedLabels, rows.Select(row => row["label"]));
        var aggregate = Assert.Single(rows, row => row["is_aggregate"] == "1");
        Assert.Equal(aggregateLabel, aggregate["label"]);
    }

    private static void AssertSameSet(IEnumerable<string> expected, IEnumerable<string> actual, string what)
    {
        var difference = SetDifference.Describe(expected, actual, "the reference", "the database");
        Assert.True(difference.Length == 0, $"{what}:{Environment.NewLine}{difference}");
    }
}
