using System.Text;
using MimeKit;
using netDumbster.smtp;
using Warehouse.Tests.Infrastructure;

namespace Warehouse.Tests.Delivery;

/// <summary>A real SMTP server (netDumbster) on a loopback port; the messages it received, parsed back with MimeKit.</summary>
internal sealed class SmtpTestServer : IDisposable
{
    private readonly SimpleSmtpServer _server;

    private SmtpTestServer(SimpleSmtpServer server, int port)
    {
        _server = server;
        Port = port;
    }

    public int Port { get; }

    public static SmtpTestServer Start(int? port = null)
    {
        var chosen = port ?? FreePort.Next();
        return new SmtpTestServer(SimpleSmtpServer.Start(chosen), chosen);
    }

    public int Count => _server.ReceivedEmailCount;

    public List<MimeMessage> Messages() =>
        _server.ReceivedEmail.Select(m => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(m.Data)))).ToList();

    /// <summary>The environment that points a `warehouse` process at this server.</summary>
    public Dictionary<string, string?> Environment() => new()
    {
        ["Warehouse__Delivery__Smtp__Host"] = "127.0.0.1",
        ["Warehouse__Delivery__Smtp__Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Warehouse__Delivery__Smtp__From"] = "Observatoire <warehouse@observatoire.example>",
    };

    public void Dispose()
    {
        _server.Stop();
        _server.Dispose();
    }
}
