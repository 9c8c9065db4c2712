namespace Warehouse.Tests.Loader;

/// <summary>The bytes of a bad file and the rejections they must cause.</summary>
public sealed record BadFile(byte[] Bytes, IReadOnlyList<ExpectedProblem> Problems)
{
    public BadFile(byte[] bytes, long? line, string? column, string? value, string reason)
        : this(bytes, [new ExpectedProblem(line, column, value, reason)])
    {
    }
}
