using CaseArchive.Extraction.Text;

namespace CaseArchive.Extraction.Tests;

public class NameFoldingTests
{
    [Fact]
    public void Should_fold_three_spellings_of_sauytbay_to_one_key()
    {
        var key = NameFolding.Fold("Sayragul Sauytbay");

        Assert.Equal(key, NameFolding.Fold("Sairagul Sauytbai"));
        Assert.Equal(key, NameFolding.Fold("Сайрагүл Сауытбай"));
    }

    [Fact]
    public void Should_fold_q_and_k_together()
    {
        Assert.Equal(NameFolding.Fold("Qaster"), NameFolding.Fold("Kaster"));
        Assert.Equal(NameFolding.Fold("Qaisha Aqan"), NameFolding.Fold("Kaisha Akan"));
    }

    [Fact]
    public void Should_keep_different_names_apart()
    {
        Assert.NotEqual(NameFolding.Fold("Murager Alimuly"), NameFolding.Fold("Qaster Musakhanuly"));
    }

    [Fact]
    public void Should_give_a_latin_spelling_of_a_cyrillic_name()
    {
        Assert.Equal("elmira asubaeva", NameFolding.ToLatin("Эльмира Асубаева"));
    }

    [Fact]
    public void Should_fold_nothing_to_an_empty_key()
    {
        Assert.Equal("", NameFolding.Fold(null));
        Assert.Equal("", NameFolding.Fold("  "));
    }
}
