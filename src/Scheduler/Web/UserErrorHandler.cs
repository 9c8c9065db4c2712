using Microsoft.AspNetCore.Diagnostics;
using Warehouse.Core;

namespace Warehouse.Scheduler.Web;

/// <summary>
/// A user error (bad report parameter, unknown territory with its closest codes, empty selection) becomes a 400
/// ProblemDetails whose detail is the message; anything else falls through to the default 500.
/// </summary>
internal sealed class UserErrorHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not WarehouseException { IsUserError: true } || httpContext.Response.HasStarted)
        {
            return false;
        }
        httpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = StatusCodes.Status400BadRequest, Title = "Paramètres invalides", Detail = exception.Message },
        });
    }
}
