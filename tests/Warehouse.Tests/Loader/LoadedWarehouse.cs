using Warehouse.Loader.Loading;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Loader;

/// <summary>A warehouse after a load: the run's result and the fact checksums right after it.</summary>
public sealed record LoadedWarehouse(WarehouseTarget Target, string Folder, LoadRunResult Run, IReadOnlyDictionary<string, FactChecksum> Checksums);
