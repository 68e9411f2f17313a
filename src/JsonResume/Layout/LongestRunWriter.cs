using System.Text;

namespace JsonResume.Layout;

/// <summary>
/// A <see cref="TextWriter"/> that keeps nothing but the longest run of one character written to it: what a fence must
/// outgrow, found without holding the text it fences.
/// </summary>
/// <param name="c">The character whose runs are measured.</param>
internal sealed class LongestRunWriter(char c) : TextWriter
{
    private int run;

    /// <summary>The longest run of the character so far.</summary>
    public int Longest { get; private set; }

    /// <inheritdoc/>
    public override Encoding Encoding => Encoding.UTF8;

    /// <inheritdoc/>
    public override void Write(char value)
    {
        run = value == c ? run + 1 : 0;
        Longest = Math.Max(Longest, run);
    }

    /// <inheritdoc/>
    public override void Write(ReadOnlySpan<char> buffer)
    {
        foreach (var x in buffer)
        {
            Write(x);
        }
    }

    /// <inheritdoc/>
    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    /// <inheritdoc/>
    public override void Write(string? value) => Write(value.AsSpan());
}
