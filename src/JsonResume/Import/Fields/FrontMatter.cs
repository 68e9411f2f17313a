using System.Text;
using System.Text.Json;
using JsonResume.Diagnostics;
using JsonResume.Import.Blocks;
using JsonResume.Import.Recognition;
using JsonResume.Json;
using JsonResume.Model;
using JsonResume.Vocabulary;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace JsonResume.Import.Fields;

/// <summary>
/// YAML front matter (<c>---</c> … <c>---</c> at the top of a Markdown file), read with YamlDotNet's representation
/// model. Front matter that already holds JSON Resume fields (sections such as <c>work</c>, or <c>basics</c> fields such
/// as <c>name</c> and <c>email</c>) is taken as such; other keys (a page title, a layout) are hidden.
/// </summary>
internal static partial class FrontMatter
{
    // Every top-level property of the schema but "$schema", which a page's front matter may well hold for other reasons.
    private static readonly HashSet<string> Sections = ResumeSections.RootProperties.Where(p => p != "$schema").ToHashSet(StringComparer.Ordinal);

    // Keys that résumé and CV templates (Jekyll and Hugo themes, pandoc and R Markdown CV templates, moderncv) use in
    // front matter for the person's own details, mapped to the basics field they fill. "given" and "family" make the name.
    private static readonly Dictionary<string, string> BasicsKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["name"] = "name", ["fullname"] = "name", ["full_name"] = "name", ["full-name"] = "name",
        ["firstname"] = "given", ["first_name"] = "given", ["first-name"] = "given", ["givenname"] = "given", ["given_name"] = "given",
        ["lastname"] = "family", ["last_name"] = "family", ["last-name"] = "family", ["familyname"] = "family", ["family_name"] = "family", ["surname"] = "family",
        ["label"] = "label", ["headline"] = "label", ["jobtitle"] = "label", ["job_title"] = "label", ["tagline"] = "label",
        ["email"] = "email", ["e-mail"] = "email", ["mail"] = "email",
        ["phone"] = "phone", ["mobile"] = "phone", ["telephone"] = "phone",
        ["url"] = "url", ["website"] = "url", ["homepage"] = "url",
        ["image"] = "image", ["picture"] = "image", ["photo"] = "image", ["avatar"] = "image",
        ["summary"] = "summary", ["location"] = "location", ["address"] = "location", ["profiles"] = "profiles",
    };

    /// <summary>The 0-based index of the closing line of front matter, or -1 when the document has none.</summary>
    public static int End(IReadOnlyList<string> lines)
    {
        if (lines.Count < 2 || lines[0].Trim() != "---")
        {
            return -1;
        }

        for (var i = 1; i < Math.Min(lines.Count, 500); i++)
        {
            if (lines[i].Trim() is "---" or "...")
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Reads the front matter; returns the résumé fields it holds, or null.</summary>
    public static Resume? Read(IReadOnlyList<string> lines, int end, LineLedger ledger)
    {
        ledger.Markup(1, 1);
        ledger.Markup(end + 1, end + 1);
        var yaml = string.Join('\n', lines.Skip(1).Take(end - 1));
        var starts = new List<int> { 0 };
        for (var i = 0; i < yaml.Length; i++)
        {
            if (yaml[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        int SourceLine(long offset)
        {
            var index = starts.BinarySearch((int)Math.Clamp(offset, 0, Math.Max(0, yaml.Length - 1)));
            return (index >= 0 ? index : ~index - 1) + 2;
        }

        YamlMappingNode? root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            root = stream.Documents.Count > 0 ? stream.Documents[0].RootNode as YamlMappingNode : null;
        }
        catch (Exception e) when (e is YamlException or ArgumentException or InvalidOperationException)
        {
            // YamlDotNet's own errors, and a repeated key (its mapping is a dictionary): front matter it cannot read.
            ledger.Hide(2, end, LineDisposition.FrontMatter, $"front matter that is not valid YAML ({e.Message.Split('\n')[0]})");
            return null;
        }

        if (root is null)
        {
            ledger.Hide(2, end, LineDisposition.FrontMatter, "front matter with no fields");
            return null;
        }

        var keyStarts = root.Children.Keys.Select(k => SourceLine(k.Start.Index)).Order().ToList();

        // A top-level key's lines run to the line before the next top-level key (blank lines at the end left out).
        (int First, int Last) Span(YamlNode key, YamlNode value)
        {
            _ = value;
            var first = SourceLine(key.Start.Index);
            var next = keyStarts.FirstOrDefault(k => k > first);
            var last = next > 0 ? next - 1 : end;
            while (last > first && lines[last - 1].Trim().Length == 0)
            {
                last--;
            }

            return (first, last);
        }

        var keys = root.Children.Select(c => (c.Key as YamlScalarNode)?.Value).OfType<string>().ToList();
        var evidence = keys.Where(k => (BasicsKeys.ContainsKey(k) && Scalar(root, k) is not null) || BasicsKeys.GetValueOrDefault(k) is "location" or "profiles")
            .Select(k => BasicsKeys[k] is "given" or "family" ? "name" : BasicsKeys[k]).Distinct(StringComparer.Ordinal).Count();
        var isResume = keys.Any(Sections.Contains) || (evidence >= MinBasicsFields && keys.Any(k => BasicsKeys.GetValueOrDefault(k) is "name" or "given" or "family" or "email" or "phone"));
        if (!isResume)
        {
            ledger.Hide(2, end, LineDisposition.FrontMatter, "front matter (page settings, not résumé fields)");
            return null;
        }

        var claimedTitle = false;
        using var stream2 = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream2))
        {
            writer.WriteStartObject();
            var rows = ReadLinkRows(root);
            var basics = root.Children.Where(c => c.Key is YamlScalarNode { Value: { } k } && BasicsKeys.ContainsKey(k) && !keys.Contains("basics")).ToList();
            if (basics.Count > 0)
            {
                writer.WritePropertyName("basics");
                writer.WriteStartObject();
                var written = new HashSet<string>(StringComparer.Ordinal);
                var rowLines = rows.Keys.Select(k => Span(k, root.Children[k])).ToList();
                foreach (var (key, value) in basics)
                {
                    var field = BasicsKeys[((YamlScalarNode)key).Value!];
                    var (first, last) = Span(key, value);
                    if (field == "url" && rows.HomePage is not null && value is YamlScalarNode { Value: { } site }
                        && ProfileRecognizer.TryRecognize(site.Trim(), out var linked))
                    {
                        rows.Profiles.Insert(0, linked); // the home page key names a profile; the row has the home page
                        ledger.Claim(first, last, "/basics/profiles");
                        continue;
                    }

                    if (value is YamlScalarNode { Value: var empty } && string.IsNullOrWhiteSpace(empty))
                    {
                        ledger.Hide(first, last, LineDisposition.FrontMatter, $"front matter key \"{((YamlScalarNode)key).Value}\" is empty");
                        continue;
                    }

                    if (field is "given" or "family")
                    {
                        var name = string.Join(' ', new[] { Scalar(root, "given"), Scalar(root, "family") }.OfType<string>());
                        if (name.Length > 0 && written.Add("name"))
                        {
                            writer.WriteString("name", name);
                        }

                        ledger.Claim(first, last, "/basics/name");
                        continue;
                    }

                    if (!written.Add(field))
                    {
                        ledger.Hide(first, last, LineDisposition.FrontMatter, $"front matter key \"{((YamlScalarNode)key).Value}\" repeats a field already read");
                        continue;
                    }

                    writer.WritePropertyName(field);
                    if (field == "location")
                    {
                        WriteLocation(writer, value);
                    }
                    else if (value is YamlScalarNode { Value: { } text } && field != "profiles")
                    {
                        writer.WriteStringValue(text.Trim().TrimEnd(',', ';').Trim());
                    }
                    else
                    {
                        Write(writer, value);
                    }

                    ledger.Claim(first, last, $"/basics/{field}");
                }

                var rowProfiles = new List<ProfileMatch>();
                rows.Profiles.ForEach(p => AddProfile(rowProfiles, p));
                if (rowProfiles.Count > 0 && written.Add("profiles"))
                {
                    WriteProfiles(writer, rowProfiles);
                    rowLines.ForEach(l => ledger.Claim(l.First, l.Last, "/basics/profiles"));
                }

                if (rows.HomePage is { } home && written.Add("url"))
                {
                    writer.WriteString("url", home);
                    rowLines.ForEach(l => ledger.Claim(l.First, l.Last, "/basics/url"));
                }

                // A page title "Name - Title" (or "Title | Name") holds the label next to the name.
                if (!written.Contains("label") && Scalar(root, "title") is { } title && PersonName(root) is { } person
                    && TitleLabel(title, person) is { } label)
                {
                    writer.WriteString("label", label);
                    var titleKey = root.Children.Keys.First(k => (k as YamlScalarNode)?.Value == "title");
                    var (first, last) = Span(titleKey, root.Children[titleKey]);
                    ledger.Claim(first, last, "/basics/label");
                    claimedTitle = true;
                }

                writer.WriteEndObject();
            }

            foreach (var (key, value) in root.Children)
            {
                var name = (key as YamlScalarNode)?.Value;
                if (name is not null && Sections.Contains(name))
                {
                    writer.WritePropertyName(name);
                    Write(writer, value);
                    var (first, last) = Span(key, value);
                    ledger.Claim(first, last, "/" + name);
                }
                else if ((name is null || !BasicsKeys.ContainsKey(name) || keys.Contains("basics")) && !(name == "title" && claimedTitle) && !rows.Keys.Contains(key))
                {
                    var (first, last) = Span(key, value);
                    ledger.Hide(first, last, LineDisposition.FrontMatter, $"front matter key \"{name}\" is not a résumé field");
                }
            }

            writer.WriteEndObject();
        }

        var result = ResumeJson.Read(Encoding.UTF8.GetString(stream2.ToArray()));
        return result.Resume;
    }

    private static void Write(Utf8JsonWriter writer, YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                writer.WriteStartObject();
                foreach (var (key, value) in mapping.Children)
                {
                    writer.WritePropertyName((key as YamlScalarNode)?.Value ?? "");
                    Write(writer, value);
                }

                writer.WriteEndObject();
                break;
            case YamlSequenceNode sequence:
                writer.WriteStartArray();
                foreach (var item in sequence.Children)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case YamlScalarNode { Value: null } or YamlScalarNode { Value: "~" or "null", Style: ScalarStyle.Plain }:
                writer.WriteNullValue();
                break;
            case YamlScalarNode scalar:
                writer.WriteStringValue(scalar.Value);
                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }
}
