using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Warehouse.Core;

namespace Warehouse.Delivery;

/// <summary>Sends one message through the configured SMTP server (MailKit), with a timeout on every network step.</summary>
public sealed class SmtpSender(DeliveryOptions options)
{
    /// <summary>Sends the message; any SMTP or network failure becomes a <see cref="DeliveryFailedException"/> with the reason in one line.</summary>
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (options.SmtpHost is null)
        {
            throw new WarehouseException("No SMTP server is configured: set Warehouse:Delivery:Smtp:Host (and Port, From).", isUserError: true);
        }
        using var client = new SmtpClient { Timeout = (int)options.SmtpTimeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(options.SmtpHost, options.SmtpPort, options.SmtpSecurity, cancellationToken);
            if (options.SmtpUser is not null)
            {
                await client.AuthenticateAsync(options.SmtpUser, options.SmtpPassword ?? "", cancellationToken);
            }
            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception e) when (e is SocketException or IOException or TimeoutException or SmtpCommandException or SmtpProtocolException
            or AuthenticationException or SslHandshakeException or ServiceNotConnectedException or NotSupportedException)
        {
            throw new DeliveryFailedException($"SMTP {options.SmtpHost}:{options.SmtpPort}: {e.Message}", e);
        }
    }
}

/// <summary>A delivery that did not reach its recipient this time (SMTP down, folder not writable); retried by the job.</summary>
public sealed class DeliveryFailedException(string message, Exception? inner = null) : Exception(message, inner);
