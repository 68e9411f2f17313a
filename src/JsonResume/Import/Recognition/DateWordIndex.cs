using System.Collections.Frozen;
using JsonResume.Vocabulary;

namespace JsonResume.Import.Recognition;

/// <summary>What a word around a date does.</summary>
internal enum PhraseKind
{
    Present,
    PresentWithSeparator,
    Separator,
    From,
    Since,
    Season,
}

/// <summary>The words of <see cref="DateWords"/> indexed for the date scan: sets per kind, "present" phrases by first letter.</summary>
internal static class DateWordIndex
{
    // One set per kind in its own field, not a dictionary keyed by the enum: a frozen dictionary over an enum key is a
    // generic instantiation over a value type that the .NET tool's JIT compiles at every start (ReadyToRun cannot).
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Separators = Set(t => t.Separators);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> From = Set(t => t.From);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Since = Set(t => t.Since);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Seasons = Set(t => t.Seasons);

    private static readonly FrozenDictionary<char, (string Phrase, PhraseKind Kind)[]> PresentByFirst =
        DateWords.All.SelectMany(t => t.Present.Select(p => (Phrase: p, Kind: PhraseKind.Present))
                .Concat(t.PresentWithSeparator.Select(p => (Phrase: p, Kind: PhraseKind.PresentWithSeparator))))
            .DistinctBy(p => p.Phrase, StringComparer.OrdinalIgnoreCase)
            .GroupBy(p => char.ToLowerInvariant(p.Phrase[0]))
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(p => p.Phrase.Length).ToArray());

    private static readonly string[] Symbols = [.. DateWords.SymbolSeparators.OrderByDescending(s => s.Length)];

    /// <summary>Whether a word (or short phrase) is of a kind.</summary>
    public static bool Is(ReadOnlySpan<char> word, PhraseKind kind) => kind switch
    {
        PhraseKind.Separator => Separators.Contains(word),
        PhraseKind.From => From.Contains(word),
        PhraseKind.Since => Since.Contains(word),
        PhraseKind.Season => Seasons.Contains(word),
        _ => false,
    };

    /// <summary>Whether a trimmed text is one range separator: a dash, a tilde or a word such as <c>to</c>, <c>bis</c>.</summary>
    public static bool IsSeparator(ReadOnlySpan<char> text)
    {
        foreach (var s in Symbols)
        {
            if (text.SequenceEqual(s))
            {
                return true;
            }
        }

        return Is(text, PhraseKind.Separator);
    }

    /// <summary>The end of a separator starting at a position (a symbol, or a whole separator word), or null.</summary>
    public static int? SeparatorAt(string text, int i)
    {
        var rest = text.AsSpan(i);
        foreach (var s in Symbols)
        {
            if (rest.StartsWith(s, StringComparison.Ordinal))
            {
                return i + s.Length;
            }
        }

        var end = i;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return end > i && Is(text.AsSpan(i, end - i), PhraseKind.Separator) ? end : null;
    }

    /// <summary>A "present" phrase starting at a position (the longest), ending at a word boundary.</summary>
    internal static (int End, PhraseKind Kind)? PresentAt(string text, int i)
    {
        if (!PresentByFirst.TryGetValue(char.ToLowerInvariant(text[i]), out var candidates))
        {
            return null;
        }

        var rest = text.AsSpan(i);
        foreach (var (phrase, kind) in candidates)
        {
            if (!rest.StartsWith(phrase, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var end = i + phrase.Length;
            var last = phrase[^1];
            if (last == '.' || Lexicon.IsCjk(last) || end == text.Length || !(char.IsLetterOrDigit(text[end]) || text[end] == '_'))
            {
                return (end, kind);
            }
        }

        return null;
    }

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(Func<DateWordTable, string[]> words) =>
        DateWords.All.SelectMany(words).ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
