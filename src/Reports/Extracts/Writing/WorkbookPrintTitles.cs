using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Warehouse.Reports.Extracts.Writing;

/// <summary>
/// The print titles of a workbook (Excel's "Lignes à répéter en haut"): a <c>_xlnm.Print_Titles</c> defined name per sheet
/// that has header rows, in <c>xl/workbook.xml</c> (a few hundred bytes, read whole).
/// </summary>
internal static class WorkbookPrintTitles
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>Elements of CT_Workbook that come before definedNames, in schema order.</summary>
    private static readonly string[] Before = ["sheets", "functionGroups", "externalReferences"];

    public static async Task RewriteAsync(Stream from, Stream to, IReadOnlyList<int> titleRows, CancellationToken cancellationToken)
    {
        var document = await XDocument.LoadAsync(from, LoadOptions.None, cancellationToken);
        var workbook = document.Root ?? throw new InvalidDataException("xl/workbook.xml has no root element.");
        var sheets = workbook.Element(Main + "sheets")?.Elements(Main + "sheet").ToList()
            ?? throw new InvalidDataException("xl/workbook.xml lists no sheets.");
        var names = workbook.Element(Main + "definedNames");
        if (names is null)
        {
            names = new XElement(Main + "definedNames");
            workbook.Elements().Last(e => Before.Contains(e.Name.LocalName)).AddAfterSelf(names);
        }
        for (var index = 0; index < sheets.Count && index < titleRows.Count; index++)
        {
            if (titleRows[index] > 0)
            {
                var sheetName = (string?)sheets[index].Attribute("name") ?? throw new InvalidDataException("A sheet of xl/workbook.xml has no name.");
                names.Add(new XElement(Main + "definedName",
                    new XAttribute("name", "_xlnm.Print_Titles"),
                    new XAttribute("localSheetId", index.ToString(CultureInfo.InvariantCulture)),
                    string.Create(CultureInfo.InvariantCulture, $"'{sheetName.Replace("'", "''", StringComparison.Ordinal)}'!$1:${titleRows[index]}")));
            }
        }
        if (!names.HasElements)
        {
            names.Remove();
        }
        var settings = new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false) };
        await using var writer = XmlWriter.Create(to, settings);
        await document.SaveAsync(writer, cancellationToken);
    }
}
