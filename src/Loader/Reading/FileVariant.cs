namespace Warehouse.Loader.Reading;

/// <summary>How a data.ameli CSV was obtained, recognised from its bytes: API exports have one BOM, browser downloads two.</summary>
public enum FileVariant
{
    Api,
    Browser,
}
