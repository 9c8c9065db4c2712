using Warehouse.Loader.Reading;
using Warehouse.Loader.Validation;

namespace Warehouse.Loader.Loading;

/// <summary>What reading a file found beside its rows: display flags per profession key, and its (code, label) pairs.</summary>
internal sealed record FileFindings(Dictionary<int, DisplayFlags> Flags, CodePairing Codes);
