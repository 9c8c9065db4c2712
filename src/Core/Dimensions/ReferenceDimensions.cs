using System.Data.Common;
using System.Globalization;
using Warehouse.Core.Sql;

namespace Warehouse.Core.Dimensions;

/// <summary>The seeded dimension rows, read once from the warehouse: the single source of truth for codes and labels.</summary>
public sealed class ReferenceDimensions
{
    public required IReadOnlyList<int> Years { get; init; }

    public required IReadOnlyList<ProfessionMember> Professions { get; init; }

    public required IReadOnlyList<TerritoryMember> Territories { get; init; }

    public required IReadOnlyList<CodedMember> AgeBands { get; init; }

    public required IReadOnlyList<CodedMember> Sexes { get; init; }

    public required IReadOnlyList<CodedMember> Sectors { get; init; }

    public required IReadOnlyList<CodedMember> PracticeTypes { get; init; }

    public required IReadOnlyList<CodedMember> PrescriptionPosts { get; init; }

    public required IReadOnlyList<LabelAlias> Aliases { get; init; }

    public static async Task<ReferenceDimensions> LoadAsync(DbConnection connection, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return new ReferenceDimensions
        {
            Years = await DbCommands.QueryAsync(connection, "SELECT year FROM dim_year ORDER BY year", r => Int(r, 0), cancellationToken),
            Professions = await DbCommands.QueryAsync(connection,
                "SELECT profession_key, label, short_label, level, parent_key, group_key, family_key, is_aggregate FROM dim_profession ORDER BY sort_order",
                r => new ProfessionMember(Int(r, 0), r.GetString(1), r.GetString(2), r.GetString(3), NullableInt(r, 4), NullableInt(r, 5), Int(r, 6), Bool(r, 7)),
                cancellationToken),
            Territories = await DbCommands.QueryAsync(connection,
                "SELECT territory_key, region_code, departement_code, level, label, region_label, departement_label, parent_key, is_drom, is_aggregate FROM dim_territory ORDER BY sort_order",
                r => new TerritoryMember(Int(r, 0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6), NullableInt(r, 7), Bool(r, 8), Bool(r, 9)),
                cancellationToken),
            AgeBands = await DbCommands.QueryAsync(connection,
                "SELECT age_band_key, source_code, label, label, is_aggregate FROM dim_age_band ORDER BY sort_order", Coded, cancellationToken),
            Sexes = await DbCommands.QueryAsync(connection,
                "SELECT sex_key, NULL, label, short_label, is_aggregate FROM dim_sex ORDER BY sort_order", Coded, cancellationToken),
            Sectors = await DbCommands.QueryAsync(connection,
                "SELECT sector_key, source_code, label, short_label, is_aggregate, first_year, last_year FROM dim_sector ORDER BY sort_order",
                r => Coded(r) with { FirstYear = NullableInt(r, 5), LastYear = NullableInt(r, 6) }, cancellationToken),
            PracticeTypes = await DbCommands.QueryAsync(connection,
                "SELECT practice_type_key, source_code, label, short_label, 0 FROM dim_practice_type ORDER BY sort_order", Coded, cancellationToken),
            PrescriptionPosts = await DbCommands.QueryAsync(connection,
                "SELECT prescription_post_key, source_code, label, short_label, is_aggregate FROM dim_prescription_post ORDER BY sort_order", Coded, cancellationToken),
            Aliases = await DbCommands.QueryAsync(connection,
                "SELECT dimension, observed_label, canonical_key FROM dim_label_alias ORDER BY dimension, observed_label",
                r => new LabelAlias(r.GetString(0), r.GetString(1), Int(r, 2)), cancellationToken),
        };
    }

    private static CodedMember Coded(DbDataReader r) =>
        new(Int(r, 0), r.IsDBNull(1) ? null : Convert.ToString(r.GetValue(1), CultureInfo.InvariantCulture), r.GetString(2), r.GetString(3), Bool(r, 4));

    private static int Int(DbDataReader r, int i) => Convert.ToInt32(r.GetValue(i), CultureInfo.InvariantCulture);

    private static int? NullableInt(DbDataReader r, int i) => r.IsDBNull(i) ? null : Int(r, i);

    private static bool Bool(DbDataReader r, int i) => Convert.ToBoolean(r.GetValue(i), CultureInfo.InvariantCulture);
}
