using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Security;

/// <summary>
/// A client reading an extract (30 MB of CSV in the demo) at 1 KB/s, on a server with one renderer, no queue and a minimum
/// response rate of 64 KB/s: it holds the renderer only until Kestrel cuts it, after which the next user's extract is served.
/// </summary>
[Trait("Category", "process")]
public sealed class SlowClientTests
{
    private const string Extract = "/api/extracts?dataset=effectifs&format=csv";

    [Fact]
    public async Task ASlowDownload_IsCutAtTheMinimumRate_AndGivesItsRendererBack()
    {
        await using var server = await ServerProcess.StartDemoAsync(new Dictionary<string, string?>
        {
            ["Warehouse__Server__RenderConcurrency"] = "1",
            ["Warehouse__Server__RenderQueue"] = "0",
            ["Warehouse__Server__RenderRequestsPerMinute"] = "1000",
            ["Warehouse__Server__MinResponseBytesPerSecond"] = "65536",
        });
        using var slow = new Socket(SocketType.Stream, ProtocolType.Tcp) { ReceiveBufferSize = 2048 };
        await slow.ConnectAsync(IPAddress.Loopback, server.BaseAddress.Port);
        await slow.SendAsync(Encoding.ASCII.GetBytes($"GET {Extract} HTTP/1.1\r\nHost: 127.0.0.1:{server.BaseAddress.Port}\r\nConnection: close\r\n\r\n"));
        var buffer = new byte[512];
        var first = await slow.ReceiveAsync(buffer);
        Assert.StartsWith("HTTP/1.1 200", Encoding.ASCII.GetString(buffer, 0, first), StringComparison.Ordinal);
        var clock = Stopwatch.StartNew();
        var received = (long)first;
        var reading = Task.Run(async () =>
        {
            try
            {
                int read;
                while ((read = await slow.ReceiveAsync(buffer)) > 0 && clock.Elapsed < TimeSpan.FromSeconds(100))
                {
                    received += read;
                    await Task.Delay(500);
                }
            }
            catch (SocketException)
            {
                // Reset by the server: cut, as it should be.
            }
        });

        using var other = server.Client();
        using (var busy = await other.GetAsync(new Uri(Extract, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, busy.StatusCode);
        }
        await reading;
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(80), $"The 1 KB/s client was still served after {clock.Elapsed.TotalSeconds:0} s ({received} bytes).");
        using var served = await other.GetAsync(new Uri(Extract, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
    }
}
