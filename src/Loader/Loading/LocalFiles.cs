using Warehouse.Core;
using Warehouse.Loader.Datasets;
using Warehouse.Loader.Reading;
using Warehouse.Loader.Validation;

namespace Warehouse.Loader.Loading;

/// <summary>
/// Turns --from PATH into the files to load: a file as given, or the dataset CSVs of a folder. Only regular files are opened
/// (a FIFO or a device would block the load for ever); in a folder, a link is followed only to a file inside that folder, and
/// a file that is not a dataset is skipped with a reason that never quotes its content.
/// </summary>
internal static class LocalFiles
{
    public static IReadOnlyList<LoadSourceFile> Resolve(string path, IReadOnlyList<DatasetDefinition> requested, ILoadReporter reporter)
    {
        var full = Path.GetFullPath(path);
        if (File.Exists(full))
        {
            if (!FileKind.IsRegular(full))
            {
                throw new WarehouseException($"{full} is not a regular file (a FIFO, a device or a socket): the loader reads files only.", isUserError: true);
            }
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
        var folder = Directory.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full;
        foreach (var candidate in Directory.EnumerateFiles(full, "*.csv").Order(StringComparer.Ordinal))
        {
            if (NotReadable(candidate, folder) is { } why)
            {
                reporter.Note($"Skipped {candidate}: {why}.");
                continue;
            }
            // Named like a dataset but with another header: loaded (and rejected with the exact problems) only if its header
            // has at least one column of that dataset; otherwise it is no dataset file and its content is not repeated anywhere.
            var dataset = Identify(candidate, out var reason)
                ?? (DatasetCatalog.Find(Path.GetFileNameWithoutExtension(candidate)) is { } named && SharesAColumn(candidate, named) ? named : null);
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

    /// <summary>Why a file of the folder is not opened: a link leading out of the folder, or no regular file; null when it may be read.</summary>
    private static string? NotReadable(string candidate, string folder)
    {
        var info = new FileInfo(candidate);
        if (info.LinkTarget is not null)
        {
            var target = info.ResolveLinkTarget(returnFinalTarget: true);
            if (target is null || !IsInside(target.FullName, folder))
            {
                return "a link to a file outside the folder, not followed";
            }
        }
        return FileKind.IsRegular(candidate) ? null : "not a regular file (a FIFO, a device or a socket), not opened";
    }

    /// <summary>Inside <paramref name="folder"/> by its path and through no linked folder on the way.</summary>
    private static bool IsInside(string path, string folder)
    {
        var relative = Path.GetRelativePath(folder, path);
        if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            return false;
        }
        for (var directory = Path.GetDirectoryName(path); directory is not null && directory.Length > folder.Length; directory = Path.GetDirectoryName(directory))
        {
            if (new DirectoryInfo(directory).LinkTarget is not null)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>A reason for skipping that names no value of the file: the file may be anything, even someone's secret.</summary>
    private static string ContentFree(string reason)
    {
        if (reason.StartsWith("the header repeats", StringComparison.Ordinal))
        {
            return "the header repeats a column";
        }
        var end = reason.IndexOfAny([';', ':']);
        return end < 0 ? reason : reason[..end];
    }

    private static bool SharesAColumn(string path, DatasetDefinition dataset)
    {
        var head = new byte[64 * 1024];
        int read;
        using (var stream = File.OpenRead(path))
        {
            read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }
        var text = System.Text.Encoding.UTF8.GetString(head, 0, read).TrimStart('\uFEFF');
        var end = text.IndexOfAny(['\r', '\n']);
        var fields = (end < 0 ? text : text[..end]).Split(';').Select(f => DatasetCatalog.FieldNameOf(f.Trim().Trim('"')));
        return fields.Intersect(dataset.CsvColumns, StringComparer.Ordinal).Any();
    }

    private static DatasetDefinition? Identify(string path, out string? reason)
    {
        var problems = new ProblemLog();
        var bytes = new FileInfo(path).Length;
        var boms = FileFingerprint.CountByteOrderMarks(path);
        // A column subset of a dataset is that dataset's file, to be rejected (and audited) as a partial export.
        using var reader = DatasetFileReader.Open(path, new FileFingerprint("", bytes, boms, true), null, problems, out var subsetOf);
        reason = reader is null ? (problems.Kept.Count > 0 ? ContentFree(problems.Kept[0].Reason) : "not a dataset file") : null;
        return reader?.Header.Dataset ?? subsetOf;
    }

}
