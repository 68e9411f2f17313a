using System.Text;
using FsCheck.Xunit;
using JsonResume.FsCheck;
using JsonResume.Json;
using JsonResume.Model;
using JsonResume.Tests.Support;

namespace JsonResume.Tests.Json;

/// <summary>Writing then reading any schema-valid résumé loses nothing, and writing is stable.</summary>
[Properties(Arbitrary = [typeof(ResumeArbitraries)])]
public sealed class JsonRoundTripProperties
{
    [Property(MaxTest = 1000)]
    public void Read_of_Write_gives_back_an_equal_resume_without_diagnostics(Resume resume)
    {
        var json = ResumeJson.Write(resume);

        var read = ResumeJson.Read(json);

        Assert.True(read.Diagnostics.Count == 0, $"{string.Join("; ", read.Diagnostics)}\n{json}");
        var difference = ResumeEquality.FirstDifference(resume, read.Resume);
        Assert.True(difference is null, $"read back differs at {difference}\n{json}");
    }

    [Property(MaxTest = 1000)]
    public void Write_is_a_fixpoint_byte_for_byte(Resume resume)
    {
        var first = ResumeJson.WriteUtf8(resume);
        var second = ResumeJson.WriteUtf8(ResumeJson.Read(first).Resume!);

        Assert.True(first.AsSpan().SequenceEqual(second), $"second write differs:\n{Encoding.UTF8.GetString(first)}\n---\n{Encoding.UTF8.GetString(second)}");
    }

    [Property(MaxTest = 1000)]
    public void Every_generated_resume_is_valid_for_NJsonSchema(Resume resume)
    {
        var json = ResumeJson.Write(resume);

        var errors = ReferenceSchema.Errors(json);

        Assert.True(errors.Count == 0, $"{string.Join("; ", errors)}\n{json}");
    }
}
