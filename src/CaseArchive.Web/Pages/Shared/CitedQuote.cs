namespace CaseArchive.Web.Pages.Shared;

/// <summary>A quoted sentence with the source it comes from, ready for a public page.</summary>
public sealed record CitedQuote(string Quote, string SourceTitle, string? Outlet, string? Url, DateOnly? PublishedOn);
