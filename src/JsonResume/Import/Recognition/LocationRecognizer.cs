using System.Text.RegularExpressions;
using JsonResume.Vocabulary;

namespace JsonResume.Import.Recognition;

/// <summary>
/// Recognises a place written as résumés do: <c>London, UK</c>, <c>Boston, MA</c>, <c>Toronto, Ontario, CA</c>,
/// <c>Pretoria, South Africa</c>, <c>Somerville MA USA</c>, <c>Remote</c>. Country codes are ISO 3166-1 alpha-2 and are
/// only given where the text makes the country certain.
/// </summary>
internal partial class LocationRecognizer
{
    private static readonly HashSet<string> RemoteWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "remote", "remotely", "remote work", "worldwide", "anywhere", "hybrid", "on-site", "onsite", "home office", "remoto", "télétravail",
    };

    /// <summary>
    /// Whether a text is shaped like a place name the converter may not know: a few capitalised words (with the particles
    /// of place names), no digit, no title or organisation word.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>Whether it is.</returns>
    public static bool IsPlaceShaped(string text)
    {
        if (text.Length > MaxPlaceLength || text.Any(char.IsDigit))
        {
            return false;
        }

        var words = text.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= MaxPlaceWords && words.All(w => char.IsUpper(w[0]) || PlaceParticles.Contains(w))
            && Lexicon.TitleScore(text) == 0 && Lexicon.OrganisationScore(text) == 0;
    }

    // Source: the lower-case particles inside place names of the converter's languages (Frankfurt am Main, Saint-Jean-de-Luz,
    // Châlons-en-Champagne, Boulogne-sur-Mer, Stratford-upon-Avon, Alcalá de Henares, Castel del Monte).
    private static readonly HashSet<string> PlaceParticles = ["am", "an", "de", "del", "do", "da", "en", "sur", "upon", "on"];

    /// <summary>Longest text read as a place-shaped name, in characters and in words ("Frankfurt am Main, Hessen").</summary>
    private const int MaxPlaceLength = 40, MaxPlaceWords = 4;

    /// <summary>Whether the whole text is a place, and what it says.</summary>
    /// <param name="text">The text, such as <c>Leeds, UK</c>.</param>
    /// <param name="location">The parts found.</param>
    /// <returns>Whether the text is a place.</returns>
    public static bool TryParse(string text, out LocationMatch location)
    {
        ArgumentNullException.ThrowIfNull(text);
        location = null!;
        var clean = text.Trim().Trim('(', ')', '[', ']').Trim().TrimEnd('.', ';').Trim();
        if (clean.Length is 0 or > 60 || clean.Any(char.IsDigit) && !PostalCode().IsMatch(clean))
        {
            return false;
        }

        if (RemoteWords.Contains(clean))
        {
            location = new LocationMatch(clean, null, null, null, null);
            return true;
        }

        var parts = clean.Split([',', '/', '|', '·'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 1)
        {
            return TryOnePart(clean, out location);
        }

        if (parts.Length is 0 or > 4)
        {
            return false; // nothing but separators ("/"), or too many parts for a place
        }

        string? region = null, country = null, postal = null;
        var rest = parts.AsSpan();
        var last = rest[^1];
        if (Countries.TryGetCode(last, out var cc) && !Regions.TryGetByName(last, out _))
        {
            country = cc;
            rest = rest[..^1];
        }
        else if (rest.Length >= 3 && last.Length == 2 && last.All(char.IsUpper) && Regions.TryGetByName(rest[^2], out var owner) && owner.CountryCode == last)
        {
            country = last;
            rest = rest[..^1];
        }

        if (rest.Length >= 2)
        {
            var candidate = rest[^1];
            if (ResolveRegion(candidate, out var r))
            {
                region = candidate;
                country ??= Countries.TryGetCode(candidate, out _) ? null : r.CountryCode;
                rest = rest[..^1];
            }
            else if (RegionWithPostal().Match(candidate) is { Success: true } m && Regions.TryGetByCode(m.Groups["r"].Value, out var rp))
            {
                region = rp.Code;
                postal = m.Groups["p"].Value;
                country ??= rp.CountryCode;
                rest = rest[..^1];
            }
        }

        if (rest.Length != 1 || (country is null && region is null))
        {
            return false;
        }

        var first = rest[0];
        var postalMatch = LeadingPostal().Match(first);
        if (postalMatch.Success)
        {
            postal ??= postalMatch.Groups["p"].Value;
            first = postalMatch.Groups["c"].Value.Trim();
        }

        if (!IsPlaceName(first))
        {
            return false;
        }

        location = new LocationMatch(clean, first, region, country, postal);
        return true;
    }

    /// <summary>Whether a text looks like a place name: a few capitalised words, no digits, no organisation words.</summary>
    /// <param name="text">The text.</param>
    /// <returns>Whether it does.</returns>
    public static bool IsPlaceName(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= 4
            && words.All(w => char.IsUpper(w[0]) || w is "de" or "da" or "do" or "la" or "le" or "am" or "upon" or "on" or "the" or "del" or "of")
            && words.All(w => w.All(c => char.IsLetter(c) || c is '-' or '\'' or '’' or '.'))
            && Lexicon.OrganisationScore(text) == 0 && Lexicon.TitleScore(text) == 0;
    }

    private static bool TryOnePart(string text, out LocationMatch location)
    {
        location = null!;
        if (Countries.TryGetCode(text, out var cc) && !Regions.TryGetByName(text, out _))
        {
            location = new LocationMatch(text, null, null, cc, null);
            return true;
        }

        if (Lexicon.IsKnownCity(text))
        {
            location = new LocationMatch(text, text, null, null, null);
            return true;
        }

        // "Somerville MA USA", "Boston MA": a place name followed by an upper-case region code and maybe a country.
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var n = words.Length;
        string? country = null;
        if (n >= 3 && Countries.TryGetCode(words[^1], out var tail) && words[^1].All(char.IsUpper))
        {
            country = tail;
            n--;
        }

        if (n >= 2 && words[n - 1].Length == 2 && words[n - 1].All(char.IsUpper) && Regions.TryGetByCode(words[n - 1], out var region) && region.CountryCode == "US")
        {
            var city = string.Join(' ', words[..(n - 1)]);
            if (IsPlaceName(city) && (country is not null || Lexicon.IsKnownCity(city)))
            {
                location = new LocationMatch(text, city, region.Code, country ?? (region.Code == "CA" ? null : region.CountryCode), null);
                return true;
            }
        }

        return false;
    }

    private static bool ResolveRegion(string part, out Regions.Region region)
    {
        if (part.Length <= 3 && part.All(char.IsUpper) && Regions.TryGetByCode(part, out region))
        {
            return true;
        }

        return Regions.TryGetByName(part, out region);
    }

    [GeneratedRegex(@"\b\d{4,6}\b|\b[A-Z]\d[A-Z] ?\d[A-Z]\d\b", RegexOptions.CultureInvariant)]
    private static partial Regex PostalCode();

    [GeneratedRegex(@"^(?<r>[A-Z]{2})\s+(?<p>\d{5}(?:-\d{4})?)$", RegexOptions.CultureInvariant)]
    private static partial Regex RegionWithPostal();

    [GeneratedRegex(@"^(?<p>\d{4,6})\s+(?<c>\D+)$", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingPostal();
}
