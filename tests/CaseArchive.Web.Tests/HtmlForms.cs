using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace CaseArchive.Web.Tests;

/// <summary>A form field as the page shows it: its name, the value a browser would send, and the choices of a drop-down.</summary>
public sealed record FormField(string Name, string Value, string Kind, IReadOnlyList<string> Options);

/// <summary>A POST form of a page: where it goes, how it is encoded, its fields (the antiforgery token among them).</summary>
public sealed record HtmlForm(string Page, string Action, bool Multipart, IReadOnlyList<FormField> Fields)
{
    public string? Token => Fields.FirstOrDefault(f => f.Name == "__RequestVerificationToken")?.Value;

    /// <summary>The values a browser would send if the user changed nothing (submit buttons left out; unchecked boxes send nothing).</summary>
    public Dictionary<string, string> Values() =>
        Fields.Where(f => f.Kind != "submit").GroupBy(f => f.Name).ToDictionary(g => g.Key, g => g.First().Value);
}

public static class HtmlForms
{
    private static readonly HtmlParser Parser = new();

    /// <summary>Every form with method="post" on the page, its action made absolute from the page's address.</summary>
    public static List<HtmlForm> PostForms(string pageUrl, string html)
    {
        var document = Parser.ParseDocument(html);
        var forms = new List<HtmlForm>();
        foreach (var form in document.Forms)
        {
            if (!string.Equals(form.GetAttribute("method"), "post", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var action = form.GetAttribute("action") is { Length: > 0 } declared ? declared : pageUrl;
            var fields = new List<FormField>();
            foreach (var element in form.Elements)
            {
                var name = element.GetAttribute("name");
                if (string.IsNullOrEmpty(name))
                {
                    continue;
                }
                switch (element)
                {
                    case IHtmlInputElement input when input.Type is "checkbox" or "radio":
                        if (input.IsChecked)
                        {
                            fields.Add(new FormField(name, input.Value, input.Type, []));
                        }
                        break;
                    case IHtmlInputElement input:
                        fields.Add(new FormField(name, input.Value, input.Type ?? "text", []));
                        break;
                    case IHtmlSelectElement select:
                        var options = select.Options.Select(o => o.Value).ToList();
                        fields.Add(new FormField(name, select.Options.FirstOrDefault(o => o.IsSelected)?.Value ?? options.FirstOrDefault() ?? "", "select", options));
                        break;
                    case IHtmlTextAreaElement textArea:
                        fields.Add(new FormField(name, textArea.Value, "textarea", []));
                        break;
                    case IHtmlButtonElement button when button.Type == "submit":
                        fields.Add(new FormField(name, button.Value, "submit", []));
                        break;
                }
            }
            // A button's formaction sends the same fields elsewhere (a delete handler beside the save): each is a form of its own.
            var buttonActions = form.QuerySelectorAll("button[formaction], input[formaction]").Select(b => b.GetAttribute("formaction")!).Distinct();
            forms.Add(new HtmlForm(pageUrl, action, string.Equals(form.GetAttribute("enctype"), "multipart/form-data", StringComparison.OrdinalIgnoreCase), fields));
            forms.AddRange(buttonActions.Select(a => new HtmlForm(pageUrl, a, false, fields)));
        }
        return forms;
    }
}
