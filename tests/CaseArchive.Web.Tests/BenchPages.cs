using System.Text.RegularExpressions;

namespace CaseArchive.Web.Tests;

/// <summary>A page of the app or of scripts/bench's baseline, as the bench compares them.</summary>
internal static partial class BenchPages
{
    /// <summary>Without the assets' version hashes, the "Older rulings" cursor and the server's own address.</summary>
    public static string Normalised(string page) => Server().Replace(Cursor().Replace(AssetVersion().Replace(page, ""), "$1\""), "SERVER");

    [GeneratedRegex(@"\?v=[A-Za-z0-9_-]{43}(?="")")]
    private static partial Regex AssetVersion();

    [GeneratedRegex(@"(;after=)[^""]*""")]
    private static partial Regex Cursor();

    [GeneratedRegex(@"127\.0\.0\.1(:|%3A)[0-9]+")]
    private static partial Regex Server();
}
