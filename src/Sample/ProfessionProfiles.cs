namespace Warehouse.Sample;

/// <summary>
/// The synthetic calibration table, keyed by dim_profession.profession_key (labels come from the dimension rows).
/// Figures are plausible orders of magnitude anchored on docs/data-format.md §8–§9, not published values.
/// </summary>
internal static class ProfessionProfiles
{
    private const ProfessionSets S = ProfessionSets.SmallHeadcount;
    private const ProfessionSets P = ProfessionSets.Prescribers;
    private const ProfessionSets Pa = ProfessionSets.Patients;
    private const ProfessionSets Hidden = ProfessionSets.NotByTerritory;
    private const ProfessionSets None = ProfessionSets.None;
    private const DensityBase All = DensityBase.Everyone;
    private const DensityBase Women = DensityBase.Women;
    private const DensityBase Children = DensityBase.Children;
    private const DensityBase Women1549 = DensityBase.WomenOfChildbearingAge;

    private static readonly ProfessionProfile[] Table =
    [
        // Columns as in ProfessionProfile; n 2024 = national headcount, fee / rx in k€ per practitioner.
        //  key  n 2024  growth  female  trend  age    density  urban  excl.  sect.2  fee k€  extra  rx k€  seen  ref.  sets
        new(  1,      0,      0,      0,     0,   0,       All,     0,     0,      0,      0,     0,     0,    0,    0, S | P | Pa),
        new(  2,      0,      0,      0,     0,   0,       All,     0,     0,      0,      0,     0,     0,    0,    0, S | P | Pa),
        new(  3,  52000, -0.009,   0.50, 0.012,  50,       All,  0.00,  0.90,   0.08,    170,  0.35,   330, 1300, 1000, S | P | Pa),
        new(  4,   3546, -0.010,   0.40, 0.008,  55,       All,  0.10,  0.85,   0.20,    110,  0.35,   150,  600,  300, P | Pa),
        new(  5,      0,      0,      0,     0,   0,       All,     0,     0,      0,      0,     0,     0,    0,    0, S | P | Pa),
        new(  6,    250, -0.010,   0.65, 0.008,  52,       All,  0.20,  0.60,   0.35,    120,  0.35,   100, 1500,    0, P | Pa),
        new(  7,   3946,  0.015,   0.30, 0.008,  51,       All,  0.30,  0.55,   0.70,    330,  0.50,    30, 3000,    0, P),
        new(  8,   5018,  0.008,   0.22, 0.008,  52,       All,  0.25,  0.60,   0.42,    320,  0.35,   250, 2300,    0, P | Pa),
        new(  9,   8003,  0.008,   0.15, 0.006,  53,       All,  0.30,  0.50,   0.85,    330,  0.90,   120, 1400,    0, P | Pa),
        new( 10,   2800, -0.015,   0.70, 0.008,  53,       All,  0.30,  0.75,   0.48,    170,  0.50,   150, 2800,    0, P | Pa),
        new( 11,    900,  0.008,   0.70, 0.008,  50,       All,  0.30,  0.50,   0.45,    150,  0.35,   400, 1500,    0, P | Pa),
        new( 12,   5000, -0.010,   0.65, 0.010,  54,     Women,  0.25,  0.60,   0.68,    200,  0.70,    80, 1800,    0, S | P | Pa),
        new( 13,   2020,  0.002,   0.30, 0.008,  52,       All,  0.25,  0.55,   0.47,    300,  0.35,   300, 1500,    0, P | Pa),
        new( 14,    400,  0.015,   0.35, 0.005,  50,       All,  0.40,  0.60,   0.30,    700,  0.20,    40, 2500,    0, None),
        new( 15,    700,  0.005,   0.55, 0.008,  52,       All,  0.40,  0.80,   0.15,    450,  0.20,    20, 3500,    0, None),
        new( 16,    800,  0.010,   0.50, 0.008,  50,       All,  0.20,  0.70,   0.40,    170,  0.35,    80, 1800,    0, P | Pa),
        new( 17,   1200,  0.010,   0.45, 0.008,  49,       All,  0.30,  0.55,   0.40,    200,  0.35,   300, 1500,    0, P | Pa),
        new( 18,    500,  0.010,   0.40, 0.008,  50,       All,  0.30,  0.40,   0.25,    450,  0.20,   400,  600,    0, P | Pa),
        new( 19,   4287,  0.010,   0.45, 0.008,  52,       All,  0.25,  0.70,   0.72,    380,  0.60,   120, 4000,    0, P | Pa),
        new( 20,   1900, -0.003,   0.30, 0.008,  53,       All,  0.25,  0.65,   0.68,    220,  0.55,    80, 2500,    0, P | Pa),
        new( 21,   1200,  0.003,   0.40, 0.008,  51,       All,  0.25,  0.55,   0.35,    250,  0.35,   350, 1600,    0, P | Pa),
        new( 22,   6308, -0.005,   0.50, 0.008,  57,       All,  0.35,  0.55,   0.42,    140,  0.40,   100,  400,    0, P | Pa),
        new( 23,   2800,  0.000,   0.75, 0.008,  50,  Children,  0.20,  0.60,   0.35,    170,  0.35,    60, 1700,    0, S | P | Pa),
        new( 24,   5677,  0.012,   0.25, 0.006,  51,       All,  0.30,  0.85,   0.32,    650,  0.20,    20, 6000,    0, P),
        new( 25,    400,  0.010,   0.35, 0.006,  50,       All,  0.40,  0.85,   0.15,    900,  0.20,    50, 1000,    0, P),
        new( 26,   1432, -0.005,   0.50, 0.008,  53,       All,  0.25,  0.60,   0.50,    180,  0.35,   350, 1600,    0, P | Pa),
        new( 27,    400, -0.030,   0.20, 0.005,  58,       All,  0.25,  0.80,   0.60,    250,  0.60,    30, 1200,    0, P | Pa),
        new( 28,    672,  0.000,   0.40, 0.005,  55,       All,  0.20,  0.60,   0.30,    150,  0.35,   100, 1000,    0, P | Hidden),
        new( 29,      0,      0,      0,     0,   0,       All,     0,     0,      0,      0,     0,     0,    0,    0, S),
        new( 30,  35000,  0.003,   0.50, 0.010,  47,       All,  0.10,  0.95,      0,    150,  0.95,    15, 1000,    0, S),
        new( 31,   2000,  0.010,   0.55, 0.010,  47,       All,  0.25,  0.90,      0,    200,  1.20,     2,  500,    0, None),
        new( 32,   8000,  0.030,   0.97, 0.001,  40, Women1549,  0.00,  0.80,      0,     75,  0.01,    20,  600,    0, S),
        new( 33,      0,      0,      0,     0,   0,       All,     0,     0,      0,      0,     0,     0,    0,    0, S),
        new( 34, 100000,  0.030,   0.85, 0.002,  45,       All, -0.05,  0.90,      0,     95, 0.001,     5,  500,    0, S),
        new( 35,  75000,  0.025,   0.50, 0.008,  42,       All,  0.05,  0.85,      0,     75,  0.02,     0,  800,    0, S),
        new( 36,  21000,  0.020,   0.97, 0.001,  42,       All,  0.00,  0.90,      0,     60, 0.005,     0,  150,    0, None),
        new( 37,   4000,  0.040,   0.90, 0.002,  38,       All,  0.10,  0.70,      0,    100,  0.03,     0, 3000,    0, None),
        new( 38,  14000,  0.020,   0.70, 0.008,  40,       All,  0.05,  0.90,      0,     30,  0.10,     0,  900,    0, None),
    ];

    /// <summary>Σ hono_sans_depassement_totaux ≈ €51.5 bn and Σ depassements_totaux ≈ €10.7 bn over the four families in 2024 (§12).</summary>
    public static IReadOnlyList<FamilyFeeTarget> FamilyTargets { get; } =
    [
        new(1, 25.9e9, 5.2e9),
        new(29, 5.5e9, 5.3e9),
        new(32, 0.6e9, 0.006e9),
        new(33, 19.5e9, 0.2e9),
    ];

    /// <summary>The profile of a profession; a profession the table does not know gets a small generic specialty.</summary>
    public static ProfessionProfile For(int key) =>
        Array.Find(Table, p => p.Key == key) ?? new(key, 500, 0, 0.5, 0.005, 50, All, 0.2, 0.7, 0, 150, 0.1, 50, 1000, 0, None);
}
