namespace Warehouse.Reports.Maps;

/// <summary>Where the map boundaries come from, for the method page and map captions.</summary>
public static class GeoAttribution
{
    /// <summary>Full attribution, as the licence asks.</summary>
    public const string Full = "IGN – ADMIN EXPRESS COG 2018 ; INSEE COG 2018 ; mise en forme : Grégoire David (france-geojson)";

    /// <summary>Licence of the boundaries.</summary>
    public const string Licence = "Licence Ouverte / Open Licence (Etalab)";

    /// <summary>Short form for a caption under a map.</summary>
    public const string Caption = "Fond de carte : IGN – ADMIN EXPRESS COG 2018";
}
