using System.Diagnostics.CodeAnalysis;

namespace Warehouse.Tests.Schema;

/// <summary>What a column holds, independent of how each engine spells the type.</summary>
public enum TypeFamily
{
    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Named after the SQL type family it stands for.")]
    Integer,
    Real,
    Text,
    Boolean,
    Timestamp,
}
