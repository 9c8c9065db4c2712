namespace Warehouse.Loader.Staging;

/// <summary>The CLR/database type of a staging column, for the typed bulk paths.</summary>
public enum StagingColumnType
{
    Key,
    BigNumber,
    RealNumber,
    Text,
}
