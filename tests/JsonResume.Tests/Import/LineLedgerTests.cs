using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using JsonResume.Diagnostics;
using JsonResume.Import;
using JsonResume.Import.Blocks;
using JsonResume.Model;

namespace JsonResume.Tests.Import;

/// <summary>
/// The ledger keeps claims as line ranges and the report as runs of equal lines (memory that follows blocks, not
/// lines); what it reports must be what a ledger of one entry per line reports.
/// </summary>
public sealed class LineLedgerTests
{
    private enum Op
    {
        Claim,
        Hide,
        Reject,
        Markup,
    }

    [Property(MaxTest = 500)]
    public Property The_report_is_the_one_a_per_line_ledger_gives()
    {
        var step =
            from kind in Gen.Elements(Op.Claim, Op.Claim, Op.Hide, Op.Reject, Op.Markup)
            from a in Gen.Choose(-2, 33)
            from b in Gen.Choose(-2, 33)
            from who in Gen.Elements("/a", "/b", "/c/0", "/c/1")
            select (Kind: kind, First: Math.Min(a, b), Last: Math.Max(a, b), Who: who);
        var gen =
            from count in Gen.Choose(1, 30)
            from steps in step.ListOf()
            from text in Gen.Elements(" ", "x").ListOf(count)
            select (Count: count, Steps: steps.ToArray(), Text: text.ToArray());
        return Prop.ForAll(gen.ToArbitrary(), input =>
        {
            var (count, steps, lines) = input;
            var ledger = new LineLedger(lines);
            var claims = new List<string>[count + 1];
            var hidden = new LineDisposition?[count + 1];
            var reasons = new string?[count + 1];
            var markup = new bool[count + 1];
            foreach (var (kind, first, last, who) in steps)
            {
                switch (kind)
                {
                    case Op.Claim:
                        ledger.Claim(first, last, who);
                        break;
                    case Op.Hide:
                        ledger.Hide(first, last, LineDisposition.Comment, "hidden " + who);
                        break;
                    case Op.Reject:
                        ledger.Reject(first, last, "rejected " + who);
                        break;
                    default:
                        ledger.Markup(first, last);
                        break;
                }

                for (var i = Math.Max(first, 1); i <= Math.Min(last, count); i++)
                {
                    switch (kind)
                    {
                        case Op.Claim when hidden[i] is null:
                            (claims[i] ??= []).Add(who);
                            break;
                        case Op.Hide:
                            hidden[i] ??= LineDisposition.Comment;
                            reasons[i] ??= "hidden " + who;
                            break;
                        case Op.Reject when hidden[i] is null:
                            reasons[i] ??= "rejected " + who;
                            break;
                        case Op.Markup:
                            markup[i] = true;
                            break;
                    }
                }
            }

            var report = ledger.Resolve(new Resume());
            Assert.Equal(count, report.Count);
            for (var line = 1; line <= count; line++)
            {
                var pointers = claims[line]?.Distinct().ToList() ?? [];
                LineReport expected = hidden[line] is { } h ? new(line, h, [], reasons[line])
                    : pointers.Count > 0 ? new(line, LineDisposition.Imported, pointers, null)
                    : lines[line - 1] == " " ? new(line, LineDisposition.Blank, [], null)
                    : reasons[line] is { } r ? new(line, LineDisposition.NotUnderstood, [], r)
                    : markup[line] ? new(line, LineDisposition.Markup, [], null)
                    : new(line, LineDisposition.NotUnderstood, [], claims[line] is null ? "no rule placed this line" : "its entry held nothing the schema keeps");
                foreach (var actual in new[] { report[line - 1], report.ElementAt(line - 1) })
                {
                    Assert.Equal(expected.Line, actual.Line);
                    Assert.Equal(expected.Disposition, actual.Disposition);
                    Assert.Equal(expected.Pointers, actual.Pointers);
                    Assert.Equal(expected.Reason, actual.Reason);
                }
            }
        });
    }

    [Fact]
    public void A_report_of_many_equal_lines_is_kept_as_one_run()
    {
        var list = new LineReportList();
        IReadOnlyList<string> pointers = ["/work/0/summary"];
        for (var i = 0; i < 100_000; i++)
        {
            list.Add(LineDisposition.Imported, [.. pointers], null);
        }

        list.Add(new LineReport(100_001, LineDisposition.Blank, [], null));
        Assert.Equal(100_001, list.Count);
        Assert.Equal(2, list.RunCount);
        Assert.Equal(new LineReport(100_001, LineDisposition.Blank, list[^1].Pointers, null), list[^1]);
        Assert.Equal(pointers, list[50_000].Pointers);
        Assert.Equal(50_001, list[50_000].Line);
        Assert.Throws<ArgumentException>(() => list.Add(new LineReport(7, LineDisposition.Blank, [], null)));
    }
}
