using System.Text.Json.Nodes;
using FsCheck.Fluent;
using FsCheck;
using JsonResume.FsCheck;
using JsonResume.Import;
using JsonResume.Json;
using JsonResume.Layout;
using JsonResume.Model;
using JsonResume.Render;
using JsonResume.RoundTrip;
using JsonResume.Tests.Support;

namespace JsonResume.Tests.RoundTrip;

/// <summary>
/// For every schema-valid résumé r (from <see cref="ResumeGenerators"/>): ReadMarkdown(ToMarkdown(r)) and
/// ReadText(ToText(r)) equal r exactly when its text already follows the white-space rule, and
/// <see cref="WhitespaceRule.Normalize(Resume)"/> of r for any text, in every language the renderers write (each case
/// draws one of the eleven, so the case count stays as it was). 1,000 cases each; JSONRESUME_PROPERTY_RUNS=10000 for more.
/// One subclass per format, so that xunit runs the two formats' properties (the suite's longest) in parallel.
/// </summary>
public abstract class OwnFormatRoundTripProperties
{
    /// <summary>Text that is already a fixpoint of the rule: one line, single spaces, no control characters (TextRules.SingleLineTrimmed equals WhitespaceRule.NormalizeLine, and prose without line breaks is left alone).</summary>
    private static readonly GeneratorOptions Normal = new() { TextStyle = TextStyle.SingleLineTrimmed };

    /// <summary>The renderers' own syntax as text: separators, labels, placeholders, Markdown and HTML, odd white space.</summary>
    private static readonly GeneratorOptions Hostile = new() { CustomText = SchemaResumes.Text };

    /// <summary>A text width and a language per case: every language is checked without multiplying the cases.</summary>
    private static readonly Gen<RenderOptions> Settings =
        Gen.Zip(Gen.Elements(20, 33, 80, 120), Gen.Elements(RenderOptions.SupportedLanguages.ToArray()))
            .Select(t => new RenderOptions { TextWidth = t.Item1, Language = t.Item2 });

    /// <summary>The format the round trips go through.</summary>
    protected abstract RoundTripVia Via { get; }

    [Fact]
    public void A_resume_whose_text_follows_the_rule_comes_back_equal()
    {
        var via = Via;
        PropertyRuns.Check(Arb.Zip(ResumeGenerators.ResumeArbitrary(Normal), Settings.ToArbitrary()), t =>
        {
            var result = ResumeRoundTrip.Check(t.Item1, via, t.Item2);
            Assert.Empty(result.Normalized);
            ResumeEquality.AssertEqual(t.Item1, Back(via, result.Rendered));
        });
    }

    [Fact]
    public void Any_resume_comes_back_as_its_normalized_form()
    {
        var via = Via;
        PropertyRuns.Check(Arb.Zip(ResumeGenerators.ResumeArbitrary(), Settings.ToArbitrary()), t => AssertLossless(t.Item1, via, t.Item2));
    }

    [Fact]
    public void A_resume_written_in_the_renderers_own_syntax_comes_back_as_its_normalized_form()
    {
        var via = Via;
        PropertyRuns.Check(Arb.Zip(ResumeGenerators.ResumeArbitrary(Hostile), Settings.ToArbitrary()), t => AssertLossless(t.Item1, via, t.Item2));
    }

    [Fact]
    public void Even_free_text_in_dates_and_addresses_comes_back()
    {
        var via = Via;
        PropertyRuns.Check(Gen.Zip(SchemaResumes.Json(valid: false), Settings), t => AssertLossless(ResumeJson.Read(t.Item1).Resume!, via, t.Item2));
    }

    [Fact]
    public void Without_the_extensions_block_the_text_alone_carries_every_non_empty_schema_value()
    {
        var via = Via;
        PropertyRuns.Check(Arb.Zip(ResumeGenerators.ResumeArbitrary(Hostile), Settings.ToArbitrary()), t =>
        {
            var (resume, settings) = t;
            var options = new RenderOptions { IncludeExtensions = false, Language = settings.Language };
            var expected = WithoutExtensions(WhitespaceRule.Normalize(resume));
            var rendered = via == RoundTripVia.Markdown ? ResumeRenderer.ToMarkdown(resume, options) : ResumeRenderer.ToText(resume, options);
            var differences = JsonDiff.Compare(expected, ResumeJson.Write(Back(via, rendered)));
            Assert.True(differences.Count == 0, $"{via} body loses {string.Join("; ", differences)}\n---\n{SchemaResumes.Show(rendered)}");
        });
    }

    [Fact]
    public void Rendering_what_was_read_gives_the_same_bytes()
    {
        var via = Via;
        PropertyRuns.Check(Arb.Zip(ResumeGenerators.ResumeArbitrary(Hostile), Settings.ToArbitrary()), t =>
        {
            var (resume, options) = t;
            var rendered = Render(via, resume, options);
            Assert.Equal(rendered, Render(via, Back(via, rendered), options));
            Assert.DoesNotContain('\r', rendered);
        });
    }

    private static string Render(RoundTripVia via, Resume resume, RenderOptions options) =>
        via == RoundTripVia.Markdown ? ResumeRenderer.ToMarkdown(resume, options) : ResumeRenderer.ToText(resume, options);

    private static Resume Back(RoundTripVia via, string rendered) =>
        via == RoundTripVia.Markdown ? ResumeImporter.ReadMarkdown(rendered).Resume! : ResumeImporter.ReadText(rendered).Resume!;

    private static void AssertLossless(Resume resume, RoundTripVia via, RenderOptions options)
    {
        var result = ResumeRoundTrip.Check(resume, via, options);
        Assert.True(result.IsLossless && result.Diagnostics.Count == 0,
            $"{via} round trip ({options.Language}) differs: {string.Join("; ", result.Differences)} {string.Join("; ", result.Diagnostics)}\n"
            + $"--- rendered:\n{SchemaResumes.Show(result.Rendered)}\n--- JSON:\n{ResumeJson.Write(resume)}");
    }

    /// <summary>
    /// The résumé as JSON without what only the extensions block carries: extension data at every level (found with
    /// the model, not with the renderers' code), then empty lists and objects (entries of a list stay, even empty).
    /// </summary>
    private static string WithoutExtensions(Resume resume)
    {
        var copy = ResumeJson.Read(ResumeJson.Write(resume)).Resume!;
        foreach (var o in ModelWalker.Objects(copy).ToList())
        {
            o.GetType().GetProperty("ExtensionData")!.SetValue(o, null);
        }

        var node = JsonNode.Parse(ResumeJson.Write(copy))!.AsObject();
        DropEmpty(node);
        return node.ToJsonString();
    }

    private static void DropEmpty(JsonNode node)
    {
        if (node is JsonObject o)
        {
            foreach (var name in o.Select(p => p.Key).ToList())
            {
                if (o[name] is { } child)
                {
                    DropEmpty(child);
                    if (child is JsonObject { Count: 0 } or JsonArray { Count: 0 })
                    {
                        o.Remove(name);
                    }
                }
            }
        }
        else if (node is JsonArray a)
        {
            foreach (var item in a.OfType<JsonNode>())
            {
                DropEmpty(item);
            }
        }
    }
}
