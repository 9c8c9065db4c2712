using Warehouse.Core.Dimensions;

namespace Warehouse.Sample;

/// <summary>The professions of dim_profession, by position, with their aggregate ancestors and synthetic profiles.</summary>
internal sealed class ProfessionModel
{
    private readonly int[][] _ancestors;
    private readonly int[] _familyRoot;

    public ProfessionModel(IReadOnlyList<ProfessionMember> members)
    {
        Members = members;
        Profiles = members.Select(m => ProfessionProfiles.For(m.Key)).ToArray();
        var indexOfKey = members.Select((m, i) => (m.Key, i)).ToDictionary(x => x.Key, x => x.i);
        Details = Enumerable.Range(0, members.Count).Where(i => !members[i].IsAggregate).ToArray();
        _ancestors = new int[members.Count][];
        _familyRoot = new int[members.Count];
        for (var i = 0; i < members.Count; i++)
        {
            var chain = new List<int>();
            for (var parent = members[i].ParentKey; parent is { } key; parent = members[indexOfKey[key]].ParentKey)
            {
                chain.Add(indexOfKey[key]);
            }
            _ancestors[i] = chain.Where(a => members[a].IsAggregate).ToArray();
            _familyRoot[i] = indexOfKey.TryGetValue(members[i].FamilyKey, out var root) ? root : i;
        }
    }

    public IReadOnlyList<ProfessionMember> Members { get; }

    public int Count => Members.Count;

    /// <summary>Positions of the detail (non-aggregate) professions: the only ones generated; aggregates are their sums.</summary>
    public IReadOnlyList<int> Details { get; }

    public IReadOnlyList<ProfessionProfile> Profiles { get; }

    /// <summary>The aggregate professions a detail profession adds into (its group and family aggregates).</summary>
    public ReadOnlySpan<int> AncestorsOf(int profession) => _ancestors[profession];

    /// <summary>The position of the root of the profession's family (Ensemble des médecins, Sages-femmes, …).</summary>
    public int FamilyRootOf(int profession) => _familyRoot[profession];

    /// <summary>The detail professions an aggregate stands for (itself for a detail profession).</summary>
    public IEnumerable<int> MembersOf(int profession) =>
        Members[profession].IsAggregate ? Details.Where(d => _ancestors[d].Contains(profession)) : [profession];

    public bool IsIn(int profession, ProfessionSets set) => (Profiles[profession].Sets & set) != 0;

    /// <summary>Professions in dimension order that belong to a set (every profession when <paramref name="set"/> is None).</summary>
    public IReadOnlyList<int> Select(ProfessionSets set) =>
        Enumerable.Range(0, Count).Where(p => set == ProfessionSets.None || IsIn(p, set)).ToArray();

    /// <summary>Display flags, consistent per profession across the datasets (docs/data-format.md §1).</summary>
    public (string All, string Prescriptions, string ByTerritory) DisplayFlags(int profession) =>
    (
        Members[profession].Level == "profession" ? "non" : "oui",
        IsIn(profession, ProfessionSets.Prescribers) ? "oui" : "non",
        IsIn(profession, ProfessionSets.NotByTerritory) ? "non" : "oui"
    );
}
