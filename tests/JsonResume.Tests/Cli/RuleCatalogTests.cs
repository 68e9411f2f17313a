using System.Reflection;
using System.Text;
using JsonResume.Cli;
using JsonResume.Cli.Common;
using JsonResume.Diagnostics;
using JsonResume.Tests.Support;

namespace JsonResume.Tests.Cli;

/// <summary>
/// The rule catalogue is the one table of codes: it has an entry for exactly the codes <see cref="DiagnosticCodes"/>
/// defines, every entry has a description of its own, and <c>docs/rules.md</c> is generated from it
/// (<c>UPDATE_GOLDEN=1</c> rewrites it).
/// </summary>
public sealed class RuleCatalogTests
{
    private static IReadOnlyList<string> DefinedCodes() =>
        [.. typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)];

    [Fact]
    public void The_catalogue_has_exactly_the_defined_codes_in_code_order()
    {
        var defined = DefinedCodes().Order(StringComparer.Ordinal).ToList();
        var catalogued = RuleCatalog.All.Select(r => r.Code).ToList();
        Assert.Equal(defined, catalogued);
    }

    [Fact]
    public void Every_rule_has_a_full_description_of_its_own()
    {
        foreach (var rule in RuleCatalog.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(rule.Title), rule.Code);
            Assert.EndsWith(".", rule.Description, StringComparison.Ordinal);
            Assert.True(rule.Description.Length > rule.Title.Length * 3, $"{rule.Code}: the description should say more than the title");
        }

        // Each description opens with a sentence of its own (not a family sentence shared by several codes, as JR1xxx
        // once had); later sentences may state a shared consequence, such as the exit code.
        var sentences = RuleCatalog.All
            .GroupBy(r => r.Description.Split(". ")[0], StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => $"{string.Join(", ", g.Select(r => r.Code))}: {g.Key}")
            .ToList();
        Assert.Empty(sentences);
    }

    [Fact]
    public void Every_help_link_points_at_the_codes_section_in_the_rules_page()
    {
        foreach (var rule in RuleCatalog.All)
        {
            var uri = RuleCatalog.HelpUri(rule);
            Assert.True(uri.IsAbsoluteUri);
            Assert.Equal(ToolInfo.RulesDocumentationUri.GetLeftPart(UriPartial.Path), uri.GetLeftPart(UriPartial.Path));
            Assert.EndsWith("/docs/rules.md", uri.AbsolutePath, StringComparison.Ordinal);
            Assert.Equal("#" + rule.Code.ToLowerInvariant(), uri.Fragment);
        }
    }

    [Fact]
    public void The_rules_page_is_generated_from_the_catalogue()
    {
        Golden.AssertMatches(Repo.File("docs", "rules.md"), RulesPage());
    }

    [Fact]
    public void The_rules_page_has_a_section_per_code_whose_anchor_is_the_help_links_fragment()
    {
        var page = File.ReadAllText(Repo.File("docs", "rules.md"));
        foreach (var code in DefinedCodes())
        {
            // GitHub's anchor of a heading "## JR1003" is "jr1003".
            Assert.Contains($"\n## {code}\n", page, StringComparison.Ordinal);
        }
    }

    /// <summary>docs/rules.md: an index table, then a section per code (its heading is the code, so its anchor is the code in lower case).</summary>
    private static string RulesPage()
    {
        var page = new StringBuilder();
        page.Append("# Rules\n\n")
            .Append("<!-- Generated from src/JsonResume.Cli/Common/RuleCatalog.cs by RuleCatalogTests: edit the table there, then run\n")
            .Append("     UPDATE_GOLDEN=1 dotnet test --project tests/JsonResume.Tests -- --filter-class \"*RuleCatalogTests\" -->\n\n")
            .Append("Every finding has a stable code: `JR0xxx` reading the input (and `JR002x` the tool's configuration), `JR1xxx` the\n")
            .Append("JSON Resume schema, `JR2xxx` semantic checks, `JR3xxx` converting, `JR4xxx` round trips. SARIF and JSON reports\n")
            .Append("link each code to its section here. `jsonresume validate --ignore CODE` (or `ignore` in `.jsonresume.json`) leaves a\n")
            .Append("code's findings out, except for the codes that stop the check; see [validation.md](validation.md#rule-control).\n\n")
            .Append("| Code | Severity | Title |\n| --- | --- | --- |\n");
        foreach (var rule in RuleCatalog.All)
        {
            page.Append($"| [{rule.Code}](#{rule.Anchor}) | {rule.SeverityText} | {rule.Title} |\n");
        }

        foreach (var rule in RuleCatalog.All)
        {
            page.Append($"\n## {rule.Code}\n\n**{rule.Title}** ({rule.SeverityText}{(rule.CanIgnore ? "" : "; cannot be ignored")})\n\n{rule.Description}\n");
        }

        return page.ToString();
    }
}
