using System.Diagnostics.CodeAnalysis;
using System.Text;
using Warehouse.Core.Migrations;

namespace Warehouse.Core.Dictionary;

/// <summary>
/// The data dictionary: every table and view of the warehouse with its description, grain and columns. Its single source is
/// db/dictionary/dictionary.json (embedded) plus the <c>-- Grain:</c> comments of the SQLite migrations and of db/views;
/// docs/data-dictionary.md and the PostgreSQL and SQL Server descriptions (written at every migrate) are generated from it.
/// </summary>
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "A data dictionary is the domain term, not a collection type.")]
public sealed class DataDictionary
{
    public const string ResourceName = "db/dictionary/dictionary.json";

    private DataDictionary(IReadOnlyList<DictionaryObject> objects) => Objects = objects;

    /// <summary>The objects in dictionary order: reporting views, then dimensions, facts, audit and staging tables.</summary>
    public IReadOnlyList<DictionaryObject> Objects { get; }

    public static DataDictionary Load()
    {
        var views = ViewFiles.For(EngineKind.Sqlite).Select(view => RepeatableScripts.CreateView(EngineKind.Sqlite, view));
        var grains = GrainComments.Read(MigrationScripts.For(EngineKind.Sqlite).Select(script => script.Contents).Concat(views));
        return Parse(ReadResource(), grains);
    }

    public static DataDictionary Parse(string json, IReadOnlyDictionary<string, string> grains)
    {
        var objects = DictionaryJson.Parse(json, grains);
        return new DataDictionary(objects.OrderBy(item => item.Section).ToList());
    }

    public DictionaryObject? Find(string name) => Objects.FirstOrDefault(item => item.Name == name);

    private static string ReadResource()
    {
        var assembly = typeof(DataDictionary).Assembly;
        using var stream = assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is not embedded in {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
