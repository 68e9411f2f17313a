using System.Collections.Frozen;
using System.Text;

namespace JsonResume.Import.Recognition;

/// <summary>
/// Splits a list of skills or interests into items: at commas, semicolons, middle dots, bullets, bars and column gaps
/// (never inside parentheses); a list written with spaces only (<c>Python Machine Learning Git</c>) is split into words
/// that are joined back where they read as one term: lower-case continuations (<c>Machine learning</c>), version numbers
/// (<c>HTML 5</c>), connectors (<c>Ruby on Rails</c>) and common two-word terms (<c>Data Science</c>, <c>Load Testing</c>).
/// </summary>
internal partial class KeywordSplitter
{
    private static readonly FrozenSet<string> SecondWords = new[]
    {
        "learning", "science", "sciences", "structures", "structure", "development", "management", "engineering", "analysis", "analytics",
        "processing", "design", "testing", "intelligence", "vision", "mining", "modeling", "modelling", "visualization", "visualisation",
        "computing", "networking", "security", "pi", "services", "administration", "integration", "architecture", "programming",
        "hacking", "writing", "speaking", "process", "api", "apis", "core", "studio", "native", "end", "stack",
        "language", "languages", "control", "automation", "optimization", "optimisation", "recognition", "systems", "system", "graphics",
        "theory", "assembly", "os", "methods", "methodologies", "methodology", "communication", "leadership", "planning", "ops", "framework",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> NotFirstWords = new[] { "and", "or", "with", "the", "a", "an" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Connectors = new[] { "on", "of", "and", "&", "for", "with", "de", "in", "to", "du", "da" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // With the ideographic and full-width comma, semicolon and bar that CJK text writes. A slash joins alternatives inside an item ("CI/CD"); a spaced one separates items (below).
    private static readonly char[] ItemSeparators = [',', ';', '·', '•', '|', '\t', '⋅', '∙', '、', '，', '；', '｜'];

    /// <summary>The items of a list split only at its separators (commas, semicolons, middle dots…, never at spaces).</summary>
    /// <param name="text">The list as written.</param>
    /// <returns>The items, trimmed, in order; one item when the text holds no separator.</returns>
    public static List<string> SplitAtSeparators(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return SplitTopLevel(text.Trim().TrimEnd('.'), ItemSeparators);
    }

    /// <summary>The items of a list.</summary>
    /// <param name="text">The list as written.</param>
    /// <returns>The items, trimmed, in order.</returns>
    public static List<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim().TrimEnd('.');
        var hasSeparators = TopLevel(trimmed).Any(ItemSeparators.Contains);
        if (hasSeparators)
        {
            var items = SplitTopLevel(trimmed, ItemSeparators);
            if (!items.Any(i => SpaceWords.Count(i) > 6))
            {
                return items;
            }

            // Commas inside a list written with spaces ("Shibboleth, CAS & SAML Credential Management …"): the commas
            // belong to items, the spaces separate them.
        }

        if (trimmed.Contains(" / ", StringComparison.Ordinal))
        {
            return SplitTopLevel(trimmed.Replace(" / ", "|", StringComparison.Ordinal), ['|']);
        }

        return SpaceSeparated(trimmed);
    }

    private static IEnumerable<char> TopLevel(string text)
    {
        var depth = 0;
        foreach (var c in text)
        {
            depth += c is '(' or '[' or '{' ? 1 : c is ')' or ']' or '}' ? -1 : 0;
            if (depth == 0)
            {
                yield return c;
            }
        }
    }

    private static List<string> SplitTopLevel(string text, char[] separators)
    {
        var items = new List<string>();
        var current = new StringBuilder();
        var depth = 0;
        foreach (var c in text)
        {
            depth += c is '(' or '[' ? 1 : c is ')' or ']' ? -1 : 0;
            if (depth <= 0 && separators.Contains(c))
            {
                Add(items, current.ToString());
                current.Clear();
                continue;
            }

            current.Append(c);
        }

        Add(items, current.ToString());
        return items;
    }

    private static void Add(List<string> items, string item)
    {
        var t = item.Trim().Trim('.', '-', '–', '*', '_').Trim();
        if (t.StartsWith("and ", StringComparison.OrdinalIgnoreCase))
        {
            t = t[4..].Trim();
        }

        if (t.Length > 0)
        {
            items.Add(t);
        }
    }

    private static List<string> SpaceSeparated(string text)
    {
        var words = Tokens(text);
        var items = new List<List<string>>();
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            var previous = items.Count > 0 ? items[^1][^1] : "";
            var joinPrevious = items.Count > 0 && (
                w.StartsWith('(')
                || IsLowerContinuation(w, items[^1][0])
                || IsVersion(w)
                || (Connectors.Contains(previous) && !Connectors.Contains(w))
                || (Connectors.Contains(w) && i + 1 < words.Count)
                || (SecondWords.Contains(w) && IsWord(previous) && !NotFirstWords.Contains(previous) && items[^1].Count == 1));
            if (joinPrevious)
            {
                items[^1].Add(w);
            }
            else
            {
                items.Add([w]);
            }
        }

        return items.Select(i => string.Join(' ', i).Trim().TrimEnd(',', ';').Trim()).Where(i => i.Length > 0).ToList();
    }

    /// <summary>Words, with a parenthesised group kept as one token.</summary>
    private static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        var depth = 0;
        foreach (var c in text)
        {
            depth += c is '(' or '[' ? 1 : c is ')' or ']' ? -1 : 0;
            if (c == ' ' && depth <= 0)
            {
                if (current.Length > 0)
                {
                    tokens.Add(current.ToString());
                    current.Clear();
                }

                continue;
            }

            current.Append(c);
        }

        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
        }

        return tokens;
    }

    /// <summary>A lower-case English word continuing a term begun with a capital ("Manual testing", "Bug lifecycle");
    /// lower-case tool names ("pandas", "npm") are not continuations.</summary>
    private static bool IsLowerContinuation(string word, string itemStart)
    {
        var w = word.TrimEnd(',', '.', ';');
        return w.Length > 3 && w.All(c => char.IsLower(c) || c == '-') && char.IsUpper(itemStart[0]) && EnglishEnding().IsMatch(w);
    }

    private static bool IsVersion(string word) => word.Length <= 4 && word.All(c => char.IsDigit(c) || c == '.') && char.IsDigit(word[0]);

    private static bool IsWord(string word) => word.Length > 1 && word.All(char.IsLetter);

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:ing|tion|sion|ment|ness|ity|ies|ance|ence|ogy|ure|cle|ics|ship|ers|ools|ems|ches|ledge|work|ware|ices|ises|izes)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex EnglishEnding();
}
