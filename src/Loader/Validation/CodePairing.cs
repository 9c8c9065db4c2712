using System.Globalization;
using System.Text;
using Warehouse.Loader.Datasets;

namespace Warehouse.Loader.Validation;

/// <summary>
/// Checks the (code, label) pairs of one file: each label must keep one code and each code one label, within the file
/// and against the codes learned from earlier publications. The first line showing each pair is kept: a published file
/// teaches those pairs when it is loaded. Works on the field bytes: the check runs on every row of millions.
/// </summary>
public sealed class CodePairing(CodeBook book, Func<CodedDimension, int, string> labelOf)
{
    private const int MaxCodeLength = 20;
    private readonly Dictionary<(CodedDimension, int), FilePair> _byMember = [];
    private readonly Dictionary<(CodedDimension, string), FilePair> _byCode = [];

    /// <summary>The pairs this file showed, with the line that first showed each one.</summary>
    public IEnumerable<FilePair> Pairs => _byMember.Values;

    /// <summary>Checks one row's code for a member resolved from its label; the reason it is wrong, or null.</summary>
    public string? Check(CodedDimension dimension, int memberKey, ReadOnlySpan<byte> code, ReadOnlySpan<byte> publishedLabel, long line)
    {
        if (book.ForMember(dimension, memberKey) is { } learned)
        {
            return code.SequenceEqual(learned.Utf8) ? null
                : $"label {Quote(labelOf(dimension, memberKey))} is paired with code {Quote(code)} here, but with {Quote(learned.Code)} since {learned.Origin}";
        }
        if (_byMember.TryGetValue((dimension, memberKey), out var seen))
        {
            return code.SequenceEqual(seen.Utf8) ? null
                : $"label {Quote(labelOf(dimension, memberKey))} is paired with code {Quote(code)} here, but with {Quote(seen.Code)} on line {seen.Line.ToString(CultureInfo.InvariantCulture)} of this file";
        }
        return FirstSighting(dimension, memberKey, Encoding.UTF8.GetString(code), publishedLabel, line);
    }

    private string? FirstSighting(CodedDimension dimension, int memberKey, string code, ReadOnlySpan<byte> publishedLabel, long line)
    {
        if (code.Length == 0)
        {
            return $"the code of label {Quote(labelOf(dimension, memberKey))} is empty";
        }
        if (code.Length > MaxCodeLength || code.Any(char.IsControl))
        {
            return $"not a code (longer than {MaxCodeLength} characters or with control characters)";
        }
        if (book.ForCode(dimension, code) is { } other)
        {
            return $"code {Quote(code)} is paired with label {Quote(labelOf(dimension, memberKey))} here, but means {Quote(labelOf(dimension, other.MemberKey))} since {other.Origin}";
        }
        if (_byCode.TryGetValue((dimension, code), out var sameCode))
        {
            return $"code {Quote(code)} is paired with label {Quote(labelOf(dimension, memberKey))} here, but with {Quote(labelOf(dimension, sameCode.MemberKey))} on line {sameCode.Line.ToString(CultureInfo.InvariantCulture)} of this file";
        }
        var pair = new FilePair(dimension, memberKey, code, Encoding.UTF8.GetString(publishedLabel), line);
        _byMember[(dimension, memberKey)] = pair;
        _byCode[(dimension, code)] = pair;
        return null;
    }

    private static string Quote(string value) => ValueText.Quote(value);

    private static string Quote(ReadOnlySpan<byte> value) => ValueText.Quote(Encoding.UTF8.GetString(value));
}

/// <summary>A (code, member) pair as one file showed it first, on <paramref name="Line"/>, with the label as written there.</summary>
public sealed record FilePair(CodedDimension Dimension, int MemberKey, string Code, string PublishedLabel, long Line)
{
    public byte[] Utf8 { get; } = Encoding.UTF8.GetBytes(Code);
}
