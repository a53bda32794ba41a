namespace CaseArchive.Web.Infrastructure;

/// <summary>
/// A list of keys for a hot statement's <c>id = ANY(@ids)</c>, padded so that PostgreSQL plans the
/// statement once per connection instead of on every run.
/// </summary>
/// <remarks>
/// A prepared statement is planned with its values for its first five runs; after that PostgreSQL
/// keeps one generic plan when it looks no dearer than those five did. A generic plan takes a list
/// parameter to hold 10 keys, while a custom plan counts the keys it was given, so a statement that
/// is usually given two or three (a search's page of rows) always looks cheaper planned anew, and is
/// planned anew every time, planning taking longer than the work.
/// With the list padded to <see cref="AtLeast"/> keys, every custom plan looks dearer than the
/// generic one, which is then kept. The padding is zeros: no row has the key 0
/// (every key is an identity from 1), and the index scan looks the repeated key up once.
/// </remarks>
public static class PlanKeys
{
    /// <summary>More than the 10 keys a generic plan assumes a list holds.</summary>
    public const int AtLeast = 16;

    /// <summary>The keys in their order, then zeros up to <see cref="AtLeast"/>.</summary>
    public static int[] Of(IEnumerable<int> keys)
    {
        var list = keys.ToList();
        if (list.Contains(0))
        {
            throw new ArgumentException("A key list for PlanKeys must not hold 0, which it pads with.", nameof(keys));
        }
        var padded = new int[Math.Max(list.Count, AtLeast)];
        list.CopyTo(padded);
        return padded;
    }
}
