namespace CaseArchive.Web.Tests;

/// <summary>For what arrives a moment later (a notification from PostgreSQL), well within the output cache's 60 seconds.</summary>
public static class Eventually
{
    public static readonly TimeSpan Within = TimeSpan.FromSeconds(5);

    /// <summary>Whether the page holds the text within <see cref="Within"/>, asked every 50 ms.</summary>
    public static async Task<bool> ContainsAsync(HttpClient client, string path, string text)
    {
        var deadline = DateTime.UtcNow + Within;
        while (true)
        {
            if ((await client.GetStringAsync(path)).Contains(text, StringComparison.Ordinal))
            {
                return true;
            }
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }
            await Task.Delay(50);
        }
    }
}
