namespace Warehouse.Core.Dimensions;

/// <summary>A row of dim_profession.</summary>
public sealed record ProfessionMember(int Key, string Label, string ShortLabel, string Level, int? ParentKey, int? GroupKey, int FamilyKey, bool IsAggregate);

/// <summary>A row of dim_territory. A territory is identified by the pair (RegionCode, DepartementCode).</summary>
public sealed record TerritoryMember(
    int Key, string RegionCode, string DepartementCode, string Level, string Label, string RegionLabel, string DepartementLabel,
    int? ParentKey, bool IsDrom, bool IsAggregate)
{
    public bool IsCountry => Level == "country";

    public bool IsRegion => Level == "region";

    public bool IsDepartement => Level == "departement";
}

/// <summary>
/// A row of a small coded dimension (age band, sex, sector, practice type, prescription post). <see cref="SourceCode"/> is
/// the code as published, provisional until a published file pairs it with the label; sexes have none.
/// </summary>
public sealed record CodedMember(int Key, string? SourceCode, string Label, string ShortLabel, bool IsAggregate, int? FirstYear = null, int? LastYear = null);

/// <summary>A row of dim_label_alias: a checked spelling variant of a member's label.</summary>
public sealed record LabelAlias(string Dimension, string ObservedLabel, int CanonicalKey);
