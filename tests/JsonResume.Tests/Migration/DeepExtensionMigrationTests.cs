using System.Buffers;
using System.Text;
using JsonResume.Diagnostics;
using JsonResume.Json;
using JsonResume.Migration;

namespace JsonResume.Tests.Migration;

/// <summary>
/// Extension data nested as deep as the reader allows migrates (issue 13: a <c>JsonArray</c> per level and a JSON
/// Pointer built at every level made it cost about 16 ms per KB, and 10 MB ran out of memory): lists are copied token
/// by token, so the migration itself allocates about what it writes, and a date deep inside is still migrated.
/// </summary>
public sealed class DeepExtensionMigrationTests
{
    /// <summary>How many deep values a document carries where its size is measured, so that the size is theirs.</summary>
    private const int Copies = 200;

    public static TheoryData<int> Depths => new() { 200, Limits.MaxDepth };

    [Fact]
    public void The_deepest_document_tested_is_the_deepest_the_reader_accepts()
    {
        Assert.NotNull(ResumeJson.Read(Lists(Limits.MaxDepth, 1)).Resume);
        Assert.Contains(ResumeJson.Read(Lists(Limits.MaxDepth + 1, 1)).Diagnostics, d => d.Code == DiagnosticCodes.TooDeep);
    }

    [Theory]
    [MemberData(nameof(Depths))]
    public void Deep_lists_migrate_unchanged(int depth)
    {
        var input = Lists(depth, 3);

        var result = ResumeMigrator.Migrate(input);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.Changes);
        Assert.Equal(ResumeJson.Write(ResumeJson.Read(input).Resume!), result.Json);
    }

    [Theory]
    [MemberData(nameof(Depths))]
    public void A_date_deep_inside_lists_and_objects_is_migrated(int depth)
    {
        var sb = new StringBuilder("{\"basics\":{\"name\":\"Ada Example\"},\"x-deep\":");
        var levels = depth - 2; // the root object and the innermost object
        sb.Append(new string('[', levels)).Append("{\"startDate\":\"10/2018\"}").Append(new string(']', levels)).Append('}');

        var result = ResumeMigrator.Migrate(sb.ToString());

        var change = Assert.Single(result.Changes);
        Assert.Equal("/x-deep" + string.Concat(Enumerable.Repeat("/0", levels)) + "/startDate", change.Pointer);
        Assert.Equal("\"2018-10\"", change.NewValue);
        Assert.Empty(ResumeMigrator.Migrate(result.Json!).Changes);
    }

    [Theory]
    [MemberData(nameof(Depths))]
    public void Deep_lists_are_copied_without_a_node_per_level(int depth)
    {
        var input = Lists(depth, Copies);
        Assert.True(JsonInput.TryPrepare(input, out var utf8, out _, []));
        var output = new ArrayBufferWriter<byte>(input.Length * 2);
        StreamingMigration.TryMigrate(utf8.Span, output, out _); // once, so that the code is compiled

        output.ResetWrittenCount();
        var before = GC.GetAllocatedBytesForCurrentThread();
        Assert.True(StreamingMigration.TryMigrate(utf8.Span, output, out var changes));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Empty(changes);
        Assert.Equal(input.Length, output.WrittenCount); // the input is compact: the copy is the input
        // Before: a JsonArray per level, about 50 times the input.
        Assert.True(allocated < input.Length, $"{allocated:N0} bytes allocated to copy {input.Length:N0}");
    }

    /// <summary>The shape of the pathological-input benchmark: <paramref name="copies"/> values that are lists nested
    /// <paramref name="depth"/> deep counting the root object, beside a name.</summary>
    private static byte[] Lists(int depth, int copies)
    {
        var deep = new string('[', depth - 1) + "1" + new string(']', depth - 1);
        return Encoding.UTF8.GetBytes("{\"basics\":{\"name\":\"Ada Example\"},\"x-deep\":[" + string.Join(",", Enumerable.Repeat(deep[1..^1], copies)) + "]}");
    }
}
