using Warehouse.Core;
using Warehouse.Loader.Datasets;
using Warehouse.Loader.Reading;
using Warehouse.Loader.Validation;

namespace Warehouse.Loader.Loading;

/// <summary>Turns --from PATH into the files to load: a file as given, or the dataset CSVs of a folder.</summary>
internal static class LocalFiles
{
    public static IReadOnlyList<LoadSourceFile> Resolve(string path, IReadOnlyList<DatasetDefinition> requested, ILoadReporter reporter)
    {
        var full = Path.GetFullPath(path);
        if (File.Exists(full))
        {
            if (requested.Count > 1)
            {
                throw new WarehouseException("A single file belongs to one dataset: name at most one --dataset with a file path.", isUserError: true);
            }
            return [new LoadSourceFile(full, "file", full) { Dataset = requested.Count == 1 ? requested[0] : null }];
        }
        if (!Directory.Exists(full))
        {
            throw new WarehouseException($"No such file or folder: {full}", isUserError: true);
        }
        var byDataset = new Dictionary<DatasetDefinition, string>();
        foreach (var candidate in Directory.EnumerateFiles(full, "*.csv").Order(StringComparer.Ordinal))
        {
            var dataset = Identify(candidate, out var reason) ?? DatasetCatalog.Find(Path.GetFileNameWithoutExtension(candidate));
            if (dataset is null)
            {
                reporter.Note($"Skipped {candidate}: {reason}.");
                continue;
            }
            if (requested.Count > 0 && !requested.Contains(dataset))
            {
                continue;
            }
            if (byDataset.TryGetValue(dataset, out var other))
            {
                throw new WarehouseException($"Two files hold dataset {dataset.Id}: {other} and {candidate}. Keep one (the loader never guesses).", isUserError: true);
            }
            byDataset[dataset] = candidate;
        }
        var missing = requested.Where(d => !byDataset.ContainsKey(d)).ToList();
        if (missing.Count > 0)
        {
            throw new WarehouseException($"No file in {full} holds dataset(s) {string.Join(", ", missing.Select(d => d.Id))}.", isUserError: true);
        }
        if (byDataset.Count == 0)
        {
            throw new WarehouseException($"No data.ameli dataset CSV found in {full}.", isUserError: true);
        }
        return [.. DatasetCatalog.All.Where(byDataset.ContainsKey).Select(d => new LoadSourceFile(byDataset[d], "file", byDataset[d]) { Dataset = d })];
    }

    private static DatasetDefinition? Identify(string path, out string? reason)
    {
        var problems = new ProblemLog();
        var bytes = new FileInfo(path).Length;
        var boms = FileFingerprint.CountByteOrderMarks(path);
        // A column subset of a dataset is that dataset's file, to be rejected (and audited) as a partial export.
        using var reader = DatasetFileReader.Open(path, new FileFingerprint("", bytes, boms, true), null, problems, out var subsetOf);
        reason = reader is null ? (problems.Kept.Count > 0 ? problems.Kept[0].Reason : "not a dataset file") : null;
        return reader?.Header.Dataset ?? subsetOf;
    }

}
