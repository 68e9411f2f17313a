using System.Buffers.Binary;

namespace JsonResume.Fuzz;

/// <summary>
/// Tells whether bytes still hold a run of a shared (real, personal) document: any window of <see cref="Window"/>
/// bytes with at least <see cref="MinLetters"/> letters or digits that also occurs in a shared file.
/// </summary>
internal sealed class SharedContent
{
    private const int Window = 12;
    private const int MinLetters = 6;
    private readonly HashSet<UInt128> _windows = [];

    public SharedContent(IEnumerable<byte[]> documents)
    {
        foreach (var document in documents)
        {
            for (var i = 0; i + Window <= document.Length; i++)
            {
                var window = document.AsSpan(i, Window);
                if (Letters(window) >= MinLetters)
                {
                    _windows.Add(Key(window));
                }
            }
        }
    }

    public bool Overlaps(byte[] input)
    {
        for (var i = 0; i + Window <= input.Length; i++)
        {
            var window = input.AsSpan(i, Window);
            if (Letters(window) >= MinLetters && _windows.Contains(Key(window)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The window itself (12 bytes fit in 128 bits): no hash collisions.</summary>
    private static UInt128 Key(ReadOnlySpan<byte> window) =>
        new(BinaryPrimitives.ReadUInt32LittleEndian(window[8..]), BinaryPrimitives.ReadUInt64LittleEndian(window));

    private static int Letters(ReadOnlySpan<byte> window)
    {
        var n = 0;
        foreach (var b in window)
        {
            n += b >= 0x80 || char.IsAsciiLetterOrDigit((char)b) ? 1 : 0;
        }

        return n;
    }
}
