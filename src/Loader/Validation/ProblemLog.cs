namespace Warehouse.Loader.Validation;

/// <summary>Collects the problems of a file: all are counted, the first <see cref="Capacity"/> are kept with their details.</summary>
public sealed class ProblemLog
{
    public const int Capacity = 100;
    private readonly List<LoadProblem> _kept = [];

    public long Count { get; private set; }

    public IReadOnlyList<LoadProblem> Kept => _kept;

    public bool HasProblems => Count > 0;

    public void Add(LoadProblem problem)
    {
        Count++;
        if (_kept.Count < Capacity)
        {
            _kept.Add(problem);
        }
    }

    public void Add(long? line, string? column, string? value, string reason) => Add(new LoadProblem(line, column, value, reason));
}
