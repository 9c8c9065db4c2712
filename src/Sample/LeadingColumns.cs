using System.Globalization;
using Warehouse.Loader.Datasets;

namespace Warehouse.Sample;

/// <summary>Fills the columns every dataset shares: annee, profession_sante, the territory columns and the display flags.</summary>
internal sealed class LeadingColumns
{
    private readonly SampleContext _context;
    private readonly string[] _row;
    private readonly int _year;
    private readonly int _profession;
    private readonly int[] _territory;
    private readonly int[] _flags;

    public LeadingColumns(SampleContext context, SampleCsvFile file, bool hasTerritory)
    {
        _context = context;
        _row = file.Row;
        _year = file.Column("annee");
        _profession = file.Column("profession_sante");
        _territory = hasTerritory ? DatasetCatalog.TerritoryColumns.Select(file.Column).ToArray() : [];
        _flags = DatasetCatalog.DisplayFlagColumns.Select(file.Column).ToArray();
    }

    public void SetYear(int year) => _row[_year] = year.ToString(CultureInfo.InvariantCulture);

    public void SetProfession(int profession)
    {
        _row[_profession] = _context.Professions.Members[profession].Label;
        var (all, prescriptions, byTerritory) = _context.Professions.DisplayFlags(profession);
        _row[_flags[0]] = all;
        _row[_flags[1]] = prescriptions;
        _row[_flags[2]] = byTerritory;
    }

    /// <summary>region, libelle_region, departement, libelle_departement as the dimension row has them (§3.2).</summary>
    public void SetTerritory(int territory)
    {
        var member = _context.Territories.Members[territory];
        _row[_territory[0]] = member.RegionCode;
        _row[_territory[1]] = member.RegionLabel;
        _row[_territory[2]] = member.DepartementCode;
        _row[_territory[3]] = member.DepartementLabel;
    }
}
