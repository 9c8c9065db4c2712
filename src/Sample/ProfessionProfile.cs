namespace Warehouse.Sample;

/// <summary>The population a profession's density is computed on (docs/data-format.md §8: profession-specific denominators).</summary>
internal enum DensityBase
{
    Everyone,
    Women,
    Children,
    WomenOfChildbearingAge,
}

/// <summary>Which datasets publish a profession (beyond those that publish every profession).</summary>
[Flags]
internal enum ProfessionSets
{
    None = 0,

    /// <summary>Dataset #1 at small scale (the full cross of 52 age × sex cells makes it the big one).</summary>
    SmallHeadcount = 1,

    /// <summary>Secteurs conventionnels (#3) and prescriptions (#6): the médecins except nucléaires and pathologistes (≈ 26 labels, as the real row counts suggest).</summary>
    Prescribers = 2,

    /// <summary>Patientèle (#7): the médecins who have a patient list of their own (≈ 22 labels).</summary>
    Patients = 4,

    /// <summary>Shown with <c>vision_profession_territoire = non</c>.</summary>
    NotByTerritory = 8,
}

/// <summary>
/// The synthetic calibration of one profession, for 2024 nationally. Only the detail professions' values are used:
/// aggregates are always the sums of their members.
/// </summary>
/// <param name="Key">dim_profession.profession_key.</param>
/// <param name="Headcount">National headcount in 2024.</param>
/// <param name="Growth">Yearly headcount change (−0.012 = −1.2 % a year).</param>
/// <param name="Female">Share of women in 2024.</param>
/// <param name="FemaleTrend">Yearly change of the share of women.</param>
/// <param name="MeanAge">Mean age in 2024.</param>
/// <param name="Density">The density's reference population.</param>
/// <param name="Urban">How much more than the population the profession concentrates in populous départements (an exponent).</param>
/// <param name="Exclusive">Share practising libéral exclusif.</param>
/// <param name="Sector2">Share in secteur 2 (0 = the profession has no secteur 2: its taux_* are NC).</param>
/// <param name="Fee">Mean fees at tariff per practitioner, k€ (relative within its family: the family totals are calibrated).</param>
/// <param name="Extra">Extra-billing rate: of secteur 2 without Optam when <paramref name="Sector2"/> &gt; 0, else of all fees (relative within the family).</param>
/// <param name="Prescriptions">Mean prescriptions per practitioner, k€.</param>
/// <param name="Seen">Mean distinct patients per practitioner.</param>
/// <param name="Referring">Mean "médecin traitant" patients per practitioner (0 = not applicable: NC).</param>
/// <param name="Sets">The datasets that publish it.</param>
internal sealed record ProfessionProfile(
    int Key, int Headcount, double Growth, double Female, double FemaleTrend, double MeanAge, DensityBase Density, double Urban,
    double Exclusive, double Sector2, double Fee, double Extra, double Prescriptions, int Seen, int Referring, ProfessionSets Sets);

/// <summary>The calibration target of a family's national fees in 2024 (docs/data-format.md §9), in euros.</summary>
internal sealed record FamilyFeeTarget(int FamilyKey, double TariffFees, double ExtraBilling);
