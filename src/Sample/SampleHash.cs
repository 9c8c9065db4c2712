namespace Warehouse.Sample;

/// <summary>The independent noise streams of the generator: each measure draws from its own.</summary>
internal enum NoiseStream
{
    Population = 1,
    PopulationGrowth,
    HeadcountYear,
    Geography,
    GeographyYear,
    AgeShift,
    FemaleShift,
    DenominatorShare,
    Sector,
    OptamShare,
    Exclusive,
    FeeLevel,
    FeeYear,
    ExtraLevel,
    PrescriptionLevel,
    PrescriptionMix,
    PrescriptionPost,
    PatientsSeen,
    PatientsReferring,
    Secrecy,
}

/// <summary>
/// Deterministic, stateless noise: every draw is a hash of the seed, a stream and the coordinates of the value
/// (SplitMix64 finaliser). The same seed gives the same value wherever and in whatever order it is asked for,
/// which keeps the datasets consistent with each other without holding them in memory.
/// </summary>
internal readonly struct SampleHash(int seed)
{
    private readonly ulong _seed = Mix(unchecked((ulong)(uint)seed * 0x9E3779B97F4A7C15UL + 0x632BE59BD9B4E019UL));

    /// <summary>A uniform draw in (0, 1).</summary>
    public double Unit(NoiseStream stream, int a = 0, int b = 0, int c = 0, int d = 0)
    {
        var h = Mix(_seed ^ ((ulong)stream * 0xD1B54A32D192ED03UL));
        h = Mix(h ^ (uint)a);
        h = Mix(h ^ ((ulong)(uint)b << 21));
        h = Mix(h ^ ((ulong)(uint)c << 42));
        h = Mix(h ^ (uint)d ^ 0xA5A5A5A5UL);
        return ((h >> 11) + 0.5) * (1.0 / (1UL << 53));
    }

    /// <summary>A standard normal draw (Box–Muller on two uniform draws).</summary>
    public double Normal(NoiseStream stream, int a = 0, int b = 0, int c = 0) =>
        Math.Sqrt(-2.0 * Math.Log(Unit(stream, a, b, c, 1))) * Math.Cos(2.0 * Math.PI * Unit(stream, a, b, c, 2));

    /// <summary>A multiplicative factor around 1: exp(sigma × normal).</summary>
    public double Factor(double sigma, NoiseStream stream, int a = 0, int b = 0, int c = 0) => Math.Exp(sigma * Normal(stream, a, b, c));

    private static ulong Mix(ulong z)
    {
        unchecked
        {
            z += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
