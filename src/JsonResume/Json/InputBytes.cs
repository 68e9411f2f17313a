namespace JsonResume.Json;

/// <summary>How every facade reads a stream: to its end, into one buffer (one definition for all of them).</summary>
internal static class InputBytes
{
    /// <summary>Reads a stream to its end.</summary>
    /// <param name="stream">The stream.</param>
    /// <returns>Its bytes.</returns>
    public static ReadOnlyMemory<byte> ReadAll(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }
}
