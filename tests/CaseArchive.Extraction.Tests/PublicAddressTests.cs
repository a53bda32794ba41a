namespace CaseArchive.Extraction.Tests;

public class PublicAddressTests
{
    [Theory]
    [InlineData("https://rus.azattyq.org/a/30340000.html")]
    [InlineData("http://example.org")]
    [InlineData("HTTPS://Example.org/Path?q=1#top")]
    [InlineData("  https://example.org/with-spaces-around  ")]
    public void Should_accept_an_http_or_https_address(string address)
    {
        Assert.Equal(address.Trim(), PublicAddress.SafeOrNull(address));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData(" JaVaScRiPt:alert(1)")]
    [InlineData("\u0001javascript:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.org/a")]
    [InlineData("/articles/1")]
    [InlineData("//evil.example/a")]
    [InlineData("https:evil.example")]
    [InlineData("https://")]
    [InlineData("https://exa mple.org")]
    [InlineData("https://example.org/\u0000")]
    [InlineData("")]
    [InlineData(null)]
    public void Should_refuse_any_other_address(string? address)
    {
        Assert.Null(PublicAddress.SafeOrNull(address));
        Assert.False(PublicAddress.IsSafe(address));
    }
}
