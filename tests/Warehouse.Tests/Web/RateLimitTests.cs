using System.Net;
using System.Text.Json;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Web;

/// <summary>
/// A demo server allowing 3 renders per user per minute and one render at a time (queue of 2), with six reader API keys:
/// six users, each with a budget of its own.
/// </summary>
public sealed class RateLimitedServerFixture : IAsyncLifetime
{
    public const int RendersPerMinute = 3;
    public const int Users = 6;

    internal ServerProcess Server { get; private set; } = null!;

    public static string KeyOf(int user) => $"whk_limit-test-user-{user}";

    public async Task InitializeAsync()
    {
        var environment = new Dictionary<string, string?>
        {
            ["Warehouse__Server__RenderRequestsPerMinute"] = RendersPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Warehouse__Server__RenderConcurrency"] = "1",
            ["Warehouse__Server__RenderQueue"] = "2",
        };
        for (var user = 0; user < Users; user++)
        {
            environment[$"Warehouse__Auth__ApiKeys__{user}__Name"] = $"user-{user}";
            environment[$"Warehouse__Auth__ApiKeys__{user}__KeyHash"] = Warehouse.Scheduler.Auth.Credentials.HashApiKey(KeyOf(user));
        }
        Server = await ServerProcess.StartDemoAsync(environment);
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

[Trait("Category", "process")]
public sealed class RateLimitTests(RateLimitedServerFixture fixture) : IClassFixture<RateLimitedServerFixture>
{
    [Fact]
    public async Task Renders_Are429WithRetryAfter_PastTheConfiguredRequestsPerMinute_WhileOtherEndpointsStillAnswer()
    {
        // Demo mode: anonymous loopback requests are the user "local", one budget.
        using var client = fixture.Server.Client();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i <= RateLimitedServerFixture.RendersPerMinute; i++)
        {
            var response = await client.GetAsync(new Uri("/api/reports/territory?code=FR", UriKind.Relative));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                refused = response;
            }
            else
            {
                response.Dispose();
            }
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        using (refused)
        {
            var retryAfter = refused!.Headers.RetryAfter?.Delta;
            Assert.NotNull(retryAfter);
            Assert.InRange(retryAfter.Value.TotalSeconds, 1, 60);
            using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
            Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
        }
        using var catalogue = await client.GetAsync(new Uri("/api/catalogue", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, catalogue.StatusCode);
    }

    [Fact]
    public async Task Renders_Are503WithRetryAfter_WhenTheRendererAndItsQueueAreFull()
    {
        // One render at a time and a queue of two: of six simultaneous extracts from six users, three are turned away.
        var clients = Enumerable.Range(0, RateLimitedServerFixture.Users).Select(u => fixture.Server.Client(RateLimitedServerFixture.KeyOf(u))).ToList();
        try
        {
            var responses = await Task.WhenAll(clients.Select(c => c.GetAsync(new Uri("/api/extracts?dataset=effectifs&format=csv", UriKind.Relative))));
            var statuses = responses.Select(r => r.StatusCode).ToList();

            Assert.Equal(3, statuses.Count(s => s == HttpStatusCode.OK));
            Assert.Equal(3, statuses.Count(s => s == HttpStatusCode.ServiceUnavailable));
            Assert.All(responses.Where(r => r.StatusCode == HttpStatusCode.ServiceUnavailable), r => Assert.Equal(TimeSpan.FromSeconds(10), r.Headers.RetryAfter?.Delta));
            foreach (var response in responses)
            {
                response.Dispose();
            }
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
        }
    }
}
