using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;

namespace CaseArchive.Web.Infrastructure;

/// <summary>
/// The addresses of the site's own stylesheet and scripts, each with its content's version in the
/// query (<c>?v=</c> and the file's SHA-256, as <c>asp-append-version</c> writes it), so that a changed
/// file is fetched again. Worked out once per file: the tag helpers would be made and run on every
/// page (four of them on a search), for an address that only changes with a deployment.
/// </summary>
public sealed class Assets(IWebHostEnvironment environment)
{
    private readonly ConcurrentDictionary<string, string> _urls = new(StringComparer.Ordinal);

    /// <summary>The address of a file under wwwroot ("/css/site.css"), versioned; as given when there is no such file.</summary>
    public string Url(string path) => _urls.GetOrAdd(path, Versioned, environment.WebRootFileProvider);

    private static string Versioned(string path, Microsoft.Extensions.FileProviders.IFileProvider files)
    {
        var file = files.GetFileInfo(path);
        if (!file.Exists || file.IsDirectory)
        {
            return path;
        }
        using var stream = file.CreateReadStream();
        return path + "?v=" + WebEncoders.Base64UrlEncode(SHA256.HashData(stream));
    }
}
