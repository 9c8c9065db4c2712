using System.Text.RegularExpressions;

namespace Warehouse.Reports.Briefings;

/// <summary>Axis labels that fit under a bar: "de 25 à 29 ans" → "25–29", long names on two lines.</summary>
internal static partial class ShortLabels
{
    public static string AgeBand(string label) => label switch
    {
        "moins de 25 ans" => "< 25",
        "70 ans et plus" => "70 +",
        _ when Range().Match(label) is { Success: true } m => $"{m.Groups[1].Value}\u2013{m.Groups[2].Value}",
        _ => label,
    };

    /// <summary>A région name that fits a small panel's title.</summary>
    public static string Region(string label) => label switch
    {
        "Provence-Alpes-Côte d'Azur" => "Provence-Alpes-C. d'Azur",
        _ => label,
    };

    /// <summary>Breaks a label of several words into two lines of similar length.</summary>
    public static string TwoLines(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var words = label.Split(' ');
        if (words.Length < 2)
        {
            return label;
        }
        var best = Enumerable.Range(1, words.Length - 1)
            .MinBy(i => Math.Abs(string.Join(' ', words[..i]).Length - string.Join(' ', words[i..]).Length));
        return string.Join(' ', words[..best]) + "\n" + string.Join(' ', words[best..]);
    }

    [GeneratedRegex(@"^de (\d+) à (\d+) ans$")]
    private static partial Regex Range();
}
