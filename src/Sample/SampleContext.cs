using Warehouse.Core.Dimensions;

namespace Warehouse.Sample;

/// <summary>Everything a dataset writer needs: the dimension rows, the scope and the shared synthetic models.</summary>
internal sealed class SampleContext
{
    private readonly Lazy<FeeModel> _fees;

    public SampleContext(ReferenceDimensions dimensions, SampleOptions options)
    {
        Hash = new SampleHash(options.Seed);
        Roles = new CodedRoles(dimensions);
        Professions = new ProfessionModel(dimensions.Professions);
        Territories = new TerritoryModel(dimensions.Territories, Hash);
        Scope = new SampleScope(options.Scale, Territories, dimensions.Years);
        Headcounts = new HeadcountModel(Professions, Territories, Hash);
        AgeSex = new AgeSexModel(Headcounts, Roles, Hash);
        Sectors = new SectorModel(Headcounts, Roles, Hash);
        _fees = new Lazy<FeeModel>(() => new FeeModel(Headcounts, Sectors, Hash));
    }

    public SampleHash Hash { get; }

    public CodedRoles Roles { get; }

    public ProfessionModel Professions { get; }

    public TerritoryModel Territories { get; }

    public SampleScope Scope { get; }

    public HeadcountModel Headcounts { get; }

    public AgeSexModel AgeSex { get; }

    public SectorModel Sectors { get; }

    /// <summary>Built on first use: its calibration generates a year of fees.</summary>
    public FeeModel Fees => _fees.Value;
}
