using System.Buffers.Text;
using System.Text;
using System.Text.Unicode;
using CsvHelper;
using Warehouse.Core.Dimensions;
using Warehouse.Loader.Datasets;
using Warehouse.Loader.Staging;
using Warehouse.Loader.Validation;

namespace Warehouse.Loader.Reading;

/// <summary>
/// Turns one CSV record of a dataset into a staging row (keys resolved, measures parsed) or problems.
/// Works on the UTF-8 bytes of the fields: a full export is millions of rows.
/// </summary>
internal sealed class DatasetRowParser
{
    private readonly DatasetDefinition _dataset;
    private readonly DimensionResolver _resolver;
    private readonly CodePairing _codes;
    private readonly ProblemLog _problems;
    private readonly int _annee, _profession, _region, _departement, _regionLabel, _departementLabel;
    private readonly int[] _codedLabels, _codedCodes, _measureFields, _storedFields, _flagFields;
    private readonly string[] _flagNames = DatasetCatalog.DisplayFlagColumns;
    private readonly Dictionary<int, (byte[] Region, byte[] Departement)> _labels = [];
    private readonly string[] _fieldNames;

    public DatasetRowParser(DatasetDefinition dataset, HeaderMatch header, DimensionResolver resolver, CodePairing codes, ProblemLog problems)
    {
        _dataset = dataset;
        _resolver = resolver;
        _codes = codes;
        _problems = problems;
        _annee = header.IndexOf("annee");
        _profession = header.IndexOf("profession_sante");
        if (dataset.HasTerritory)
        {
            (_region, _departement) = (header.IndexOf("region"), header.IndexOf("departement"));
            (_regionLabel, _departementLabel) = (header.IndexOf("libelle_region"), header.IndexOf("libelle_departement"));
        }
        _codedLabels = [.. dataset.CodedColumns.Select(c => header.IndexOf(c.LabelCsvName))];
        _codedCodes = [.. dataset.CodedColumns.Select(c => c.CodeCsvName is null ? -1 : header.IndexOf(c.CodeCsvName))];
        _measureFields = [.. dataset.Measures.Select(m => header.IndexOf(m.CsvName))];
        _storedFields = [.. dataset.StoredTextColumns.Keys.Select(header.IndexOf)];
        _flagFields = [.. _flagNames.Select(header.IndexOf)];
        _fieldNames = header.FieldNames;
    }

    public int LabelWarnings { get; private set; }

    /// <summary>Parses the current record into <paramref name="row"/>; false (with problems logged) when it is not valid.</summary>
    public bool TryParse(CsvReader reader, long line, StagingRow row, out int professionKey, out DisplayFlags flags)
    {
        var before = _problems.Count;
        professionKey = 0;
        flags = default;
        if (!IsUtf8(reader, line))
        {
            return false;
        }
        var i = 2;
        row.SetInteger(1, line);
        row.SetInteger(i++, ParseYear(reader.GetSpan(_annee), line));
        professionKey = Resolve(_resolver.Profession(reader.GetSpan(_profession), out var key), key, reader, _profession, "profession_sante", line, "not in dim_profession, no alias");
        row.SetInteger(i++, professionKey);
        if (_dataset.HasTerritory)
        {
            row.SetInteger(i++, ResolveTerritory(reader, line)?.Key);
        }
        for (var c = 0; c < _codedLabels.Length; c++)
        {
            var column = _dataset.CodedColumns[c];
            var result = _resolver.Coded(column.Dimension, reader.GetSpan(_codedLabels[c]), out var codedKey);
            row.SetInteger(i++, Resolve(result, codedKey, reader, _codedLabels[c], column.LabelCsvName, line, "not in the reference list, no alias"));
            // Labels are the reference; the code beside each one is learned from the publication (docs/data-format.md).
            if (result == LookupResult.Found && _codedCodes[c] >= 0
                && _codes.Check(column.Dimension, codedKey, reader.GetSpan(_codedCodes[c]), reader.GetSpan(_codedLabels[c]), line) is { } codeProblem)
            {
                _problems.Add(line, column.CodeCsvName, reader.GetString(_codedCodes[c]), codeProblem);
            }
        }
        for (var m = 0; m < _measureFields.Length; m++)
        {
            var measure = _dataset.Measures[m];
            var field = reader.GetSpan(_measureFields[m]);
            if (!MeasureParser.TryParse(field, measure.Kind, out var whole, out var real, out var status, out var error))
            {
                _problems.Add(line, measure.CsvName, Text(field), error!);
            }
            else if (measure.IsCount && (whole < 0 || real < 0))
            {
                _problems.Add(line, measure.CsvName, Text(field), "a count or amount cannot be negative");
            }
            if (measure.Kind == MeasureKind.WholeNumber)
            {
                row.SetInteger(i++, whole);
            }
            else
            {
                row.SetReal(i++, real);
            }
            row.SetText(i++, status);
        }
        foreach (var stored in _storedFields)
        {
            // Stored as text: PostgreSQL refuses NUL in text, and no export has control characters in a field.
            if (reader.GetSpan(stored).IndexOfAnyInRange((byte)0, (byte)0x1F) >= 0)
            {
                _problems.Add(line, _fieldNames[stored], reader.GetString(stored), "contains a control character");
            }
            row.SetText(i++, reader.GetString(stored));
        }
        flags = new DisplayFlags(Flag(reader, 0, line), Flag(reader, 1, line), Flag(reader, 2, line));
        return _problems.Count == before;
    }

    /// <summary>
    /// Every field, read or not, must be UTF-8: a field that is not was re-encoded or corrupted, and so may be the rest of
    /// the file (and a stored text would silently get U+FFFD).
    /// </summary>
    private bool IsUtf8(CsvReader reader, long line)
    {
        var valid = true;
        for (var f = 0; f < _fieldNames.Length; f++)
        {
            var field = reader.GetSpan(f);
            if (!Utf8.IsValid(field))
            {
                _problems.Add(line, _fieldNames[f], Text(field), "not valid UTF-8 (data.ameli exports are UTF-8; was the file re-saved as Latin-1?)");
                valid = false;
            }
        }
        return valid;
    }

    private int? ParseYear(ReadOnlySpan<byte> field, long line)
    {
        // annee is "yyyy" in CSV and JSON, a date "yyyy-MM-dd" in Parquet-derived files.
        if ((field.Length == 4 || (field.Length == 10 && field[4] == (byte)'-' && field[7] == (byte)'-'
                && Utf8Parser.TryParse(field[5..7], out int month, out _) && month is >= 1 and <= 12
                && Utf8Parser.TryParse(field[8..10], out int day, out _) && day is >= 1 and <= 31))
            && Utf8Parser.TryParse(field[..4], out int year, out var consumed) && consumed == 4)
        {
            if (_resolver.Years.Contains(year))
            {
                return year;
            }
            _problems.Add(line, "annee", Text(field), "year outside dim_year");
            return null;
        }
        _problems.Add(line, "annee", Text(field), "not a year (yyyy or yyyy-MM-dd)");
        return null;
    }

    private TerritoryMember? ResolveTerritory(CsvReader reader, long line)
    {
        var territory = _resolver.Territory(reader.GetSpan(_region), reader.GetSpan(_departement), out var column, out var reason);
        if (territory is null)
        {
            _problems.Add(line, column, reader.GetString(column == "region" ? _region : _departement), reason!);
            return null;
        }
        if (!_labels.TryGetValue(territory.Key, out var expected))
        {
            expected = (Encoding.UTF8.GetBytes(territory.RegionLabel), Encoding.UTF8.GetBytes(territory.DepartementLabel));
            _labels[territory.Key] = expected;
        }
        var departementLabel = reader.GetSpan(_departementLabel);
        if (territory.IsAggregate && !departementLabel.SequenceEqual(expected.Departement))
        {
            // On 999 rows the label carries meaning: FRANCE for the national row, Tout département for a regional total.
            _problems.Add(line, "libelle_departement", Text(departementLabel), $"expected \"{territory.DepartementLabel}\" for région {territory.RegionCode} / département 999");
        }
        else if (!departementLabel.SequenceEqual(expected.Departement) || !reader.GetSpan(_regionLabel).SequenceEqual(expected.Region))
        {
            LabelWarnings++;
        }
        return territory;
    }

    private int Resolve(LookupResult result, int key, CsvReader reader, int field, string column, long line, string unknownReason)
    {
        switch (result)
        {
            case LookupResult.Found:
                return key;
            case LookupResult.InvalidUtf8:
                _problems.Add(line, column, Text(reader.GetSpan(field)), "not valid UTF-8 (data.ameli exports are UTF-8; was the file re-saved as Latin-1?)");
                return 0;
            default:
                _problems.Add(line, column, reader.GetString(field), $"unknown value ({unknownReason})");
                return 0;
        }
    }

    private bool Flag(CsvReader reader, int flag, long line)
    {
        var field = reader.GetSpan(_flagFields[flag]);
        if (field.SequenceEqual("oui"u8))
        {
            return true;
        }
        if (!field.SequenceEqual("non"u8))
        {
            _problems.Add(line, _flagNames[flag], Text(field), "expected oui or non");
        }
        return false;
    }

    private static string Text(ReadOnlySpan<byte> field) => Encoding.UTF8.GetString(field);
}
