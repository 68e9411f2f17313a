using System.Text.RegularExpressions;

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

        var parts = clean.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        string? country = null;
        if (parts.Count >= 3 && Countries.TryGetCode(parts[^1], out var named) && !Regions.TryGetByName(parts[^1], out _))
        {
            country = named;
            parts.RemoveAt(parts.Count - 1);
        }

        if (parts.Count < 2 || !Street().IsMatch(parts[0]))
        {
            return false;
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
        else if (PostalCity().Match(last) is { Success: true } pc && LocationRecognizer.IsPlaceName(pc.Groups["c"].Value.Trim()))
        {
            place = new LocationMatch(clean, pc.Groups["c"].Value.Trim(), null, country, pc.Groups["p"].Value);
            streetParts = parts.Count - 1;
        }
        else
        {
            return false;
        }

        street = string.Join(", ", parts.Take(streetParts));
        return streetParts > 0;
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
}
