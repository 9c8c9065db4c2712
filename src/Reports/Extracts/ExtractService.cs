using System.Data;
using System.Data.Common;
using System.Globalization;
using Warehouse.Core;
using Warehouse.Core.Dimensions;
using Warehouse.Core.Engines;
using Warehouse.Core.Sql;
using Warehouse.Reports.Data;
using Warehouse.Reports.Extracts.Catalog;
using Warehouse.Reports.Extracts.Query;
using Warehouse.Reports.Extracts.Selection;
using Warehouse.Reports.Extracts.Writing;

namespace Warehouse.Reports.Extracts;

/// <summary>
/// Writes extracts of the warehouse (one dataset, or a territory pack of all seven) as XLSX or CSV, streamed from the
/// rpt_* views to the output: memory does not grow with the row count. Bad parameters and empty selections are
/// <see cref="WarehouseException"/>s with <c>IsUserError</c> set, raised before the first byte is written.
/// </summary>
public sealed class ExtractService
{
    private readonly IWarehouseEngine _engine;
    private readonly int _maxRowsPerSheet;
    private readonly TimeProvider _clock;

    public ExtractService(IWarehouseEngine engine)
        : this(engine, XlsxExtractWriter.ExcelMaxRows, TimeProvider.System)
    {
    }

    /// <summary>For tests: a lower sheet row limit (to exercise the split onto "Données (2)") and a fixed clock.</summary>
    internal ExtractService(IWarehouseEngine engine, int maxRowsPerSheet, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(clock);
        _engine = engine;
        _maxRowsPerSheet = maxRowsPerSheet;
        _clock = clock;
    }

    public async Task<ExtractResult> WriteAsync(ExtractRequest request, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(output);
        if (request.Printed.Count > 0 && !(request.Format == ExtractFormat.Xlsx || request.Pack))
        {
            throw new ArgumentException("Printed tables go into a workbook or a CSV pack, not a single CSV.", nameof(request));
        }
        var datasets = DatasetResolver.Resolve(request);
        if (!await _engine.DatabaseExistsAsync(cancellationToken))
        {
            throw new WarehouseException($"There is no warehouse at {_engine.Location}: run `warehouse migrate` and `warehouse load` first.", isUserError: true);
        }

        await using var connection = await _engine.OpenAsync(cancellationToken);
        var dialect = SqlDialect.For(_engine.Kind);
        var reference = await ReferenceDimensions.LoadAsync(connection, cancellationToken);
        var loadedYears = await WarehouseFacts.LoadedYearsAsync(connection, datasets, cancellationToken);
        var selection = SelectionResolver.Resolve(request, datasets, reference, loadedYears);
        var withRows = await DatasetsWithRowsAsync(connection, selection, dialect, cancellationToken);
        var queries = new ReportQueries(connection);
        var releases = (await queries.ReleasesAsync()).ToDictionary(r => r.DatasetId, StringComparer.Ordinal);
        var schemaVersion = await queries.SchemaVersionAsync();
        var synthetic = datasets.Any(d => releases.TryGetValue(d.Id, out var release) && release.IsSynthetic);

        var written = new List<AboutDataset>();
        await using var bridge = new AsyncOutputStream(output);
        await using (var writer = await ExtractWriters.CreateAsync(
            request.Format, bridge, request.Pack, synthetic, _maxRowsPerSheet, WidthHints.For(selection, reference), cancellationToken))
        {
            foreach (var table in request.Printed)
            {
                await writer.WritePrintedAsync(table, cancellationToken);
            }
            foreach (var dataset in datasets)
            {
                await writer.BeginDatasetAsync(dataset, cancellationToken);
                var rows = withRows.Contains(dataset) ? await CopyRowsAsync(connection, dataset, selection, dialect, writer, cancellationToken) : 0;
                var parts = await writer.EndDatasetAsync(cancellationToken);
                written.Add(new AboutDataset(dataset, releases.GetValueOrDefault(dataset.Id), rows, parts));
            }
            var title = SelectionText.Title(selection, releases.GetValueOrDefault(datasets[0].Id)?.Title ?? datasets[0].SheetName);
            var about = new ExtractAbout(title, _clock.GetUtcNow(), schemaVersion, SelectionText.Filters(selection), written, Notes(request, selection), synthetic);
            await writer.FinishAsync(about, cancellationToken);
        }
        await bridge.DrainAsync(cancellationToken);

        return new ExtractResult(
            request.Format,
            ExtractParameters.ContentType(request.Format, request.Pack),
            ExtractParameters.FileExtension(request.Format, request.Pack),
            written.Sum(d => d.Rows),
            written.Select(d => new ExtractedDataset(d.Dataset.Id, d.Dataset.ShortName, d.Rows)).ToList(),
            written.SelectMany(d => d.Parts).ToList(),
            synthetic);
    }

    /// <summary>The datasets with at least one matching row; none at all is the user's empty selection.</summary>
    private static async Task<HashSet<ExtractDataset>> DatasetsWithRowsAsync(
        DbConnection connection, ExtractSelection selection, SqlDialect dialect, CancellationToken cancellationToken)
    {
        var withRows = new HashSet<ExtractDataset>();
        foreach (var dataset in selection.Datasets)
        {
            var query = ExtractQuery.Exists(dataset, selection, dialect);
            var exists = await DbCommands.ScalarAsync(connection, query.Sql, null, query.Parameters);
            if (Convert.ToInt32(exists, CultureInfo.InvariantCulture) == 1)
            {
                withRows.Add(dataset);
            }
        }
        if (withRows.Count == 0)
        {
            var filters = string.Join("; ", SelectionText.Filters(selection).Select(f => $"{f.Label}: {f.Value}"));
            throw new WarehouseException(
                $"No rows match this selection ({filters}). Widen it: more years or territories, --with-sub-professions for a group, " +
                "or keep aggregates (a profession such as « Ensemble des médecins » is itself an aggregate).", isUserError: true);
        }
        return withRows;
    }

    private static async Task<long> CopyRowsAsync(
        DbConnection connection, ExtractDataset dataset, ExtractSelection selection, SqlDialect dialect, IExtractWriter writer, CancellationToken cancellationToken)
    {
        var query = ExtractQuery.Rows(dataset, selection, dialect);
        await using var command = DbCommands.Create(connection, query.Sql, null, query.Parameters);
        await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken);
        var columns = dataset.Columns;
        var values = new object?[columns.Count];
        long rows = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = CellValues.Read(reader, i, columns[i].Kind);
            }
            await writer.WriteRowAsync(values, cancellationToken);
            rows++;
        }
        return rows;
    }

    private static List<string> Notes(ExtractRequest request, ExtractSelection selection)
    {
        var notes = new List<string>();
        if (request.Printed.Count > 0)
        {
            notes.Add($"{string.Join(", ", request.Printed.Select(t => $"« {t.SheetName} »"))} : le briefing tel qu'il est imprimé (mêmes chiffres, mêmes signes) ; les feuilles suivantes, les données qui sont derrière.");
        }
        notes.AddRange(
        [
            "Une mesure vide n'est pas un zéro : la colonne « … – statut » à sa droite dit pourquoi (secret statistique, non concerné, non renseigné).",
            "Les moyennes par praticien, parts, taux et densités ne s'additionnent pas ; les lignes d'agrégat (« Ensemble des … », « tout sexe », « total postes ») totalisent d'autres lignes : ne pas les sommer avec elles.",
            "Les codes région et département sont ceux de l'INSEE ; « 999 » désigne tous les départements d'une ligne régionale ou nationale.",
            "Licence des données : celle indiquée par data.ameli.fr pour chaque jeu (ci-dessus) ; citer « Cnam, data.ameli.fr ».",
        ]);
        if (selection.Request.Pack && selection.Datasets.Any(d => d.IsNational))
        {
            notes.Add("Âges : ce jeu n'est publié que pour la France entière ; le filtre de territoire ne s'y applique pas.");
        }
        return notes;
    }
}
