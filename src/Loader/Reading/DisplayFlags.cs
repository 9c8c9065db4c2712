namespace Warehouse.Loader.Reading;

/// <summary>The portal display switches published with every row of a profession (oui/non).</summary>
public readonly record struct DisplayFlags(bool GeneraleAll, bool GeneralePrescriptions, bool ProfessionTerritoire);
