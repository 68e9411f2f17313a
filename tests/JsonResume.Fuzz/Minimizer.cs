namespace JsonResume.Fuzz;

/// <summary>
/// Shrinks a failing input while it fails the same way: removes ever smaller chunks, then replaces bytes by a
/// neutral one, within a budget of attempts. What remains is the part that matters, usually a few bytes.
/// </summary>
internal static class Minimizer
{
    public static byte[] Minimize(byte[] input, Func<byte[], bool> stillFails, int budget = 3000)
    {
        var current = input;
        var attempts = 0;
        for (var chunk = Math.Max(current.Length / 2, 1); chunk >= 1 && attempts < budget; chunk /= 2)
        {
            for (var start = 0; start < current.Length && attempts < budget;)
            {
                var length = Math.Min(chunk, current.Length - start);
                var candidate = new byte[current.Length - length];
                current.AsSpan(0, start).CopyTo(candidate);
                current.AsSpan(start + length).CopyTo(candidate.AsSpan(start));
                attempts++;
                if (stillFails(candidate))
                {
                    current = candidate;
                }
                else
                {
                    start += length;
                }
            }
        }

        // Letters and digits that are not needed become 'x' or '0': nothing of a document survives by accident.
        for (var i = 0; i < current.Length && attempts < budget; i++)
        {
            var b = current[i];
            var neutral = b is >= (byte)'0' and <= (byte)'9' ? (byte)'0' : (b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' ? (byte)'x' : b);
            if (neutral == b)
            {
                continue;
            }

            var candidate = (byte[])current.Clone();
            candidate[i] = neutral;
            attempts++;
            if (stillFails(candidate))
            {
                current = candidate;
            }
        }

        return current;
    }
}
