namespace Warehouse.Reports.Data;

/// <summary>A published value, or NULL with its status: NS (secret statistique), NC (non concerné), EMPTY.</summary>
public readonly record struct Measure(double? Value, string? Status)
{
    public static Measure Missing { get; } = new(null, "EMPTY");

    public bool HasValue => Value is not null;

    public bool IsSecret => Status == "NS";

    public bool IsNotApplicable => Status == "NC";

    /// <summary>A derived value (a ratio, a change): secret when any input is secret, missing when any input is missing.</summary>
    public static Measure Derive(double? value, params Measure[] inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (inputs.Any(i => i.IsSecret))
        {
            return new Measure(null, "NS");
        }
        if (inputs.Any(i => i.IsNotApplicable))
        {
            return new Measure(null, "NC");
        }
        return value is { } v && double.IsFinite(v) && inputs.All(i => i.HasValue) ? new Measure(v, null) : Missing;
    }
}
