using System.Text;
using JsonResume.Migration;

namespace JsonResume.Tests.Migration;

/// <summary>
/// The command line's migration (<see cref="ResumeMigrator.MigrateUtf8"/>: the migrated text as UTF-8, without the
/// résumé or a string of it) gives what <see cref="ResumeMigrator.Migrate(string, MigrationOptions?)"/> gives: the same
/// text, changes in the same order and the same findings, failures included.
/// </summary>
public sealed class MigrateUtf8Tests
{
    public static TheoryData<string> Documents => new()
    {
        """{"basics":{"name":"Ada Example","website":"https://a.example","picture":"me.png"},"work":[{"company":"Acme","website":"https://acme.example","startDate":"10/2018"}],"interests":[{"name":"Chess"}]}""",
        """{"basics":{"name":"Ada Example"},"work":[{"name":"Acme","position":"Engineer"}]}""",
        """{"basics":{"name":"Ada Example","name":"Ada Other"},"hobbies":["chess"]}""",
        """{"basics":{"name":"Ada Example"}""",
        """[1,2]""",
        """{"basics":{"name":"x\udc00"}}""",
        """{"basics":{"name":"Ada Example"},"x-deep":[[[[{"startDate":"2018/10"}]]]],"projects":[{"name":"P","startDate":"March 2019"}]}""",
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Gives_what_Migrate_gives(string document)
    {
        var expected = ResumeMigrator.Migrate(document);

        var actual = ResumeMigrator.MigrateUtf8(Encoding.UTF8.GetBytes(document));

        Assert.Equal(expected.Json, actual.Utf8 is null ? null : Encoding.UTF8.GetString(actual.Utf8));
        Assert.Equal(expected.Changes, actual.Changes);
        Assert.Equal(expected.Diagnostics.Select(d => (d.Code, d.Message, d.Line, d.Column)), actual.Diagnostics.Select(d => (d.Code, d.Message, d.Line, d.Column)));
    }
}
