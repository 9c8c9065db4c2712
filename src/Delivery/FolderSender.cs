using Warehouse.Core;
using Warehouse.Delivery.Reporting;

namespace Warehouse.Delivery;

/// <summary>
/// The folder channel: copies the files of an occurrence into a configured delivery folder, under their canonical name with
/// the occurrence added (deliveries never overwrite each other), each written complete or not at all.
/// </summary>
public sealed class FolderSender(DeliveryOptions options)
{
    /// <summary>Writes the files and returns their full paths.</summary>
    public async Task<List<string>> DeliverAsync(string folderName, string occurrence, IReadOnlyList<DeliveredFile> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (!options.Folders.TryGetValue(folderName, out var folder))
        {
            throw new WarehouseException($"The delivery folder \"{folderName}\" is no longer configured (Warehouse:Delivery:Folders:{folderName}).", isUserError: true);
        }
        var written = new List<string>();
        foreach (var file in files)
        {
            // File names come from canonical labels (FileNames.Slug) and the occurrence tag: ASCII letters, digits, dashes, one dot.
            var name = $"{Path.GetFileNameWithoutExtension(file.FileName)}--{Occurrences.FileTag(occurrence)}{Path.GetExtension(file.FileName)}";
            var path = Path.Combine(folder, name);
            try
            {
                ServiceFiles.CreateDirectory(folder);
                await CompleteFile.WriteForServiceAsync(path, file.Content, cancellationToken);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new DeliveryFailedException($"Cannot write {path}: {e.Message}", e);
            }
            written.Add(path);
        }
        return written;
    }
}
