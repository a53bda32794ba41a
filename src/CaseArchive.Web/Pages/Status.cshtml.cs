using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseArchive.Web.Pages;

/// <summary>The page shown for an error status without a body of its own (404, 400...).</summary>
public class StatusModel : PageModel
{
    public string Title { get; private set; } = "Something went wrong";
    public string Explanation { get; private set; } = "The request could not be answered.";

    public void OnGet(int code)
    {
        (Title, Explanation) = code switch
        {
            404 => ("Not found", "There is nothing at this address. The record may not exist, or may not be public."),
            400 => ("That request could not be read", "Something in the address or the form was not valid. Check it and try again."),
            405 => ("Not allowed", "This address does not accept that kind of request."),
            403 => ("Not allowed", "Your account may not open this page."),
            429 => ("Too many requests", "Please wait a minute before trying again."),
            503 => ("The archive is briefly unavailable", "Please try again in a minute."),
            _ => (Title, Explanation),
        };
    }
}
