using System.Reflection;
using JsonResume.Cli.Output;
using JsonResume.Diagnostics;

namespace JsonResume.Tests.Cli;

/// <summary>SARIF rules describe every input code (JR0xxx) in a sentence of its own, not by its family.</summary>
public sealed class RuleCatalogTests
{
    public static TheoryData<string> InputCodes()
    {
        var codes = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Where(code => code.StartsWith("JR0", StringComparison.Ordinal));
        return [.. codes];
    }

    [Theory]
    [MemberData(nameof(InputCodes))]
    public void Every_input_code_has_its_own_description(string code)
    {
        Assert.NotEqual(RuleCatalog.Describe("JR0999"), RuleCatalog.Describe(code));
    }
}
