using JsonResume.Fuzz;
using JsonResume.Tests.Support;

namespace JsonResume.Tests.Fuzz;

/// <summary>
/// Every reproducer the fuzzer ever saved (<c>tests/JsonResume.Fuzz/Reproducers/TARGET/*.bin</c>) is replayed against
/// its target: it must keep every contract now (no exception, no hang, no broken invariant).
/// </summary>
public sealed class FuzzReproducerTests
{
    public static TheoryData<string, string> Reproducers()
    {
        var data = new TheoryData<string, string>();
        foreach (var (target, path) in global::JsonResume.Fuzz.Reproducers.All(Repo.Root))
        {
            data.Add(target, Path.GetRelativePath(Repo.Root, path));
        }

        return data;
    }

    [Fact]
    public void Every_reproducer_folder_names_a_target()
    {
        foreach (var dir in Directory.EnumerateDirectories(global::JsonResume.Fuzz.Reproducers.Folder(Repo.Root)))
        {
            Assert.NotNull(Targets.Find(Path.GetFileName(dir)));
        }
    }

    [Theory]
    [MemberData(nameof(Reproducers))]
    public void The_reproducer_keeps_every_contract(string target, string path)
    {
        var input = File.ReadAllBytes(Repo.File(path));
        var (signature, detail, _) = Campaign.Execute(Targets.Find(target)!, input, TimeSpan.FromSeconds(5));
        Assert.True(signature is null, $"{path}: {signature}\n{detail}");
    }
}
