using System.Text;
using Warehouse.Loader.Datasets;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Loader;

/// <summary>
/// The rejection rules of docs/data-format.md §6, one bad file each, derived from the small sample (honoraires, or the
/// first rows of another dataset for its coded columns) or written by hand.
/// </summary>
public static class BadInputCases
{
    private const string UnknownCoded = "unknown value (not in the reference list, no alias)";
    private static readonly DatasetDefinition Fees = DatasetCatalog.Fees;

    public static IReadOnlyList<BadInputCase> All { get; } =
    [
        new("required column missing", Fees, null, csv => new BadFile(csv.WithoutColumn("depassements_totaux").ToBytes(),
            1, null, null, "it looks like a column subset exported with select=, not a whole export (missing column(s): depassements_totaux)"), DatasetOption: "honoraires"),
        new("extra unknown column", Fees, null, csv => new BadFile(csv.WithColumn("commentaire", "x").ToBytes(),
            1, null, null, "the header is not one of the 7 datasets (closest: honoraires); unexpected column(s): \"commentaire\""))
        {
            Audited = false,
        },
        new("header of no dataset", Fees, 0, _ => new BadFile(Encoding.UTF8.GetBytes("\uFEFFnom;prenom;ville\nDupont;Jean;Paris\n"),
            1, null, null, "the header is not one of the 7 datasets"))
        {
            Audited = false,
        },
        Value("unparseable count", Fees, 5, "hono_sans_depassement_totaux", "12a", "not a whole number, NS, NC or empty"),
        Value("negative count", Fees, 8, "depassements_totaux", "-5", "a count or amount cannot be negative"),
        Value("unknown profession label", Fees, 11, "profession_sante", "Dermatologues et vénérologues", "unknown value (not in dim_profession, no alias)"),
        Value("unknown région code", Fees, 14, "region", "98", "unknown région code"),
        Found("unknown département", [("region", "94"), ("departement", "2A")], "departement", "20", "unknown département code"),
        Found("national row with a département", [("region", "99"), ("departement", "999"), ("annee", "2021")], "departement", "75",
            "a national row (région 99) must have département 999"),
        Found("département under the wrong région", [("region", "11"), ("departement", "75")], "departement", "01",
            "this département belongs to région 84, not 11"),
        Found("999 row with a wrong label", [("region", "11"), ("departement", "999")], "libelle_departement", "Ile-de-France",
            "expected \"Tout département\" for région 11 / département 999"),
        Value("unknown age band", DatasetCatalog.HeadcountDensity, 7, "libelle_classe_age", "de 20 à 24 ans", UnknownCoded, sourceRows: 40),
        Value("unknown sex", DatasetCatalog.HeadcountDensity, 9, "libelle_sexe", "inconnu", UnknownCoded, sourceRows: 40),
        Value("unknown sector", DatasetCatalog.HeadcountBySector, 3, "libelle_secteur_conventionnel", "secteur 3", UnknownCoded, sourceRows: 40),
        Value("sector code that is not the label's", DatasetCatalog.HeadcountBySector, 4, "secteur_conventionnel", "7", "", sourceRows: 40),
        Value("unknown practice type", DatasetCatalog.HeadcountByPracticeType, 5, "libelle_type_exercice_liberal", "libéral salarié", UnknownCoded, sourceRows: 40),
        Value("unknown prescription post", DatasetCatalog.Prescriptions, 6, "libelle_poste_prescription", "optique", UnknownCoded, sourceRows: 40),
        Value("display flag not oui or non", Fees, 17, "vision_profession_territoire", "Oui", "expected oui or non"),
        new("same grain key twice", Fees, null, csv => new BadFile(csv.WithRowInserted(30, csv.Rows[20]).ToBytes(),
            SampleCsv.LineOf(30), null, null, $"duplicate grain key (year × profession_key × territory_key): same as line {SampleCsv.LineOf(20)} (2 rows share it)")),
        new("empty file", Fees, 0, _ => new BadFile([], null, null, null, "the file is empty"), DatasetOption: "honoraires"),
        new("header only", Fees, 0, csv => new BadFile(csv.ToBytes(), null, null, null, "the file has a header but no data rows")),
        new("truncated last line", Fees, null, Truncated),
        new("comma delimiter", Fees, null, csv => new BadFile([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(csv.ToText(','))],
            1, null, null, "the header is a single column: the separator must be ';'"), DatasetOption: "honoraires"),
        new("Latin-1 encoding", Fees, null, csv => FirstNonAscii(csv) is var (row, column)
            ? new BadFile(Encoding.Latin1.GetBytes(csv.ToText()), SampleCsv.LineOf(row), column,
                Encoding.UTF8.GetString(Encoding.Latin1.GetBytes(csv.Get(row, column))), "not valid UTF-8")
            : throw new InvalidOperationException("the sample has no accented value")),
        new("10 MB line", Fees, null, csv => new BadFile(csv.With(40, "libelle_departement", new string('x', 10_000_000)).ToBytes(),
            SampleCsv.LineOf(40), null, null, "not readable as CSV")),
        new("unterminated quote", Fees, null, csv => new BadFile(csv.With(csv.Rows.Count - 6, "libelle_region", "\"Guyane").ToBytes(),
            SampleCsv.LineOf(csv.Rows.Count - 6), null, null, "a quoted field that is never closed")),
        Value("annee not a year", Fees, 23, "annee", "20x4", "not a year (yyyy or yyyy-MM-dd)"),
    ];

    /// <summary>The first field of the file (rows in order, columns in order) that Latin-1 writes as invalid UTF-8.</summary>
    private static (int Row, string Column)? FirstNonAscii(SampleCsv csv)
    {
        for (var row = 0; row < csv.Rows.Count; row++)
        {
            foreach (var column in csv.Header)
            {
                if (csv.Get(row, column).Any(c => c > 0x7F))
                {
                    return (row, column);
                }
            }
        }
        return null;
    }

    private static BadInputCase Value(string name, DatasetDefinition source, int row, string column, string value, string reason, int? sourceRows = null) =>
        new(name, source, sourceRows, csv => new BadFile(csv.With(row, column, value).ToBytes(), SampleCsv.LineOf(row), column, value, reason));

    /// <summary>A honoraires value spoiled on the first row (after the first 100) that has the given columns.</summary>
    private static BadInputCase Found(string name, (string Column, string Value)[] where, string column, string value, string reason) =>
        new(name, Fees, null, csv =>
        {
            var row = csv.FindRow(100, where);
            return new BadFile(csv.With(row, column, value).ToBytes(), SampleCsv.LineOf(row), column, value, reason);
        });

    /// <summary>The last line cut in the middle, without its line break: a download that stopped.</summary>
    private static BadFile Truncated(SampleCsv csv)
    {
        var bytes = csv.ToBytes();
        var lastLineStart = Array.LastIndexOf(bytes, (byte)'\n', bytes.Length - 2) + 1;
        var cut = bytes[..(lastLineStart + ((bytes.Length - lastLineStart) / 2))];
        var lastLine = SampleCsv.LineOf(csv.Rows.Count - 1);
        return new BadFile(cut,
        [
            new ExpectedProblem(lastLine, null, null, "expected 26 fields separated by ';', found "),
            new ExpectedProblem(null, null, null, "the file is truncated: its last line does not end with a line break"),
        ]);
    }
}
