using System.Text;
using System.Text.Json;
using JsonResume.Diagnostics;
using JsonResume.Json;

namespace JsonResume.Cli.Common;

/// <summary>
/// Reads a configuration file with <see cref="Utf8JsonReader"/> (no reflection, nothing to load at start-up) and checks
/// it: every problem is a <see cref="DiagnosticCodes.InvalidConfiguration"/> error with its line, column and JSON
/// Pointer, and reading goes on after one, so a file with several mistakes lists them all. Comments and trailing
/// commas are allowed, as in other tools' JSON configuration files.
/// </summary>
internal sealed class RuleConfigReader
{
    /// <summary>How deep a configuration file may nest; its shape needs four levels.</summary>
    private const int MaxDepth = 64;

    private static readonly string[] TopProperties = ["$schema", "ignore", "failOn", "overrides"];
    private static readonly string[] OverrideProperties = ["files", "ignore", "failOn"];

    private readonly byte[] _bytes;
    private readonly int _start;
    private readonly List<Diagnostic> _problems = [];

    private RuleConfigReader(byte[] bytes)
    {
        _bytes = bytes;
        _start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
    }

    /// <summary>Reads a configuration file.</summary>
    /// <param name="fullPath">Its absolute path (override globs are relative to its folder).</param>
    /// <param name="bytes">Its content.</param>
    /// <param name="problems">What is wrong with it, in file order; empty when it is valid.</param>
    /// <returns>The configuration, or null when it has problems.</returns>
    public static RuleConfig? Read(string fullPath, byte[] bytes, out IReadOnlyList<Diagnostic> problems)
    {
        ArgumentNullException.ThrowIfNull(fullPath);
        ArgumentNullException.ThrowIfNull(bytes);
        var reader = new RuleConfigReader(bytes);
        var config = reader.ReadFile(fullPath);
        problems = reader._problems;
        return reader._problems.Count == 0 ? config : null;
    }

    private RuleConfig? ReadFile(string fullPath)
    {
        var json = new Utf8JsonReader(_bytes.AsSpan(_start), new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            MaxDepth = MaxDepth,
        });
        try
        {
            if (!json.Read())
            {
                Problem(0, "", "the file is empty; write {} for a configuration that changes nothing");
                return null;
            }

            if (json.TokenType != JsonTokenType.StartObject)
            {
                Problem(json.TokenStartIndex, "", $"the configuration must be a JSON object, such as {{\"ignore\": [\"JR2003\"]}}; found {ModelReader.Describe(json.TokenType)}");
                return null;
            }

            var (global, overrides, _) = ReadSettings(ref json, "", top: true);
            json.Read(); // Throws on anything after the object.
            return new RuleConfig(fullPath, global, overrides);
        }
        catch (JsonException ex)
        {
            // The reader states the line and the byte in the line; the column counts characters.
            var offset = OffsetOf((int)(ex.LineNumber ?? 0), (int)(ex.BytePositionInLine ?? 0));
            var reason = ex.Message.Split(" LineNumber:", 2)[0].Split(" Path:", 2)[0].TrimEnd();
            Problem(offset - _start, "", $"not valid JSON: {reason}");
            return null;
        }
    }

    private (RuleSettings Settings, List<RuleOverride> Overrides, List<string>? Files) ReadSettings(ref Utf8JsonReader json, string pointer, bool top)
    {
        var objectStart = json.TokenStartIndex;
        var known = top ? TopProperties : OverrideProperties;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var ignore = new HashSet<string>(StringComparer.Ordinal);
        FailOn? failOn = null;
        List<RuleOverride> overrides = [];
        List<string>? files = null;
        while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
        {
            var name = json.GetString()!;
            var nameStart = json.TokenStartIndex;
            var at = JsonPointer.Append(pointer, name);
            json.Read();
            if (!known.Contains(name, StringComparer.Ordinal))
            {
                var close = NameSuggestion.Closest(name, known, 2);
                Problem(nameStart, at, $"unknown property \"{name}\"" + (close is null ? "" : $" (did you mean \"{close}\"?)") +
                    $"; {(top ? "a configuration" : "an override")} has {string.Join(", ", known.Select(k => $"\"{k}\""))}");
                json.Skip();
                continue;
            }

            if (!seen.Add(name))
            {
                Problem(nameStart, at, $"\"{name}\" is given twice; give it once");
                json.Skip();
                continue;
            }

            switch (name)
            {
                case "ignore":
                    ReadStrings(ref json, at, "rule codes, such as [\"JR2003\"]", (text, start, itemPointer) =>
                    {
                        if (RuleCodes.TryReadIgnorable(text, out var code, out var problem))
                        {
                            ignore.Add(code);
                        }
                        else
                        {
                            Problem(start, itemPointer, problem);
                        }
                    });
                    break;
                case "failOn":
                    failOn = ReadFailOn(ref json, at);
                    break;
                case "overrides":
                    ReadOverrides(ref json, at, overrides);
                    break;
                case "files":
                    var globs = new List<string>();
                    files = globs;
                    ReadStrings(ref json, at, "globs, such as [\"legacy/*.json\"]", (text, start, itemPointer) =>
                    {
                        if (string.IsNullOrWhiteSpace(text) || Path.IsPathRooted(text) || text.Split('/', '\\').Contains(".."))
                        {
                            Problem(start, itemPointer, $"\"{text}\" is not a glob relative to the configuration file's folder (such as \"legacy/*.json\" or \"**/*.resume.json\")");
                        }
                        else
                        {
                            globs.Add(text);
                        }
                    });
                    break;
                default: // $schema: names the file's schema for editors; any string.
                    if (json.TokenType != JsonTokenType.String)
                    {
                        Problem(json.TokenStartIndex, at, $"\"$schema\" must be a string; found {ModelReader.Describe(json.TokenType)}");
                        json.Skip();
                    }

                    break;
            }
        }

        if (!top && !seen.Contains("files"))
        {
            Problem(objectStart, pointer, "an override needs \"files\": the globs of the files it applies to, such as [\"legacy/*.json\"]");
        }

        return (new RuleSettings(ignore, failOn), overrides, files);
    }

    private void ReadOverrides(ref Utf8JsonReader json, string pointer, List<RuleOverride> overrides)
    {
        if (json.TokenType != JsonTokenType.StartArray)
        {
            Problem(json.TokenStartIndex, pointer, $"\"overrides\" must be an array of objects, such as [{{\"files\": [\"legacy/*.json\"], \"ignore\": [\"JR2005\"]}}]; found {ModelReader.Describe(json.TokenType)}");
            json.Skip();
            return;
        }

        var index = 0;
        while (json.Read() && json.TokenType != JsonTokenType.EndArray)
        {
            var at = JsonPointer.Append(pointer, index++);
            if (json.TokenType != JsonTokenType.StartObject)
            {
                Problem(json.TokenStartIndex, at, $"an override must be an object with \"files\"; found {ModelReader.Describe(json.TokenType)}");
                json.Skip();
                continue;
            }

            var (settings, _, files) = ReadSettings(ref json, at, top: false);
            if (files is { Count: > 0 })
            {
                overrides.Add(new RuleOverride(files, settings));
            }
        }
    }

    private FailOn? ReadFailOn(ref Utf8JsonReader json, string pointer)
    {
        var names = string.Join(" or ", ChoiceOption<FailOn>.Names.Select(n => $"\"{n}\""));
        if (json.TokenType != JsonTokenType.String)
        {
            Problem(json.TokenStartIndex, pointer, $"\"failOn\" must be {names}; found {ModelReader.Describe(json.TokenType)}");
            json.Skip();
            return null;
        }

        var text = json.GetString()!;
        foreach (var value in Enum.GetValues<FailOn>())
        {
            if (ChoiceOption<FailOn>.NameOf(value) == text)
            {
                return value;
            }
        }

        Problem(json.TokenStartIndex, pointer, $"\"failOn\" must be {names}; found \"{text}\"");
        return null;
    }

    private delegate void StringItem(string text, long start, string pointer);

    private void ReadStrings(ref Utf8JsonReader json, string pointer, string what, StringItem item)
    {
        var name = pointer[(pointer.LastIndexOf('/') + 1)..];
        if (json.TokenType != JsonTokenType.StartArray)
        {
            Problem(json.TokenStartIndex, pointer, $"\"{name}\" must be an array of {what}; found {ModelReader.Describe(json.TokenType)}");
            json.Skip();
            return;
        }

        var index = 0;
        while (json.Read() && json.TokenType != JsonTokenType.EndArray)
        {
            var at = JsonPointer.Append(pointer, index++);
            if (json.TokenType == JsonTokenType.String)
            {
                item(json.GetString()!, json.TokenStartIndex, at);
            }
            else
            {
                Problem(json.TokenStartIndex, at, $"each item of \"{name}\" must be a string; found {ModelReader.Describe(json.TokenType)}");
                json.Skip();
            }
        }
    }

    /// <summary>The byte offset of a 0-based line and byte in that line (as <see cref="JsonException"/> states them).</summary>
    private int OffsetOf(int line, int byteInLine)
    {
        var offset = _start;
        for (var l = 0; l < line && offset < _bytes.Length; offset++)
        {
            if (_bytes[offset] == (byte)'\n')
            {
                l++;
            }
        }

        return offset + byteInLine;
    }

    private void Problem(long offsetAfterBom, string pointer, string message)
    {
        var position = TextPosition.FromUtf8Offset(_bytes, offsetAfterBom + _start);
        _problems.Add(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.InvalidConfiguration, message) { InstanceLocation = pointer }.At(position));
    }
}
