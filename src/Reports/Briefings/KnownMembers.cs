namespace Warehouse.Reports.Briefings;

/// <summary>
/// Dimension keys the briefings name explicitly. They are fixed by the seed migration (0002_seed_dimensions.sql), which is
/// the contract for keys on every engine.
/// </summary>
internal static class KnownMembers
{
    public const int Medecins = 1;
    public const int Generalistes = 2;
    public const int Specialistes = 5;
    public const int ChirurgiensDentistes = 29;
    public const int SagesFemmes = 32;
    public const int AuxiliairesMedicaux = 33;
    public const int Infirmiers = 34;
    public const int Kinesitherapeutes = 35;

    public const int France = 1;

    public const int AgeUnknown = 12;
    public const int AllAges = 13;
    public static readonly int[] AgesSixtyPlus = [9, 10, 11];

    public const int Women = 1;
    public const int Men = 2;
    public const int AllSexes = 4;

    /// <summary>Secteur 2 before 2013, with and without Optam from 2013.</summary>
    public static readonly int[] SectorTwo = [2, 3, 4];

    public static readonly int[] FeeGroups = [Medecins, Generalistes, Specialistes, ChirurgiensDentistes, SagesFemmes, AuxiliairesMedicaux];
}
