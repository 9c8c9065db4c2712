using System.Globalization;
using Warehouse.Core;
using Warehouse.Core.Dimensions;

namespace Warehouse.Reports.Extracts.Selection;

/// <summary>
/// Turns profession texts into dim_profession members: a warehouse key ("34"), a label or short label, accents and case
/// ignored ("infirmiers", "Médecins généralistes"), or a checked spelling variant from dim_label_alias. With sub-professions,
/// a member brings every member below it (parent_key chain).
/// </summary>
internal sealed class ProfessionResolver(IReadOnlyList<ProfessionMember> members, IReadOnlyList<LabelAlias> aliases)
{
    public IReadOnlyList<ProfessionMember> Resolve(IReadOnlyList<string> texts)
    {
        var chosen = new HashSet<int>();
        foreach (var text in texts)
        {
            chosen.Add(ResolveOne(text).Key);
        }
        return members.Where(m => chosen.Contains(m.Key)).ToList();
    }

    /// <summary>The requested members and, when asked, all their descendants, in dim_profession order.</summary>
    public IReadOnlyList<ProfessionMember> Expand(IReadOnlyList<ProfessionMember> requested, bool withSubProfessions)
    {
        var keys = requested.Select(m => m.Key).ToHashSet();
        if (withSubProfessions)
        {
            var added = true;
            while (added)
            {
                added = false;
                foreach (var member in members)
                {
                    if (member.ParentKey is { } parent && keys.Contains(parent) && keys.Add(member.Key))
                    {
                        added = true;
                    }
                }
            }
        }
        return members.Where(m => keys.Contains(m.Key)).ToList();
    }

    private ProfessionMember ResolveOne(string text)
    {
        var token = text.Trim();
        if (int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var key) && members.FirstOrDefault(m => m.Key == key) is { } byKey)
        {
            return byKey;
        }
        var wanted = TextKey.Of(token);
        if (members.FirstOrDefault(m => TextKey.Of(m.Label) == wanted || TextKey.Of(m.ShortLabel) == wanted) is { } byLabel)
        {
            return byLabel;
        }
        if (aliases.FirstOrDefault(a => a.Dimension == "profession" && TextKey.Of(a.ObservedLabel) == wanted) is { } alias
            && members.FirstOrDefault(m => m.Key == alias.CanonicalKey) is { } byAlias)
        {
            return byAlias;
        }
        var nearest = Suggestions.Nearest(token, members, m => [m.Label, m.ShortLabel, m.Key.ToString(CultureInfo.InvariantCulture)]);
        throw new WarehouseException(
            $"Unknown profession '{token}'.{Suggestions.Sentence(nearest.Select(m => $"'{m.Label}' ({m.Key})"))} " +
            "Use a label, a short label or the key shown in the extract's « Code profession » column.", isUserError: true);
    }
}
