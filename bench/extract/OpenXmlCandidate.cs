using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Warehouse.Bench.Extract;

/// <summary>
/// DocumentFormat.OpenXml 2.x OpenXmlWriter (SAX-style), set up like the SpreadCheetah candidate: styled header, number
/// formats, frozen header row, widths, an Excel table. 
/// </summary>
internal static class OpenXmlCandidate
{
    private const string TableRelationshipId = "rIdTable1";

    public static void Write(Stream output, int rows)
    {
        // OpenXml 2.x needs a readable, seekable stream (ZipArchiveMode.Update, which keeps each part in memory until the
        // package closes): a write-only package fails with "requires that the package be opened with Read access" (tried).
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>();
        stylesPart.Stylesheet = Styles();
        var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
        var tablePart = worksheetPart.AddNewPart<TableDefinitionPart>(TableRelationshipId);
        tablePart.Table = TableOf(rows);

        using (var writer = OpenXmlWriter.Create(worksheetPart))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteElement(new SheetViews(new SheetView(
                new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
            { WorkbookViewId = 0, TabSelected = true }));
            var columns = new Columns();
            for (var c = 1; c <= BenchRows.ColumnCount; c++)
            {
                columns.Append(new Column { Min = (uint)c, Max = (uint)c, Width = BenchRows.Headers[c - 1].Length + 4, CustomWidth = true });
            }
            writer.WriteElement(columns);
            writer.WriteStartElement(new SheetData());
            writer.WriteStartElement(new Row());
            foreach (var header in BenchRows.Headers)
            {
                Text(writer, header, style: "1");
            }
            writer.WriteEndElement();
            foreach (var row in BenchRows.Generate(rows))
            {
                writer.WriteStartElement(new Row());
                Number(writer, row.Year, null);
                Text(writer, row.TerritoryCode, null);
                Text(writer, row.Territory, null);
                Text(writer, row.Profession, null);
                Text(writer, row.AgeBand, null);
                Number(writer, row.Headcount, "2");
                Text(writer, row.HeadcountStatus, null);
                Number(writer, row.Density, "3");
                Number(writer, row.FeesTotal, "2");
                Number(writer, row.FeesMean, "3");
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
            writer.WriteElement(new TableParts(new TablePart { Id = TableRelationshipId }) { Count = 1 });
            writer.WriteEndElement();
        }

        workbookPart.Workbook = new Workbook(new Sheets(new Sheet { Name = "Données", SheetId = 1, Id = workbookPart.GetIdOfPart(worksheetPart) }));
        workbookPart.Workbook.Save();
    }

    private static void Text(OpenXmlWriter writer, string? value, string? style)
    {
        if (value is null)
        {
            writer.WriteElement(new Cell());
            return;
        }
        var attributes = new List<OpenXmlAttribute>(2) { new("t", string.Empty, "inlineStr") };
        if (style is not null)
        {
            attributes.Add(new OpenXmlAttribute("s", string.Empty, style));
        }
        writer.WriteStartElement(new Cell(), attributes);
        writer.WriteStartElement(new InlineString());
        writer.WriteElement(new Text(value));
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void Number(OpenXmlWriter writer, double? value, string? style)
    {
        var attributes = style is null ? [] : new List<OpenXmlAttribute>(1) { new("s", string.Empty, style) };
        writer.WriteStartElement(new Cell(), attributes);
        if (value is { } number)
        {
            writer.WriteElement(new CellValue(number.ToString("R", CultureInfo.InvariantCulture)));
        }
        writer.WriteEndElement();
    }

    private static Stylesheet Styles() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "#,##0" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "#,##0.0" })
        { Count = 2 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 165, ApplyNumberFormat = true })
        { Count = 4 });

    private static Table TableOf(int rows)
    {
        var reference = $"A1:J{(rows + 1).ToString(CultureInfo.InvariantCulture)}";
        var columns = new TableColumns { Count = BenchRows.ColumnCount };
        for (var c = 0; c < BenchRows.ColumnCount; c++)
        {
            columns.Append(new TableColumn { Id = (uint)(c + 1), Name = BenchRows.Headers[c] });
        }
        return new Table(
            new AutoFilter { Reference = reference },
            columns,
            new TableStyleInfo { Name = "TableStyleLight9", ShowRowStripes = true })
        { Id = 1, Name = "Donnees", DisplayName = "Donnees", Reference = reference, HeaderRowCount = 1 };
    }
}
