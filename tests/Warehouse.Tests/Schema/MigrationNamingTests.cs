using System.Globalization;
using System.Text.RegularExpressions;
using Warehouse.Core;
using Warehouse.Core.Migrations;

namespace Warehouse.Tests.Schema;

/// <summary>Migrations are numbered NNNN_snake_case.sql without gaps, alike on every engine, and never edited once released.</summary>
[Trait("Category", "unit")]
public sealed partial class MigrationNamingTests
{
    private static readonly EngineKind[] Engines = Enum.GetValues<EngineKind>();

    public static TheoryData<EngineKind> AllEngines { get; } = new(Engines);

    [Theory]
    [MemberData(nameof(AllEngines))]
    public void Names_FollowNumberedSnakeCase_OnEveryEngine(EngineKind engine)
    {
        var names = Names(engine);

        Assert.NotEmpty(names);
        Assert.All(names, name => Assert.Matches(NamePattern(), name));
    }

    [Theory]
    [MemberData(nameof(AllEngines))]
    public void Numbers_CountUpFromOneWithoutGapsOrDuplicates_OnEveryEngine(EngineKind engine)
    {
        var numbers = Names(engine).Select(name => int.Parse(name[..4], CultureInfo.InvariantCulture)).ToList();

        Assert.Equal(Enumerable.Range(1, numbers.Count), numbers);
    }

    [Fact]
    public void Names_AreTheSame_OnEveryEngine()
    {
        var expected = Names(EngineKind.Sqlite);

        Assert.All(Engines, engine => Assert.Equal(expected, Names(engine)));
    }

    [Fact]
    public void EmbeddedScripts_AreTheScriptsOnDisk()
    {
        var embedded = Engines.SelectMany(engine => Names(engine).Select(name => $"{EngineNames.Of(engine)}/{name}"));

        var difference = SetDifference.Describe(RepositoryFiles.Scripts(), embedded, "db/migrations", "the Warehouse.Core resources");
        Assert.True(difference.Length == 0, difference);
    }

    [Fact]
    public void ReleasedScripts_StillHaveTheirManifestHash()
    {
        var manifest = ReleasedManifest.Read();

        Assert.NotEmpty(manifest);
        Assert.All(manifest, released =>
        {
            var path = Path.Combine(RepositoryFiles.MigrationsDirectory, released.Key);
            Assert.True(File.Exists(path), $"{released.Key} is listed in {RepositoryFiles.ManifestFile} but no longer exists: a released migration is never removed.");
            Assert.True(
                RepositoryFiles.Sha256(released.Key) == released.Value,
                $"{released.Key} changed after release. A released migration is never edited: revert it and add a new migration instead.");
        });
    }

    [Fact]
    public void ScriptsOnDisk_AreAllListedInTheManifest()
    {
        var manifest = ReleasedManifest.Read();

        var unlisted = RepositoryFiles.Scripts().Where(script => !manifest.ContainsKey(script)).ToList();

        Assert.True(
            unlisted.Count == 0,
            $"Not in db/migrations/{RepositoryFiles.ManifestFile}: {string.Join(", ", unlisted)}. "
            + "Adding a migration means adding it to the manifest: in db/migrations, append its line with "
            + "`sha256sum <engine>/<file> >> released.sha256` (LF line endings); never regenerate the lines of released scripts.");
    }

    private static List<string> Names(EngineKind engine) => MigrationScripts.For(engine).Select(script => script.Name).ToList();

    [GeneratedRegex(@"^[0-9]{4}_[a-z0-9]+(_[a-z0-9]+)*\.sql$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
