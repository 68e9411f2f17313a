using System.Text.RegularExpressions;
using JsonResume.Vocabulary;

namespace JsonResume.Import.Recognition;

/// <summary>
/// Recognises a postal address written on one line: a street part (a house number before or after the street name)
/// followed by the place in the two usual orders, <c>407 Main Street, Springfield, IL 62701</c> /
/// <c>407 Main Street, Springfield IL 62701</c> (United States: city, state code, ZIP code) and
/// <c>Hauptstraße 5, 10115 Berlin, Germany</c> (most of Europe: postal code before the city), with an optional country last.
/// The country code is given only when the country is named.
/// </summary>
internal static partial class PostalAddress
{
    /// <summary>Longer lines are prose, not an address.</summary>
    private const int MaxLength = 120;

    /// <summary>Whether the whole text is a postal address; the street part and the place when it is.</summary>
    public static bool TryParse(string text, out string street, out LocationMatch place)
    {
        ArgumentNullException.ThrowIfNull(text);
        street = "";
        place = null!;
        var clean = text.Trim().TrimEnd('.', ';').Trim();
        if (clean.Length > MaxLength)
        {
            return false;
        }

        // " - " between the street and the place ("12 Main Street - Springfield") separates parts as a comma does.
        var parts = DashSeparator().Replace(clean, ",").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        string? country = null;
        if (parts.Count >= 3 && Countries.TryGetCode(parts[^1], out var named) && !Regions.TryGetByName(parts[^1], out _))
        {
            country = named;
            parts.RemoveAt(parts.Count - 1);
        }

        if (parts.Count < 2 || !Street().IsMatch(parts[0]))
        {
            return parts.Count >= 1 && TryPostalInline(string.Join(", ", parts), country, out street, out place);
        }

        var last = parts[^1];
        int streetParts;
        if (RegionWithPostal().Match(last) is { Success: true } rp && Regions.TryGetByCode(rp.Groups["r"].Value, out var region)
            && parts.Count >= 3 && LocationRecognizer.IsPlaceName(parts[^2]))
        {
            place = new LocationMatch(clean, parts[^2], region.Code, country, rp.Groups["p"].Value);
            streetParts = parts.Count - 2;
        }
        else if (CityRegionPostal().Match(last) is { Success: true } crp && Regions.TryGetByCode(crp.Groups["r"].Value, out var region2)
                 && LocationRecognizer.IsPlaceName(crp.Groups["c"].Value))
        {
            place = new LocationMatch(clean, crp.Groups["c"].Value, region2.Code, country, crp.Groups["p"].Value);
            streetParts = parts.Count - 1;
        }
        else if (CityNamedRegionPostal().Match(last) is { Success: true } cnp && Regions.TryGetByName(cnp.Groups["r"].Value, out var regionNamed)
                 && LocationRecognizer.IsPlaceName(cnp.Groups["c"].Value))
        {
            place = new LocationMatch(clean, cnp.Groups["c"].Value, cnp.Groups["r"].Value, country ?? regionNamed.CountryCode, cnp.Groups["p"].Value);
            streetParts = parts.Count - 1;
        }
        else if (PostalCity().Match(last) is { Success: true } pc && LocationRecognizer.IsPlaceName(pc.Groups["c"].Value.Trim()))
        {
            place = new LocationMatch(clean, pc.Groups["c"].Value.Trim(), null, country, pc.Groups["p"].Value);
            streetParts = parts.Count - 1;
        }
        else
        {
            return TryPostalInline(string.Join(", ", parts), country, out street, out place);
        }

        street = string.Join(", ", parts.Take(streetParts));
        return streetParts > 0;
    }

    /// <summary>
    /// "Calle Mayor, 12, 3ºB 28013 Ciudad REGIÓN": the street (with a number) and the postal code, city and an upper-case or
    /// named region run on without a comma, as Spanish and Italian addresses are often written.
    /// </summary>
    private static bool TryPostalInline(string text, string? country, out string street, out LocationMatch place)
    {
        street = "";
        place = null!;
        if (StreetThenPostal().Match(text) is not { Success: true } m || !m.Groups["s"].Value.Any(char.IsDigit))
        {
            return false;
        }

        var words = m.Groups["c"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string? region = null;
        if (words.Length >= 2 && ((words[^1].Length >= 2 && words[^1].All(char.IsUpper)) || Regions.TryGetByName(words[^1], out _)))
        {
            region = words[^1];
            words = words[..^1];
        }

        var city = string.Join(' ', words);
        if (!LocationRecognizer.IsPlaceName(city))
        {
            return false;
        }

        street = m.Groups["s"].Value.TrimEnd(',', ' ');
        place = new LocationMatch(text, city, region, country, m.Groups["p"].Value);
        return true;
    }

    /// <summary>A street part: a house number first ("407 Main Street") or last ("Hauptstraße 5", "Rue X 12b").</summary>
    [GeneratedRegex(@"^(?:\d+[A-Za-z]?\s+\p{L}.*|\p{L}.*\s\d+[A-Za-z]?)$", RegexOptions.CultureInvariant)]
    private static partial Regex Street();

    [GeneratedRegex(@"^(?<r>[A-Z]{2})\s+(?<p>\d{5}(?:-\d{4})?)$", RegexOptions.CultureInvariant)]
    private static partial Regex RegionWithPostal();

    [GeneratedRegex(@"^(?<c>\p{L}[\p{L} .'-]*?)\s+(?<r>[A-Z]{2})\s+(?<p>\d{5}(?:-\d{4})?)$", RegexOptions.CultureInvariant)]
    private static partial Regex CityRegionPostal();

    [GeneratedRegex(@"^(?<p>\d{4,5})\s+(?<c>\p{L}[\p{L} .'-]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex PostalCity();

    [GeneratedRegex(@"^(?<c>\p{L}[\p{L}.'-]*(?: \p{L}[\p{L}.'-]*)?)\s+(?<r>\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?)\s+(?<p>\d{5}(?:-\d{4})?)$", RegexOptions.CultureInvariant)]
    private static partial Regex CityNamedRegionPostal();

    [GeneratedRegex(@"^(?<s>\S.*?\d\S*)[ ,]+(?<p>\d{5})\s+(?<c>\p{L}[\p{L} .'-]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex StreetThenPostal();

    [GeneratedRegex(@"\s[-–]\s", RegexOptions.CultureInvariant)]
    private static partial Regex DashSeparator();
}
