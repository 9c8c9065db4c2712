using System.Text;

namespace Warehouse.Core.Dictionary;

/// <summary>docs/data-dictionary.md: every table, view and column of the warehouse, generated from the data dictionary.</summary>
public static class DataDictionaryMarkdown
{
    private const string Introduction = """
        # Data dictionary

        <!-- Generated from db/dictionary/dictionary.json and the -- Grain: comments of db/migrations/sqlite and db/views; do not edit.
             Change the JSON, then regenerate: WAREHOUSE_REGENERATE=1 dotnet test Warehouse.sln -c Release --filter "FullyQualifiedName~SqlTools"
             A migration that adds or changes a column describes it in the JSON in the same change. The descriptions in the
             database are written from the same JSON at every `warehouse migrate`. -->

        Every table, view and column of the warehouse: what it holds, what one row is (its grain), units and the published field a
        value comes from. The same descriptions are in the database: `COMMENT ON` in PostgreSQL (`\d+ rpt_fees` in psql, or the
        comments DBeaver shows), `MS_Description` extended properties in SQL Server (SSMS, Power BI). SQLite keeps none: this file
        is its documentation. Queries to start from: [the SQL cookbook](sql-cookbook.md).

        **Read the `rpt_*` views.** They are the public, read-only face of the warehouse, one per dataset, with the labels and
        hierarchy of every dimension already joined: the PostgreSQL role `warehouse_reader` (and its SQL Server twin) may read them
        and nothing else, so the labels of professions, territories, age bands, sexes, sectors and posts are in the views, not in
        the `dim_*` tables. Each is one file in `db/views/`, written again at every migrate; its columns only grow (new ones are
        appended), none is renamed or removed without a numbered migration. The `dim_*`, `fact_*`, `etl_*`, `stg_*` and `app_*` tables below are for the people who run the warehouse.

        Conventions:

        - **Aggregates are rows.** France, each région's total, `Ensemble des ...` professions, `Tout âge`, `tout sexe` and
          `total postes de prescriptions` are published rows, flagged by the `*_is_aggregate` columns and `territory_level`. Filter
          them explicitly (e.g. `territory_level = 'departement' AND age_band = 'Tout âge' AND sex = 'tout sexe'`) and never add an
          aggregate to its members.
        - **Never add up ratios or means**: densities, shares, rates, mean ages, means per practitioner. Recompute a ratio from
          its parts when the parts are published, or read the published ratio of the aggregate row.
        - **Secrecy**: a measure that is not published is NULL, never 0, and its `*_status` column says why: `NS` secret
          (statistical secrecy on small counts), `NC` not applicable, `EMPTY` published empty. A measure is NULL exactly when its
          status is not NULL.
        - **Flags** (`is_*`, `has_*`, `*_is_*`) are `boolean` in PostgreSQL, `bit` in SQL Server and 0/1 integers in SQLite.
          `WHERE flag` and `WHERE flag = TRUE` work in both PostgreSQL and SQLite (3.23 or later).
        - **Timestamps** are `timestamptz` in PostgreSQL, `datetimeoffset` in SQL Server and ISO-8601 UTC text in SQLite.
        - Source of the data: Cnam, data.ameli.fr ("Data Professionnels de santé libéraux"); the licence of each dataset is in
          `rpt_dataset_release`. Data written by `warehouse sample` is synthetic and says so (`is_synthetic`).
        """;

    public static string Generate(DataDictionary dictionary)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        var text = new StringBuilder(Introduction.ReplaceLineEndings("\n")).Append('\n');
        AppendContents(text, dictionary);
        foreach (var section in dictionary.Objects.GroupBy(item => item.Section))
        {
            text.Append("\n## ").Append(DictionarySections.Heading(section.Key)).Append('\n');
            foreach (var item in section)
            {
                AppendObject(text, item);
            }
        }
        return text.ToString();
    }

    private static void AppendContents(StringBuilder text, DataDictionary dictionary)
    {
        text.Append("\n## Contents\n\n");
        foreach (var section in dictionary.Objects.GroupBy(item => item.Section))
        {
            text.Append("- ").Append(DictionarySections.Heading(section.Key)).Append(": ")
                .AppendJoin(", ", section.Select(item => $"[`{item.Name}`](#{item.Name})")).Append('\n');
        }
    }

    private static void AppendObject(StringBuilder text, DictionaryObject item)
    {
        text.Append("\n### ").Append(item.Name).Append("\n\n");
        text.Append(item.IsView ? "View. " : "Table. ").Append(Cell(item.Description)).Append("\n\n");
        text.Append("Grain: ").Append(Cell(item.Grain)).Append("\n\n");
        text.Append("| column | meaning | unit | notes |\n");
        text.Append("|---|---|---|---|\n");
        foreach (var column in item.Columns)
        {
            var notes = column.Source is null ? column.Notes : $"{column.Notes}{(column.Notes is null ? "" : " ")}Source field `{column.Source}`.";
            text.Append("| `").Append(column.Name).Append("` | ").Append(Cell(column.Meaning)).Append(" | ")
                .Append(Cell(column.Unit)).Append(" | ").Append(Cell(notes)).Append(" |\n");
        }
    }

    private static string Cell(string? value) => value is null ? "" : value.Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ');
}
