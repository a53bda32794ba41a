namespace CaseArchive.Domain.Migrations;

/// <summary>
/// The SQL files of the migrations, embedded in this assembly: Migrations/&lt;Folder&gt;/&lt;file&gt;.sql, a
/// folder per migration, a file per function (with the triggers that run it), view or set of tables.
/// A migration's files never change once it is released; a later migration that changes a function
/// has its own file for it, so the function's current SQL is in the newest folder that holds it.
/// </summary>
public static class MigrationFiles
{
    /// <summary>
    /// The text of one file. Where a function needs the redaction's case endings
    /// (Privacy/Data/name-endings.txt), <c>{ENDINGS}</c> stands for them as an array literal: they are
    /// letters only, so they stand in it as they are.
    /// </summary>
    public static string Read(string folder, string file)
    {
        var name = $"{typeof(MigrationFiles).Namespace}.{folder}.{file}";
        using var stream = typeof(MigrationFiles).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The migration file {folder}/{file} is not embedded in {typeof(MigrationFiles).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("{ENDINGS}", Endings, StringComparison.Ordinal);
    }

    private static string Endings =>
        "{" + string.Join(",", Privacy.HiddenNames.WrittenEndings.Where(e => e.All(char.IsLetter)).Distinct(StringComparer.Ordinal)) + "}";
}
