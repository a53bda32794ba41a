using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace CaseArchive.Web.Infrastructure;

/// <summary>
/// The addresses of the site's own stylesheet and scripts with their content's version in the query
/// (<c>?v=</c> and the file's SHA-256), from the file version provider that <c>asp-append-version</c>
/// uses (it keeps each version and works it out again when the file changes). The views call it
/// directly: the tag helpers around that one call would be made and run on every page, four of them on
/// a search, for nothing but this call.
/// </summary>
public sealed class Assets(IFileVersionProvider versions)
{
    /// <summary>The address of a file under wwwroot ("/css/site.css") below the app's path base, versioned; unversioned when there is no such file.</summary>
    public string Url(HttpContext context, string path) =>
        versions.AddFileVersionToPath(context.Request.PathBase, context.Request.PathBase.Add(new PathString(path)).Value!);
}
