using Microsoft.AspNetCore.Mvc.Filters;

namespace CaseArchive.Web.Infrastructure;

/// <summary>
/// No text the archive keeps may hold control characters other than tab and line breaks (PostgreSQL refuses
/// NUL outright): a form field that does is marked invalid before the page's handler runs, so the page says so
/// beside the field and saves nothing.
/// </summary>
public sealed class FormTextFilter : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        var request = context.HttpContext.Request;
        if (!request.HasFormContentType)
        {
            return;
        }
        foreach (var (key, values) in request.Form)
        {
            if (values.Any(value => value is not null && value.Any(IsForbidden)))
            {
                context.ModelState.AddModelError(key, "Remove the control characters (such as NUL) from this field: no text in the archive may hold them.");
            }
        }
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }

    private static bool IsForbidden(char c) => char.IsControl(c) && c is not ('\t' or '\n' or '\r');
}
