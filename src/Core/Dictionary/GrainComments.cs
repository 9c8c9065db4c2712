using System.Text.RegularExpressions;

namespace Warehouse.Core.Dictionary;

/// <summary>
/// The grain of each table and view as the migrations state it: the <c>-- Grain:</c> comment right above its CREATE
/// (other comment lines may sit between, a blank line may not). A later script's comment replaces an earlier one.
/// </summary>
public static partial class GrainComments
{
    public static IReadOnlyDictionary<string, string> Read(IEnumerable<string> scripts)
    {
        ArgumentNullException.ThrowIfNull(scripts);
        var grains = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var script in scripts)
        {
            foreach (Match match in GrainAboveCreate().Matches(script.Replace("\r\n", "\n", StringComparison.Ordinal)))
            {
                grains[match.Groups["name"].Value] = match.Groups["grain"].Value.Trim();
            }
        }
        return grains;
    }

    [GeneratedRegex(@"^-- Grain: (?<grain>[^\n]+)\n(?:--[^\n]*\n)*CREATE (?:OR REPLACE |OR ALTER )?(?:TABLE|VIEW) (?<name>\w+)", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex GrainAboveCreate();
}
