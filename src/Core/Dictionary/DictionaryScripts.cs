namespace Warehouse.Core.Dictionary;

/// <summary>
/// What the generated description scripts share: their grain line, and the file-name suffix of the released description
/// migrations (0009, 0011) that wrote them before the descriptions were rewritten at every migrate.
/// </summary>
public static class DictionaryScripts
{
    /// <summary>The first line of every engine's description migration (the grain comment every migration opens with).</summary>
    public const string GrainLine =
        "-- Grain: one description per table, view and column, from db/dictionary/dictionary.json (SQLite stores none: see docs/data-dictionary.md).";

    /// <summary>The released description migrations are named NNNN_dictionary_comments.sql.</summary>
    public const string FileSuffix = "_dictionary_comments.sql";

    internal const string GeneratedNote =
        "-- Generated from db/dictionary/dictionary.json by Warehouse.Core.Dictionary and written at every migrate (a DbUp\n"
        + "-- RunAlways script): a dictionary edit is one file.\n";
}
