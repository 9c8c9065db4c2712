using System.Net.Http.Json;
using System.Text.Json;

namespace Warehouse.Tests.Web;

/// <summary>
/// Every route of the server tried anonymously and as a reader: anonymous requests get nothing but the sign-in page,
/// /health and the OpenAPI document; readers get nothing an operator alone may do. The API's routes come from its OpenAPI
/// document, so a new endpoint fails this test until it is classified here.
/// </summary>
[Collection(WebServerGroup.Name)]
[Trait("Category", "process")]
public sealed class RouteAccessTests(WebServerFixture fixture)
{
    private static readonly Dictionary<string, string> ApiRoutes = new()
    {
        ["GET /api/catalogue"] = Reader,
        ["GET /api/territories"] = Reader,
        ["GET /api/professions"] = Reader,
        ["GET /api/years"] = Reader,
        ["GET /api/freshness"] = Reader,
        ["GET /api/reports/{report}"] = Reader,
        ["GET /api/extracts"] = Reader,
        ["GET /api/history"] = Reader,
        ["GET /api/history/{id}"] = Reader,
        ["GET /api/loads"] = Reader,
        ["POST /api/loads"] = Operator,
        ["GET /api/subscriptions"] = Operator,
        ["POST /api/subscriptions"] = Operator,
        ["DELETE /api/subscriptions/{name}"] = Operator,
        ["POST /api/subscriptions/{name}/run"] = Operator,
        ["GET /api/deliveries"] = Operator,
    };

    private static readonly Dictionary<string, string> OtherRoutes = new()
    {
        ["GET /"] = Reader,
        ["GET /rapports/territoire"] = Reader,
        ["GET /rapports/profession"] = Reader,
        ["GET /extractions"] = Reader,
        ["GET /historique"] = Reader,
        ["GET /historique/{id}"] = Reader,
        ["GET /explorer"] = Reader,
        ["GET /explorer/carte"] = Reader,
        ["GET /explorer/classement"] = Reader,
        ["GET /explorer/evolution"] = Reader,
        ["GET /explorer/territoire/38"] = Reader,
        ["GET /explorer/carte/donnees.csv"] = Reader,
        ["GET /explorer/evolution/donnees.xlsx"] = Reader,
        ["GET /explorer/classement/graphique.svg"] = Reader,
        ["GET /explorer/carte/graphique.png"] = Reader,
        ["GET /explorer/territoire/38/donnees.csv"] = Reader,
        ["GET /livraisons"] = Operator,
        ["GET /hangfire"] = Operator,
        ["GET /hangfire/recurring"] = Operator,
        ["GET /hangfire/jobs/succeeded"] = Operator,
        ["GET /hangfire/jobs/failed"] = Operator,
        ["GET /hangfire/servers"] = Operator,
        ["GET /hangfire/stats"] = Operator,
        ["POST /hangfire/recurring/trigger"] = Operator,
        ["POST /hangfire/jobs/failed/requeue"] = Operator,
        ["GET /health"] = Anonymous,
        ["GET /openapi/v1.json"] = Anonymous,
        ["GET /connexion"] = Anonymous,
    };

    private const string Anonymous = "anonymous";
    private const string Reader = "reader";
    private const string Operator = "operator";

    [Fact]
    public async Task EveryApiRoute_IsClassified()
    {
        using var client = fixture.Server.Client();
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var documented = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(method => $"{method.Name.ToUpperInvariant()} {path.Name}"))
            .Order(StringComparer.Ordinal).ToList();

        Assert.Equal(ApiRoutes.Keys.Order(StringComparer.Ordinal), documented);
    }

    [Fact]
    public async Task NoRoute_AnswersAnonymousOrReaderRequests_BeyondTheirRole()
    {
        using var anonymous = fixture.Server.Client();
        using var reader = fixture.Server.Client(WebServerFixture.ReaderKey);
        var wrong = new List<string>();
        foreach (var (route, role) in ApiRoutes.Concat(OtherRoutes))
        {
            var anonymousStatus = await StatusAsync(anonymous, route);
            var readerStatus = await StatusAsync(reader, route);
            var anonymousOk = role == Anonymous ? anonymousStatus is >= 200 and < 300 : anonymousStatus == 401;
            var readerOk = role switch
            {
                Operator => readerStatus == 403,
                _ => readerStatus is not (401 or 403),
            };
            if (!anonymousOk || !readerOk)
            {
                wrong.Add($"{route} ({role}): anonymous {anonymousStatus}, reader {readerStatus}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    private static async Task<int> StatusAsync(HttpClient client, string route)
    {
        var (method, template) = (route[..route.IndexOf(' ', StringComparison.Ordinal)], route[(route.IndexOf(' ', StringComparison.Ordinal) + 1)..]);
        var path = template.Replace("{report}", "territory", StringComparison.Ordinal).Replace("{id}", "1", StringComparison.Ordinal)
            .Replace("{name}", "nobody", StringComparison.Ordinal);
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method != "GET")
        {
            request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        }
        using var response = await client.SendAsync(request);
        return (int)response.StatusCode;
    }
}
