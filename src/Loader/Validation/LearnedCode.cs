using System.Text;
using Warehouse.Loader.Datasets;

namespace Warehouse.Loader.Validation;

/// <summary>
/// A code the publication paired with a member's label, and where that pairing first showed
/// (<paramref name="Origin"/>: the file and line, for messages).
/// </summary>
public sealed record LearnedCode(CodedDimension Dimension, int MemberKey, string Code, string Origin)
{
    public byte[] Utf8 { get; } = Encoding.UTF8.GetBytes(Code);
}
