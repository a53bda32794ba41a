namespace CaseArchive.Web.Tests;

/// <summary>
/// A page's form as a browser would send it (ticked boxes only, the selected option, the text of a
/// text area), which a test changes field by field and posts back, with repeated names kept.
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

    public static async Task<Form> OpenAsync(HttpClient client, string pageUrl)
    {
        var response = await client.GetAsync(pageUrl);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{pageUrl} answered {(int)response.StatusCode}");
        return Read(html, pageUrl);
    }

    /// <summary>The page's own POST form (read by <see cref="HtmlForms"/>; not the layout's sign-out), without its buttons and file inputs.</summary>
    public static Form Read(string html, string pageUrl)
    {
        var forms = HtmlForms.PostForms(pageUrl, html);
        var form = forms.Find(f => f.Action == pageUrl) ?? forms.FirstOrDefault();
        Assert.True(form is not null, $"no POST form on {pageUrl}");
        return new Form(form!.Action, [.. form.Fields.Where(f => f.Kind is not ("submit" or "file")).Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);
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
