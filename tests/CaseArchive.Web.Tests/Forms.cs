using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace CaseArchive.Web.Tests;

/// <summary>
/// A page's form as a browser would send it: every enabled field with its current value (ticked boxes
/// only, the selected option, the text of a text area), which a test changes and posts back.
/// </summary>
public sealed class Form
{
    private readonly List<KeyValuePair<string, string>> _fields;

    private Form(string action, List<KeyValuePair<string, string>> fields)
    {
        Action = action;
        _fields = fields;
    }

    public string Action { get; }

    public static async Task<Form> OpenAsync(HttpClient client, string pageUrl, string selector = "form[method=post]")
    {
        var response = await client.GetAsync(pageUrl);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{pageUrl} answered {(int)response.StatusCode}");
        return Read(html, pageUrl, selector);
    }

    public static Form Read(string html, string pageUrl, string selector = "form[method=post]")
    {
        var document = new HtmlParser().ParseDocument(html);
        var form = document.QuerySelectorAll(selector).OfType<IHtmlFormElement>().FirstOrDefault();
        Assert.True(form is not null, $"no form {selector} on {pageUrl}");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form!.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || element.HasAttribute("disabled"))
            {
                continue;
            }
            switch (element)
            {
                case IHtmlInputElement input when input.Type is "checkbox" or "radio":
                    if (input.IsChecked)
                    {
                        fields.Add(new(name, input.Value));
                    }
                    break;
                case IHtmlInputElement input when input.Type is "submit" or "button" or "file":
                    break;
                case IHtmlInputElement input:
                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlTextAreaElement area:
                    fields.Add(new(name, area.Value));
                    break;
                case IHtmlSelectElement select:
                    var option = select.Options.FirstOrDefault(o => o.IsSelected) ?? (select.Options.Length > 0 ? select.Options[0] : null);
                    fields.Add(new(name, option?.Value ?? string.Empty));
                    break;
            }
        }
        return new Form(string.IsNullOrEmpty(form.GetAttribute("action")) ? pageUrl : form.GetAttribute("action")!, fields);
    }

    public IReadOnlyList<string> Values(string name) => [.. _fields.Where(f => f.Key == name).Select(f => f.Value)];

    public string? Value(string name) => Values(name) is [var first, ..] ? first : null;

    /// <summary>The field names matching a pattern, in page order.</summary>
    public IReadOnlyList<string> Names(Func<string, bool> match) => [.. _fields.Select(f => f.Key).Where(match).Distinct()];

    /// <summary>Gives a field this value (a text box, a drop-down), replacing what it held.</summary>
    public Form Set(string name, string value)
    {
        _fields.RemoveAll(f => f.Key == name);
        _fields.Add(new(name, value));
        return this;
    }

    /// <summary>Ticks or unticks a box; the hidden "false" that Razor adds beside it stays.</summary>
    public Form Tick(string name, bool ticked, string value = "true")
    {
        _fields.RemoveAll(f => f.Key == name && f.Value == value);
        if (ticked)
        {
            _fields.Insert(0, new(name, value));
        }
        return this;
    }

    public async Task<HttpResponseMessage> PostAsync(HttpClient client, string? handler = null)
    {
        var target = handler is null ? Action : $"{Action}{(Action.Contains('?', StringComparison.Ordinal) ? "&" : "?")}handler={handler}";
        using var content = new FormUrlEncodedContent(_fields);
        return await client.PostAsync(target, content);
    }
}
