using Warehouse.Core;
using Warehouse.Core.Dimensions;

namespace Warehouse.Reports.Extracts.Selection;

/// <summary>
/// Turns territory texts into dim_territory members: "FR" (or "France"), a région or département code ("84", "2A", "971"),
/// "R84" / "D84" where a code is both (11, 24, 27, 28, 32, 44, 52, 53, 75, 76, 84, 93, 94), or a label ("Corse-du-Sud").
/// A bare code that is both a région and a département means the région when its départements are asked for; otherwise it
/// is refused as ambiguous.
/// </summary>
internal sealed class TerritoryResolver
{
    private readonly IReadOnlyList<TerritoryMember> _members;
    private readonly HashSet<string> _regionCodes;
    private readonly HashSet<string> _departementCodes;

    public TerritoryResolver(IReadOnlyList<TerritoryMember> members)
    {
        _members = members;
        _regionCodes = members.Where(m => m.IsRegion).Select(m => m.RegionCode).ToHashSet(StringComparer.OrdinalIgnoreCase);
        _departementCodes = members.Where(m => m.IsDepartement).Select(m => m.DepartementCode).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The members asked for, in dim_territory order, without repeats.</summary>
    public IReadOnlyList<TerritoryMember> Resolve(IReadOnlyList<string> texts, bool withDepartements)
    {
        var chosen = new HashSet<int>();
        foreach (var text in texts)
        {
            chosen.Add(ResolveOne(text, withDepartements).Key);
        }
        return _members.Where(m => chosen.Contains(m.Key)).ToList();
    }

    /// <summary>The requested members plus, for each région, its départements when asked.</summary>
    public IReadOnlyList<TerritoryMember> Expand(IReadOnlyList<TerritoryMember> requested, bool withDepartements)
    {
        var keys = requested.Select(m => m.Key).ToHashSet();
        if (withDepartements)
        {
            var regions = requested.Where(m => m.IsRegion).Select(m => m.Key).ToHashSet();
            keys.UnionWith(_members.Where(m => m.IsDepartement && m.ParentKey is { } parent && regions.Contains(parent)).Select(m => m.Key));
        }
        return _members.Where(m => keys.Contains(m.Key)).ToList();
    }

    /// <summary>How a member is written so that it resolves back to itself: "FR", "84", "R84", "D84", "2A".</summary>
    public string TokenOf(TerritoryMember member) => member switch
    {
        { IsCountry: true } => "FR",
        { IsRegion: true } => _departementCodes.Contains(member.RegionCode) ? "R" + member.RegionCode : member.RegionCode,
        _ => _regionCodes.Contains(member.DepartementCode) ? "D" + member.DepartementCode : member.DepartementCode,
    };

    /// <summary>"R84 (Auvergne-Rhône-Alpes, région)".</summary>
    public string Describe(TerritoryMember member) => member.IsCountry
        ? "FR (France)"
        : $"{TokenOf(member)} ({member.Label}, {(member.IsRegion ? "région" : "département")})";

    private TerritoryMember ResolveOne(string text, bool withDepartements)
    {
        var token = text.Trim();
        var upper = token.ToUpperInvariant();
        if (upper is "FR" or "FRANCE" or "99")
        {
            return _members.First(m => m.IsCountry);
        }
        if (Prefixed(upper, ["REGION:", "RÉGION:", "REG:", "R"]) is { } regionCode && Region(regionCode) is { } region)
        {
            return region;
        }
        if (Prefixed(upper, ["DEPARTEMENT:", "DÉPARTEMENT:", "DEP:", "D"]) is { } departementCode && Departement(departementCode) is { } prefixed)
        {
            return prefixed;
        }
        var code = upper.Length == 1 && char.IsAsciiDigit(upper[0]) ? "0" + upper : upper;
        var asRegion = Region(code);
        var asDepartement = Departement(code);
        if (asRegion is not null && asDepartement is not null)
        {
            return withDepartements
                ? asRegion
                : throw new WarehouseException(
                    $"Territory '{token}' is both the région {asRegion.Label} and the département {asDepartement.Label}: " +
                    $"write R{code} for the région or D{code} for the département.", isUserError: true);
        }
        if ((asRegion ?? asDepartement) is { } byCode)
        {
            return byCode;
        }
        var key = TextKey.Of(token);
        if (_members.FirstOrDefault(m => TextKey.Of(m.Label) == key || (m.IsCountry && key == "france")) is { } byLabel)
        {
            return byLabel;
        }
        var nearest = Suggestions.Nearest(token, _members, m => [TokenOf(m), m.IsRegion ? m.RegionCode : m.DepartementCode, m.Label]);
        throw new WarehouseException(
            $"Unknown territory '{token}'.{Suggestions.Sentence(nearest.Select(Describe))} " +
            "Use FR, a région or département code (84, 2A, 971; R84 or D84 where both exist) or a label.", isUserError: true);
    }

    private TerritoryMember? Region(string code) =>
        _members.FirstOrDefault(m => m.IsRegion && string.Equals(m.RegionCode, code, StringComparison.OrdinalIgnoreCase));

    private TerritoryMember? Departement(string code) =>
        _members.FirstOrDefault(m => m.IsDepartement && string.Equals(m.DepartementCode, code, StringComparison.OrdinalIgnoreCase));

    private static string? Prefixed(string text, string[] prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (text.Length > prefix.Length && text.StartsWith(prefix, StringComparison.Ordinal))
            {
                var rest = text[prefix.Length..].Trim();
                return rest.Length == 1 && char.IsAsciiDigit(rest[0]) ? "0" + rest : rest;
            }
        }
        return null;
    }
}
