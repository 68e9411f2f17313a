using System.Text;
using System.Text.RegularExpressions;
using JsonResume.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace JsonResume.Json;

/// <summary>
/// Reads a YAML résumé into a <see cref="YamlSource"/>: the same document as JSON text, and where each of its values
/// stands in the YAML. YamlDotNet's parser gives the events (no reflection: trim- and AOT-safe); this class decides
/// what they mean (<see cref="YamlScalars"/>), resolves aliases within limits, and turns every problem into a
/// diagnostic at its line:column in the YAML. Never throws on bad input.
/// </summary>
internal static partial class YamlReader
{
    /// <summary>
    /// The most JSON values all aliases together may copy. A résumé that reuses an address or a list of skills copies
    /// a few dozen; a "billion laughs" document (aliases of aliases, each level multiplying the last) would copy
    /// billions, and is stopped at the alias that passes this limit, before anything is copied.
    /// </summary>
    public const int MaxAliasedValues = 100_000;

    private const string CoreTagPrefix = "tag:yaml.org,2002:";

    /// <summary>Reads YAML bytes (UTF-8, or UTF-16/32 with a byte order mark; the size limit as for JSON).</summary>
    /// <param name="input">The raw bytes.</param>
    /// <param name="source">The document, when there is one.</param>
    /// <param name="failure">Why there is none: not text, empty, broken syntax, several documents, a bad alias, too deep.</param>
    /// <param name="findings">Errors that do not stop reading (an unsupported tag, a mapping as a key, a lone surrogate), placed.</param>
    /// <returns>Whether the input is one YAML document.</returns>
    public static bool TryRead(ReadOnlyMemory<byte> input, out YamlSource? source, out Diagnostic? failure, List<Diagnostic> findings)
    {
        source = null;
        if (!JsonInput.TryGetUtf8(input, out var utf8, out failure))
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(utf8.Span);
        var state = new State(text);
        YamlSourceNode? root;
        try
        {
            root = state.Read();
        }
        catch (YamlException ex)
        {
            failure = new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.YamlSyntax, $"Invalid YAML: {ParserMessage(ex.Message)}")
            {
                Hint = "Check the indentation, a missing space after ':' or '-', and quotes around values that hold ': ' or start with a special character.",
            }.At(YamlSource.PositionOf(text, (int)Math.Clamp(ex.Start.Index, 0, text.Length)));
            return false;
        }

        if (state.Failure is { } stop)
        {
            failure = stop.Diagnostic.At(YamlSource.PositionOf(text, stop.Index));
            return false;
        }

        if (root is null)
        {
            failure = new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.EmptyDocument, "The YAML document is empty (nothing but white space or comments); a résumé is a mapping.")
            {
                Hint = "Start from `jsonresume init`, or write {} for an empty résumé.",
            }.At(new TextPosition(1, 1));
            return false;
        }

        source = new YamlSource(text, root);
        findings.AddRange(source.Place(state.Findings));
        return true;
    }

    /// <summary>The parser's message without its own position (we give line:column), as one sentence.</summary>
    private static string ParserMessage(string message)
    {
        message = ParserPosition().Replace(message, "").Trim();
        message = message.Length == 0 ? "the parser stopped here" : char.ToLowerInvariant(message[0]) + message[1..];
        return message.EndsWith('.') ? message : message + ".";
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*", RegexOptions.CultureInvariant)]
    private static partial Regex ParserPosition();

    /// <summary>One reading: the parser's events folded into nodes, with the anchors seen so far.</summary>
    private sealed class State(string text)
    {
        private readonly Dictionary<string, YamlSourceNode> anchors = new(StringComparer.Ordinal);
        private readonly HashSet<string> open = new(StringComparer.Ordinal);
        private readonly Stack<Frame> frames = new();
        private long copied;
        private YamlSourceNode? root;

        /// <summary>What stopped the reading, with the character index it is about.</summary>
        public (Diagnostic Diagnostic, int Index)? Failure { get; private set; }

        /// <summary>Errors that do not stop the reading, with their character index.</summary>
        public List<(Diagnostic Diagnostic, int Index)> Findings { get; } = [];

        public YamlSourceNode? Read()
        {
            var parser = new Parser(new Scanner(new StringReader(text), skipComments: true));
            var documents = 0;
            while (Failure is null && parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case DocumentStart start:
                        if (++documents > 1)
                        {
                            Stop(DiagnosticCodes.YamlMultipleDocuments, Index(start.Start),
                                "The YAML file holds more than one document ('---' starts another one); a résumé is one document.",
                                "Keep one résumé per file: remove the '---' line and what follows, or move it to a file of its own.");
                        }

                        break;
                    case Scalar scalar:
                        Add(ReadScalar(scalar), scalar.Anchor);
                        break;
                    case SequenceStart sequence:
                        Open(new YamlSourceNode { Type = YamlSourceNodeType.Sequence, Index = Index(sequence.Start) }, sequence, YamlSourceNodeType.Sequence);
                        break;
                    case MappingStart mapping:
                        Open(new YamlSourceNode { Type = YamlSourceNodeType.Mapping, Index = Index(mapping.Start) }, mapping, YamlSourceNodeType.Mapping);
                        break;
                    case SequenceEnd or MappingEnd:
                        Close();
                        break;
                    case AnchorAlias alias:
                        Alias(alias);
                        break;
                }
            }

            return Failure is null ? root : null;
        }

        private int Index(Mark mark) => (int)Math.Clamp(mark.Index, 0, text.Length);

        private void Stop(string code, int index, string message, string? hint = null) =>
            Failure ??= (new Diagnostic(DiagnosticSeverity.Error, code, message) { Hint = hint }, index);

        private void Report(int index, string message, string? hint = null) =>
            Findings.Add((new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.YamlUnsupported, message) { Hint = hint }, index));

        private YamlSourceNode ReadScalar(Scalar scalar)
        {
            var index = Index(scalar.Start);
            var value = WithoutLoneSurrogates(scalar.Value, index);
            var plain = scalar.Style == ScalarStyle.Plain;
            var kind = plain ? YamlScalars.ResolvePlain(value) : YamlScalars.Kind.String;
            if (!scalar.Tag.IsEmpty && !scalar.Tag.IsNonSpecific)
            {
                kind = Tagged(scalar.Tag.Value, value, plain ? kind : YamlScalars.ResolvePlain(value), index);
            }
            else if (scalar.Tag.IsNonSpecific)
            {
                kind = YamlScalars.Kind.String; // '!' asks for a string whatever the text
            }

            return new YamlSourceNode { Type = YamlSourceNodeType.Scalar, Value = value, Kind = kind, Index = index, Size = 1 };
        }

        /// <summary>A standard tag decides the type when the text is a JSON value of that type; any other tag is an error.</summary>
        private YamlScalars.Kind Tagged(string tag, string value, YamlScalars.Kind asPlain, int index)
        {
            var wanted = tag.StartsWith(CoreTagPrefix, StringComparison.Ordinal) ? tag[CoreTagPrefix.Length..] : null;
            var fits = wanted switch
            {
                "str" => true,
                "null" => asPlain == YamlScalars.Kind.Null,
                "bool" => asPlain is YamlScalars.Kind.True or YamlScalars.Kind.False,
                "int" or "float" => asPlain == YamlScalars.Kind.Number,
                _ => false,
            };
            if (fits)
            {
                return wanted == "str" ? YamlScalars.Kind.String : asPlain;
            }

            Report(index, wanted is "null" or "bool" or "int" or "float"
                    ? $"The value is tagged !!{wanted}, but \"{value}\" is not a JSON {(wanted is "int" or "float" ? "number" : wanted)}; it was read as a string."
                    : $"The tag {Shorten(tag)} has no meaning in a JSON Resume document; the value was read as a string.",
                "Remove the tag: a résumé's values are strings, numbers, booleans, null, mappings and sequences.");
            return YamlScalars.Kind.String;
        }

        private static string Shorten(string tag) =>
            tag.StartsWith(CoreTagPrefix, StringComparison.Ordinal) ? "!!" + tag[CoreTagPrefix.Length..] : tag.StartsWith('!') ? tag : $"!<{tag}>";

        private string WithoutLoneSurrogates(string value, int index)
        {
            char[]? copy = null;
            for (var i = 0; i < value.Length; i++)
            {
                if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    i++;
                }
                else if (char.IsSurrogate(value[i]))
                {
                    Findings.Add((new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.LoneSurrogate,
                        $"\"\\u{(int)value[i]:x4}\" is half of a UTF-16 surrogate pair without its other half: not a Unicode character, so no UTF-8 file can hold it; it was read as U+FFFD.")
                    {
                        Hint = "Remove the escape, or write the whole pair (\\ud83d\\ude00 for 😀) or the character itself.",
                    }, index));
                    (copy ??= value.ToCharArray())[i] = '\uFFFD';
                }
            }

            return copy is null ? value : new string(copy);
        }

        private void Open(YamlSourceNode node, NodeEvent start, YamlSourceNodeType type)
        {
            if (frames.Count + 1 > Limits.MaxDepth)
            {
                Stop(DiagnosticCodes.TooDeep, node.Index, $"The document nests deeper than {Limits.MaxDepth} levels.");
                return;
            }

            if (!start.Tag.IsEmpty && !start.Tag.IsNonSpecific && start.Tag.Value != CoreTagPrefix + (type == YamlSourceNodeType.Mapping ? "map" : "seq"))
            {
                Report(node.Index, $"The tag {Shorten(start.Tag.Value)} has no meaning in a JSON Resume document; the {(type == YamlSourceNodeType.Mapping ? "mapping" : "sequence")} was read without it.",
                    "Remove the tag.");
            }

            var anchor = start.Anchor.IsEmpty ? null : start.Anchor.Value;
            if (anchor is not null)
            {
                open.Add(anchor);
            }

            frames.Push(new Frame(node, anchor));
        }

        private void Close()
        {
            var frame = frames.Pop();
            var node = frame.Node;
            long size = 1;
            var height = 0;
            foreach (var item in node.Items)
            {
                size += item.Size;
                height = Math.Max(height, item.Height);
            }

            node.Size = size;
            node.Height = height + 1;
            if (frame.Anchor is not null)
            {
                open.Remove(frame.Anchor);
            }

            Add(node, frame.Anchor);
        }

        private void Add(YamlSourceNode node, AnchorName anchor) => Add(node, anchor.IsEmpty ? null : anchor.Value);

        private void Add(YamlSourceNode node, string? anchor)
        {
            if (anchor is not null)
            {
                anchors[anchor] = node; // a later anchor of the same name replaces the earlier one (YAML's rule)
            }

            if (frames.Count == 0)
            {
                root ??= node;
                return;
            }

            var frame = frames.Peek();
            if (frame.Node.Type == YamlSourceNodeType.Sequence)
            {
                frame.Node.Items.Add(node);
                return;
            }

            if (frame.Key is null)
            {
                frame.Key = node;
                return;
            }

            var key = frame.Key;
            frame.Key = null;
            if (key.Resolved.Type != YamlSourceNodeType.Scalar)
            {
                Report(key.Index, $"A key is a {(key.Resolved.Type == YamlSourceNodeType.Mapping ? "mapping" : "sequence")}; JSON property names are strings, so this entry was left out.",
                    "Write the key as plain text.");
                return;
            }

            frame.Node.Items.Add(key);
            frame.Node.Items.Add(node);
        }

        private void Alias(AnchorAlias alias)
        {
            var index = Index(alias.Start);
            var name = alias.Value.Value;
            if (open.Contains(name))
            {
                Stop(DiagnosticCodes.YamlAlias, index, $"The alias *{name} refers to the node that contains it: a cycle, which JSON cannot hold.",
                    "Copy the values instead of the alias.");
                return;
            }

            if (!anchors.TryGetValue(name, out var target))
            {
                Stop(DiagnosticCodes.YamlAlias, index, $"The alias *{name} refers to no anchor &{name} before it.",
                    $"Define &{name} on an earlier value, or correct the name.");
                return;
            }

            copied += target.Size;
            if (copied > MaxAliasedValues)
            {
                Stop(DiagnosticCodes.YamlAlias, index,
                    $"The aliases copy more than {MaxAliasedValues:N0} values (this one, *{name}, alone stands for {target.Size:N0}); a résumé needs a few dozen, so the document is not read.",
                    "Check that this is a résumé: aliases of aliases multiply (an \"alias bomb\").");
                return;
            }

            if (frames.Count + target.Height > Limits.MaxDepth)
            {
                Stop(DiagnosticCodes.TooDeep, index, $"The document nests deeper than {Limits.MaxDepth} levels (with *{name} expanded).");
                return;
            }

            Add(new YamlSourceNode { Type = YamlSourceNodeType.Alias, Target = target, Index = index, Size = target.Size, Height = target.Height }, (string?)null);
        }

        private sealed class Frame(YamlSourceNode node, string? anchor)
        {
            public YamlSourceNode Node { get; } = node;

            public string? Anchor { get; } = anchor;

            /// <summary>In a mapping: the key read, waiting for its value.</summary>
            public YamlSourceNode? Key { get; set; }
        }
    }
}
