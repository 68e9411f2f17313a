using System.Text.Json.Nodes;
using FsCheck.Xunit;
using JsonResume.Diagnostics;
using JsonResume.FsCheck;
using JsonResume.Validation;
using JsonResume.Tests.Support;

namespace JsonResume.Tests.Validation;

/// <summary>Mutants of valid résumés: NJsonSchema and we agree on every one, and we report each break where it is.</summary>
[LongRunning(31)]
public sealed class MutantDifferentialTests
{
    [Fact]
    public void The_bases_are_valid_for_both_validators()
    {
        foreach (var document in MutantBases.All)
        {
            var json = document.ToJsonString();
            Oracle.AssertSame(json, "base");
            Assert.True(ResumeValidator.Validate(json, new ValidationOptions { Strict = false }).IsValid, json);
        }
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(MutantArbitraries)])]
    public void Generated_bases_are_valid_for_both_validators(JsonNode resume)
    {
        var json = resume.ToJsonString();
        Oracle.AssertSame(json, "generated base");
        Assert.True(ResumeValidator.Validate(json).IsValid, json);
    }

    [Property(MaxTest = 10_000, Arbitrary = [typeof(MutantArbitraries)])]
    public void NJsonSchema_and_we_agree_on_every_mutant(Mutant mutant) => Oracle.AssertSame(mutant.Json, mutant.ToString());

    [Property(MaxTest = 2_000, Arbitrary = [typeof(MutantArbitraries)])]
    public void Every_break_is_reported_at_its_own_pointer_with_its_code(Mutant mutant)
    {
        var report = ResumeValidator.Validate(mutant.Json);
        var code = mutant.Kind switch
        {
            MutationKind.BreakDate => DiagnosticCodes.PatternMismatch,
            MutationKind.ImpossibleDate => DiagnosticCodes.ImpossibleDate,
            MutationKind.BreakEmail => DiagnosticCodes.InvalidEmail,
            MutationKind.BreakUrl => DiagnosticCodes.InvalidUri,
            MutationKind.MisspellKey => DiagnosticCodes.UnknownProperty,
            _ => DiagnosticCodes.WrongType,
        };
        var found = report.Diagnostics.Where(d => d.InstanceLocation == mutant.Pointer && d.Code == code).ToList();
        Assert.True(found.Count == 1, $"{mutant}\n→ {string.Join("\n→ ", report.Diagnostics)}");
        Assert.Equal(mutant.BreaksSchema ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, found[0].Severity);
        Assert.Equal(mutant.BreaksSchema, !report.IsValid);
        Assert.True(found[0].Line > 0);
    }

    [Property(MaxTest = 1_000, Arbitrary = [typeof(MutantArbitraries)])]
    public void Stacked_mutants_agree_with_NJsonSchema(StackedMutant stacked) =>
        Oracle.AssertSame(stacked.Mutant.Json, stacked.Mutant.ToString());
}
