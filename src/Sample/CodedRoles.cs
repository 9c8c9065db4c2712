using System.Globalization;
using System.Text.RegularExpressions;
using Warehouse.Core.Dimensions;

namespace Warehouse.Sample;

/// <summary>An age band of dim_age_band with its bounds in years, read from its label (null bounds: open or unknown).</summary>
internal sealed record AgeBand(CodedMember Member, string Code, int? From, int? Until)
{
    public bool IsUnknown => From is null && Until is null;

    /// <summary>The age standing for the band in a mean age.</summary>
    public double Midpoint => (From, Until) switch
    {
        ({ } f, { } u) => (f + u) / 2.0,
        (null, { } u) => u - 2.5,
        ({ } f, null) => f + 3.0,
        _ => double.NaN,
    };
}

/// <summary>
/// The roles the generator needs from the small coded dimensions, derived from the dimension rows' shape (never
/// from hard-coded labels): the bounds of age bands, which sex is which, which sector is secteur 1, secteur 2, Optam…
/// </summary>
internal sealed partial class CodedRoles
{
    public CodedRoles(ReferenceDimensions dimensions)
    {
        var ranged = dimensions.AgeBands.Where(b => !b.IsAggregate && AgeNumbers(b.Label).Length > 0).ToList();
        AgeBands = dimensions.AgeBands.Select((b, i) => ToAgeBand(b, i, ranged)).ToArray();
        AgeDetails = Enumerable.Range(0, AgeBands.Count).Where(i => !AgeBands[i].Member.IsAggregate).ToArray();

        Sexes = dimensions.Sexes;
        SexDetails = Enumerable.Range(0, Sexes.Count).Where(i => !Sexes[i].IsAggregate).ToArray();
        Require(SexDetails.Count == 3 && Sexes.Count == 4, "dim_sex: expected women, men, unknown and an all-sexes member, in that order");

        Sectors = dimensions.Sectors.Where(s => !s.IsAggregate).ToArray();
        var open = Sectors.Where(s => s.FirstYear is null && s.LastYear is null).ToList();
        var before = Sectors.Where(s => s.FirstYear is null && s.LastYear is not null).ToList();
        var after = Sectors.Where(s => s.FirstYear is not null && s.LastYear is null).ToList();
        Require(open.Count == 2 && before.Count == 1 && after.Count == 2,
            "dim_sector: expected secteur 1 and non conventionnés (all years), secteur 2 (until a year), with/without Optam (from a year)");
        SectorRole = Sectors.ToDictionary(s => s.Key, s =>
            s == open[0] ? SectorSlot.Sector1 : s == open[1] ? SectorSlot.NotContracted : s == before[0] ? SectorSlot.Sector2
            : s == after[0] ? SectorSlot.Optam : SectorSlot.NotOptam);
        OptamFirstYear = after[0].FirstYear!.Value;

        PracticeTypes = dimensions.PracticeTypes;
        Require(PracticeTypes.Count == 2, "dim_practice_type: expected libéral exclusif and libéral mixte, in that order");
        Posts = dimensions.PrescriptionPosts;
        Require(Posts.Count(p => p.IsAggregate) == 1, "dim_prescription_post: expected one all-posts member");
        PostDetails = Enumerable.Range(0, Posts.Count).Where(i => !Posts[i].IsAggregate).ToArray();
    }

    public IReadOnlyList<AgeBand> AgeBands { get; }

    /// <summary>Positions of the detail age bands (unknown included): the age axis of the age × sex cells.</summary>
    public IReadOnlyList<int> AgeDetails { get; }

    public IReadOnlyList<CodedMember> Sexes { get; }

    /// <summary>Positions of women, men and unknown sex, in that order.</summary>
    public IReadOnlyList<int> SexDetails { get; }

    public IReadOnlyList<CodedMember> Sectors { get; }

    public IReadOnlyDictionary<int, SectorSlot> SectorRole { get; }

    public int OptamFirstYear { get; }

    public IReadOnlyList<CodedMember> PracticeTypes { get; }

    public IReadOnlyList<CodedMember> Posts { get; }

    public IReadOnlyList<int> PostDetails { get; }

    /// <summary>Whether a sector member is published for a year (dim_sector first_year / last_year).</summary>
    public static bool Applies(CodedMember sector, int year) =>
        (sector.FirstYear is null || year >= sector.FirstYear) && (sector.LastYear is null || year <= sector.LastYear);

    /// <summary>
    /// The classe_age code: the dimension's provisional source code (tout_age, 60-64, 70+ …: docs/data-format.md §5), else
    /// the band's position as two digits.
    /// </summary>
    private static AgeBand ToAgeBand(CodedMember band, int position, List<CodedMember> ranged)
    {
        var code = band.SourceCode ?? position.ToString("00", CultureInfo.InvariantCulture);
        var numbers = AgeNumbers(band.Label);
        return numbers.Length switch
        {
            0 => new AgeBand(band, code, null, null),
            1 when ranged.IndexOf(band) == 0 => new AgeBand(band, code, null, numbers[0]),
            1 => new AgeBand(band, code, numbers[0], null),
            _ => new AgeBand(band, code, numbers[0], numbers[1] + 1),
        };
    }

    private static int[] AgeNumbers(string label) =>
        Digits().Matches(label).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).ToArray();

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException("Sample generator: " + message + ".");
        }
    }

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Digits();
}

/// <summary>The part of a headcount a sector member stands for.</summary>
internal enum SectorSlot
{
    Sector1,
    Sector2,
    Optam,
    NotOptam,
    NotContracted,
}
