using System.Net;

namespace CaseArchive.Web.Tests;

/// <summary>
/// What a browser keeps between requests (its cookies) and sends to whichever server it reaches, as it would
/// behind a load balancer: the same cookies go to every address. Follows no redirects.
/// </summary>
public sealed class CookieSession : IDisposable
{
    private readonly HttpClient _client = new(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(30) };
    private readonly Dictionary<string, string> _cookies = [];

    public IReadOnlyDictionary<string, string> Cookies => _cookies;

    public async Task<HttpResponseMessage> GetAsync(Uri server, string path, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(server, path));
        return await SendAsync(request, cancellationToken);
    }

    public async Task<HttpResponseMessage> PostFormAsync(Uri server, string path, IEnumerable<KeyValuePair<string, string>> fields, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server, path)) { Content = new FormUrlEncodedContent(fields) };
        return await SendAsync(request, cancellationToken);
    }

    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken = default)
    {
        if (_cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
        }
        var response = await _client.SendAsync(request, cancellationToken);
        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
        {
            foreach (var setCookie in setCookies)
            {
                var pair = setCookie.Split(';', 2)[0];
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                var (name, value) = (pair[..equals].Trim(), pair[(equals + 1)..].Trim());
                var expired = setCookie.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase);
                if (value.Length == 0 || expired)
                {
                    _cookies.Remove(name);
                }
                else
                {
                    _cookies[name] = value;
                }
            }
        }
        return response;
    }

    /// <summary>Signs in through /account/sign-in on that server, as a browser does (the page's token, then the form).</summary>
    public async Task SignInAsync(Uri server, string email, string password)
    {
        var page = await GetAsync(server, "/account/sign-in");
        var form = HtmlForms.PostForms("/account/sign-in", await page.Content.ReadAsStringAsync()).First(f => f.Fields.Any(field => field.Name == "Input.Email"));
        var fields = form.Values();
        fields["Input.Email"] = email;
        fields["Input.Password"] = password;
        var response = await PostFormAsync(server, form.Action, fields);
        if (response.StatusCode != HttpStatusCode.Redirect || !_cookies.ContainsKey("casearchive.editor"))
        {
            throw new InvalidOperationException($"Signing in on {server} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    public void Dispose() => _client.Dispose();
}
