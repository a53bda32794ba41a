using System.Reflection;

namespace CaseArchive.Extraction;

/// <summary>A place the gazetteer knows: a town with its region and country, or a country alone (Town null).</summary>
public sealed record Place(string? Town, string? Region, string Country);

/// <summary>
/// Towns and countries the cases reach, kept as data (Data/gazetteer.tsv, Data/countries.tsv)
/// so an editor can add a town without touching code. Lookups fold case and spelling.
/// </summary>
public static class Gazetteer
{
    private static readonly Dictionary<string, Place> Towns = new(StringComparer.OrdinalIgnoreCase);
    private static readonly Dictionary<string, string> Countries = new(StringComparer.OrdinalIgnoreCase);
    private static readonly Dictionary<string, string> Demonyms = new(StringComparer.OrdinalIgnoreCase);

    // Regions that claims name as a place ("held in a camp in Xinjiang").
    private static readonly Dictionary<string, Place> Regions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Xinjiang"] = new(null, "Xinjiang", "China"),
        ["Синьцзян"] = new(null, "Xinjiang", "China"),
        ["Синьцзяне"] = new(null, "Xinjiang", "China"),
        ["Синьцзяна"] = new(null, "Xinjiang", "China"),
        ["East Turkestan"] = new(null, "Xinjiang", "China"),
        ["Chechnya"] = new(null, "Chechnya", "Russia"),
        ["Чечня"] = new(null, "Chechnya", "Russia"),
        ["Чечни"] = new(null, "Chechnya", "Russia"),
        ["Чечне"] = new(null, "Chechnya", "Russia"),
        ["Ingushetia"] = new(null, "Ingushetia", "Russia"),
        ["Ингушетия"] = new(null, "Ingushetia", "Russia"),
        ["Ингушетии"] = new(null, "Ingushetia", "Russia"),
    };

    static Gazetteer()
    {
        foreach (var fields in ReadTable("gazetteer.tsv"))
        {
            var place = new Place(fields[0], fields[1], fields[2]);
            Towns[fields[0]] = place;
            foreach (var alias in Aliases(fields, 3))
            {
                Towns.TryAdd(alias, place);
            }
        }
        foreach (var fields in ReadTable("countries.tsv"))
        {
            Countries[fields[0]] = fields[0];
            foreach (var alias in Aliases(fields, 1))
            {
                Countries.TryAdd(alias, fields[0]);
            }
            if (fields.Length > 2)
            {
                Demonyms[fields[2]] = fields[0];
            }
        }
    }

    private static string[] Aliases(string[] fields, int index) =>
        fields.Length > index ? fields[index].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];

    private static IEnumerable<string[]> ReadTable(string name)
    {
        var assembly = typeof(Gazetteer).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith(name, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            yield return line.Split('\t');
        }
    }

    /// <summary>A town by its name or an alias ("Nur-Sultan", "Жаркент", "Panfilov"), or null.</summary>
    public static Place? FindTown(string name) => Towns.GetValueOrDefault(name.Trim());

    /// <summary>A country by its name or adjective ("Kazakh", "Chinese", "Китае"), or null.</summary>
    public static string? FindCountry(string name) => Countries.GetValueOrDefault(name.Trim());

    /// <summary>A town, a region or a country by name.</summary>
    public static Place? FindPlace(string name)
    {
        var trimmed = name.Trim();
        if (FindTown(trimmed) is { } town)
        {
            return town;
        }
        if (Regions.TryGetValue(trimmed, out var region))
        {
            return region;
        }
        return FindCountry(trimmed) is { } country ? new Place(null, null, country) : null;
    }

    /// <summary>Whether a capitalised word names a place or a people: such words are never part of a person's name.</summary>
    public static bool IsPlaceWord(string word) =>
        Towns.ContainsKey(word) || Countries.ContainsKey(word) || Regions.ContainsKey(word) || Demonyms.ContainsKey(word);
}
