using System.Text.Json;
using JsonResume.Import.Recognition;
using JsonResume.Vocabulary;
using YamlDotNet.RepresentationModel;

namespace JsonResume.Import.Fields;

/// <summary>The person's details in front matter: names in parts, a page title holding the label, a location.</summary>
internal static partial class FrontMatter
{
    /// <summary>Fewer basics fields than this (a page title and a layout) is page settings, not a person's details.</summary>
    private const int MinBasicsFields = 2;

    /// <summary>A non-empty scalar value under one of the keys that map to <paramref name="field"/> (or under that key).</summary>
    private static string? Scalar(YamlMappingNode root, string field)
    {
        foreach (var (key, value) in root.Children)
        {
            if (key is YamlScalarNode { Value: { } k } && (k == field || BasicsKeys.GetValueOrDefault(k) == field)
                && value is YamlScalarNode { Value: { } v } && v.Trim().Length > 0 && v.Trim() is not ("~" or "null"))
            {
                return v.Trim().TrimEnd(',', ';').Trim();
            }
        }

        return null;
    }

    private static string? PersonName(YamlMappingNode root) =>
        Scalar(root, "name") ?? (Scalar(root, "given") is { } g && Scalar(root, "family") is { } f ? g + " " + f : null);

    /// <summary>"Name - Title" / "Title | Name": the part of a page title that is not the name, when one part is it.</summary>
    private static string? TitleLabel(string title, string person)
    {
        foreach (var separator in new[] { " - ", " – ", " — ", " | ", ": " })
        {
            var parts = title.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 2)
            {
                if (string.Equals(parts[0], person, StringComparison.OrdinalIgnoreCase))
                {
                    return parts[1];
                }

                if (string.Equals(parts[1], person, StringComparison.OrdinalIgnoreCase))
                {
                    return parts[0];
                }
            }
        }

        return null;
    }

    /// <summary>A location as a mapping (<c>city</c>, <c>country</c>, <c>region</c>…) or as one line ("City, Country").</summary>
    private static void WriteLocation(Utf8JsonWriter writer, YamlNode node)
    {
        writer.WriteStartObject();
        if (node is YamlMappingNode mapping)
        {
            foreach (var (key, value) in mapping.Children)
            {
                if (key is not YamlScalarNode { Value: { } k } || value is not YamlScalarNode { Value: { } raw } || raw.Trim().TrimEnd(',').Trim() is not { Length: > 0 } v)
                {
                    continue;
                }

                switch (k.ToLowerInvariant())
                {
                    case "city" or "town":
                        writer.WriteString("city", v);
                        break;
                    case "region" or "state" or "province":
                        writer.WriteString("region", v);
                        break;
                    case "address" or "street":
                        writer.WriteString("address", v);
                        break;
                    case "postalcode" or "postal_code" or "postcode" or "zip":
                        writer.WriteString("postalCode", v);
                        break;
                    case "country" or "countrycode" or "country_code":
                        if (Countries.TryGetCode(v, out var code))
                        {
                            writer.WriteString("countryCode", code);
                        }
                        else if (v.Length == 2 && v.All(char.IsAsciiLetterUpper))
                        {
                            writer.WriteString("countryCode", v);
                        }

                        break;
                }
            }
        }
        else if (node is YamlScalarNode { Value: { } line } && LocationRecognizer.TryParse(line.Trim(), out var match))
        {
            WriteIf(writer, "postalCode", match.PostalCode);
            WriteIf(writer, "city", match.City);
            WriteIf(writer, "region", match.Region);
            WriteIf(writer, "countryCode", match.CountryCode);
        }

        writer.WriteEndObject();
    }

    private static void WriteIf(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
