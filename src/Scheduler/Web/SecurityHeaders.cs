namespace Warehouse.Scheduler.Web;

/// <summary>
/// Headers on every answer: no framing by other sites (clickjacking), no content sniffing, no referrer; the portal's pages also
/// get a Content-Security-Policy allowing only their own inline style, scripts served by this server (the explorer's), images and forms to this server. The Hangfire dashboard,
/// which brings its own scripts, gets frame-ancestors only.
/// </summary>
internal static class SecurityHeaders
{
    public const string PortalPolicy =
        "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public const string DashboardPolicy = "frame-ancestors 'none'";

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XFrameOptions = "DENY";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/hangfire") ? DashboardPolicy : PortalPolicy;
            await next();
        });
        return app;
    }
}
