namespace Warehouse.Tests.Hardening.Mutations;

/// <summary>What happened to one mutant: loaded, rejected, or a defect (the loader crashed, hung, failed, or was imprecise).</summary>
internal sealed record MutationOutcome(int Case, string Seed, string Mutation, string Kind, string? Defect)
{
    public const string Loaded = "loaded";
    public const string Rejected = "rejected";
    public const string Defective = "defect";
}
