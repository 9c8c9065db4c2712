namespace Warehouse.Core.Dictionary;

/// <summary>What the generated description migrations share: their grain line and the file-name suffix that marks them.</summary>
public static class DictionaryScripts
{
    /// <summary>The first line of every engine's description migration (the grain comment every migration opens with).</summary>
    public const string GrainLine =
        "-- Grain: one description per table, view and column, from db/dictionary/dictionary.json (SQLite stores none: see docs/data-dictionary.md).";

    /// <summary>Description migrations are named NNNN_dictionary_comments.sql; the newest one carries the current dictionary.</summary>
    public const string FileSuffix = "_dictionary_comments.sql";

    internal const string GeneratedNote =
        "-- Generated from the data dictionary by Warehouse.Core.Dictionary; do not edit. When the dictionary changes, a new\n"
        + "-- NNNN" + FileSuffix + " migration carries the regenerated text (see docs/data-dictionary.md).\n";
}
