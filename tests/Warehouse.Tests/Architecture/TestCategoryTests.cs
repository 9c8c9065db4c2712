using System.Reflection;

namespace Warehouse.Tests.Architecture;

/// <summary>
/// Every test class says what it needs (the README's fast loop runs <c>Category=unit</c>): unit (in memory or temporary
/// files), database (a real SQLite or PostgreSQL database), process (starts the warehouse CLI or server, or an HTTP or
/// SMTP server), browser (drives Chromium).
/// </summary>
[Trait("Category", "unit")]
public sealed class TestCategoryTests
{
    public static readonly string[] Categories = ["unit", "database", "process", "browser"];

    [Fact]
    public void EveryTestClass_HasExactlyOneKnownCategory()
    {
        var wrong = TestClasses()
            .Select(type => (type, categories: CategoriesOf(type)))
            .Where(c => c.categories.Count != 1 || !Categories.Contains(c.categories[0]))
            .Select(c => $"{c.type.FullName}: [{string.Join(", ", c.categories)}]")
            .ToList();

        Assert.True(wrong.Count == 0, "Test classes without exactly one [Trait(\"Category\", \"unit|database|process|browser\")]:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void TestClasses_AreFound()
    {
        Assert.Contains(typeof(TestCategoryTests), TestClasses());
        Assert.True(TestClasses().Count() > 100);
    }

    /// <summary>The classes xunit runs: not abstract, with a [Fact] or [Theory] (SkippableFact included) of their own or inherited.</summary>
    private static IEnumerable<Type> TestClasses() =>
        typeof(TestCategoryTests).Assembly.GetTypes()
            .Where(type => type.IsClass && !type.IsAbstract)
            .Where(type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
                .Any(method => method.GetCustomAttributes<FactAttribute>(inherit: true).Any()));

    /// <summary>The Category traits of the class and of its base classes (xunit applies both).</summary>
    private static List<string> CategoriesOf(Type type)
    {
        var categories = new List<string>();
        for (var current = type; current is not null; current = current.BaseType)
        {
            categories.AddRange(current.GetCustomAttributesData()
                .Where(data => data.AttributeType == typeof(TraitAttribute) && (string?)data.ConstructorArguments[0].Value == "Category")
                .Select(data => (string)data.ConstructorArguments[1].Value!));
        }
        return categories;
    }
}
