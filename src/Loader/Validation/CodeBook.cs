using Warehouse.Loader.Datasets;

namespace Warehouse.Loader.Validation;

/// <summary>
/// The codes learned so far from published files (etl_learned_code), by member and by code. Seeded codes that no
/// published file has confirmed are provisional and are not in the book: they are never enforced.
/// </summary>
public sealed class CodeBook
{
    private readonly Dictionary<(CodedDimension, int), LearnedCode> _byMember = [];
    private readonly Dictionary<(CodedDimension, string), LearnedCode> _byCode = [];

    public CodeBook(IEnumerable<LearnedCode> learned)
    {
        ArgumentNullException.ThrowIfNull(learned);
        foreach (var code in learned)
        {
            Add(code);
        }
    }

    public LearnedCode? ForMember(CodedDimension dimension, int memberKey) => _byMember.GetValueOrDefault((dimension, memberKey));

    public LearnedCode? ForCode(CodedDimension dimension, string code) => _byCode.GetValueOrDefault((dimension, code));

    /// <summary>Records a pairing once its file is published, so a later file of the same run is checked against it.</summary>
    public void Add(LearnedCode code)
    {
        ArgumentNullException.ThrowIfNull(code);
        _byMember[(code.Dimension, code.MemberKey)] = code;
        _byCode[(code.Dimension, code.Code)] = code;
    }
}
