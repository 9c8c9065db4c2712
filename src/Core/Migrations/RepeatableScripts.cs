using System.Text;
using DbUp.Engine;
using DbUp.Support;
using Warehouse.Core.Dictionary;

namespace Warehouse.Core.Migrations;

/// <summary>
/// What every migrate writes again after the numbered migrations (DbUp RunAlways scripts, never journaled): the reporting
/// views of db/views (created or replaced), the reader role's grant on them, and the data dictionary's descriptions.
/// A view keeps its columns in order and only appends new ones (PostgreSQL's CREATE OR REPLACE VIEW allows exactly that);
/// removing or renaming a column takes a numbered migration that drops the view first.
/// </summary>
public static class RepeatableScripts
{
    private static readonly int ViewsGroup = DbUp.DbUpDefaults.DefaultRunGroupOrder + 100;
    private static readonly int GrantsGroup = ViewsGroup + 100;

    public static IReadOnlyList<SqlScript> For(EngineKind engine)
    {
        var views = ViewFiles.For(engine);
        var scripts = views.Select(view => Script($"views/{view.Name}.sql", CreateView(engine, view), ViewsGroup)).ToList();
        if (engine != EngineKind.Sqlite)
        {
            scripts.Add(Script("views/grants.sql", Grants(engine, views), GrantsGroup));
            var dictionary = DataDictionary.Load();
            scripts.Add(Script("dictionary/descriptions.sql",
                engine == EngineKind.PostgreSql ? PostgresCommentScript.Generate(dictionary) : SqlServerDescriptionScript.Generate(dictionary), GrantsGroup));
        }
        return scripts;
    }

    /// <summary>The DDL of one view: SQLite cannot replace a view, so it drops and creates it.</summary>
    public static string CreateView(EngineKind engine, ViewFile view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var create = engine switch
        {
            EngineKind.Sqlite => $"DROP VIEW IF EXISTS {view.Name};\n{view.GrainLine}\nCREATE VIEW {view.Name} AS\n",
            EngineKind.PostgreSql => $"{view.GrainLine}\nCREATE OR REPLACE VIEW {view.Name} AS\n",
            _ => $"{view.GrainLine}\nCREATE OR ALTER VIEW {view.Name} AS\n",
        };
        return create + view.Select + ";\n";
    }

    /// <summary>The role of 0008 reads every view (a view created after 0008 gets its grant here, every time).</summary>
    private static string Grants(EngineKind engine, IReadOnlyList<ViewFile> views)
    {
        var text = new StringBuilder("-- Grain: one grant per reporting view to the read-only role warehouse_reader (migration 0008 creates it).\n");
        foreach (var view in views)
        {
            text.Append(engine == EngineKind.SqlServer ? $"GRANT SELECT ON dbo.{view.Name} TO warehouse_reader;\n" : $"GRANT SELECT ON {view.Name} TO warehouse_reader;\n");
        }
        return text.ToString();
    }

    private static SqlScript Script(string name, string contents, int group) =>
        new(name, contents, new SqlScriptOptions { ScriptType = ScriptType.RunAlways, RunGroupOrder = group });
}
