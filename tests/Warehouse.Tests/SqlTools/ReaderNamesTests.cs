using Warehouse.Core.Security;

namespace Warehouse.Tests.SqlTools;

[Trait("Category", "unit")]
public sealed class ReaderNamesTests
{
    [Theory]
    [InlineData("jdoe")]
    [InlineData("powerbi_service")]
    [InlineData("jean.dupont")]
    [InlineData("r-studio")]
    [InlineData("_tool2")]
    public void Problem_IsNull_ForReaderNames(string name) => Assert.Null(ReaderNames.Problem(name));

    [Theory]
    [InlineData("")]
    [InlineData("Jdoe")]
    [InlineData("2fast")]
    [InlineData("a b")]
    [InlineData("x\"; DROP ROLE postgres; --")]
    [InlineData("pg_monitor")]
    [InlineData("public")]
    [InlineData("warehouse_reader")]
    [InlineData("abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcd")]
    public void Problem_SaysWhy_ForOtherNames(string name) => Assert.NotNull(ReaderNames.Problem(name));

    [Theory]
    [InlineData("short")]
    [InlineData("tab\tinside")]
    [InlineData("zero\u200Bwidth")]
    public void PasswordProblem_SaysWhy_ForWeakOrInvisiblePasswords(string password) => Assert.NotNull(ReaderPasswords.Problem(password));

    [Fact]
    public void PasswordProblem_IsNull_ForAPrintablePassword() => Assert.Null(ReaderPasswords.Problem("mot de passe été 2026"));
}
