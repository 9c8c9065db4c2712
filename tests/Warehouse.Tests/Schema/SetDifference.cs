using System.Text;

namespace Warehouse.Tests.Schema;

/// <summary>Compares two sets of items and describes every item found on one side only.</summary>
internal static class SetDifference
{
    /// <returns>An empty string when the sets are equal, else one line per item missing on either side.</returns>
    public static string Describe<T>(IEnumerable<T> expected, IEnumerable<T> actual, string expectedName, string actualName)
    {
        var expectedSet = expected.Select(item => item?.ToString() ?? "(null)").ToHashSet(StringComparer.Ordinal);
        var actualSet = actual.Select(item => item?.ToString() ?? "(null)").ToHashSet(StringComparer.Ordinal);
        var text = new StringBuilder();
        foreach (var item in expectedSet.Except(actualSet).Order(StringComparer.Ordinal))
        {
            text.Append("only in ").Append(expectedName).Append(": ").AppendLine(item);
        }
        foreach (var item in actualSet.Except(expectedSet).Order(StringComparer.Ordinal))
        {
            text.Append("only in ").Append(actualName).Append(": ").AppendLine(item);
        }
        return text.ToString();
    }
}
