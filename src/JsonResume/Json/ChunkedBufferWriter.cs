using System.Buffers;

namespace JsonResume.Json;

/// <summary>
/// Bytes written in chunks rented from <see cref="ArrayPool{T}.Shared"/>, never one buffer grown by doubling: the
/// canonical JSON of extension data nested 200 deep is about 200 bytes per byte read (2 GB for 10 MB), and a growing
/// buffer held that several times over. Without a sink every chunk is kept and <see cref="ToArray"/> copies them once
/// into the exact-size result; with a sink each full chunk is handed over and reused, so one chunk is held at a time.
/// Kept with a limit, it stops keeping (and only counts) once more than the limit is written, so that a caller can
/// learn the size of an output too large to hold twice without holding it.
/// </summary>
internal sealed class ChunkedBufferWriter : IBufferWriter<byte>, IDisposable
{
    private const int FirstChunk = 16 * 1024;
    private const int LargestChunk = 1024 * 1024;
    private readonly List<(byte[] Array, int Used)> kept = [];
    private readonly Action<ReadOnlySpan<byte>>? sink;
    private readonly long keepAtMost;
    private byte[] current;
    private int used;
    private int nextSize = FirstChunk;

    /// <summary>Keeps everything written, for <see cref="ToArray"/>.</summary>
    public ChunkedBufferWriter()
        : this(null)
    {
    }

    /// <summary>Keeps what is written, for <see cref="ToArray"/>, while it is at most <paramref name="keepAtMost"/>
    /// bytes; beyond that the chunks go back to the pool and the writer only counts (<see cref="KeptAll"/> is then false).</summary>
    /// <param name="keepAtMost">The most bytes kept.</param>
    public ChunkedBufferWriter(long keepAtMost)
        : this(null)
    {
        this.keepAtMost = keepAtMost;
    }

    /// <summary>Hands what is written to <paramref name="sink"/>, a chunk at a time, in order (null: keeps it).</summary>
    /// <param name="sink">Takes each chunk; the span is only valid during the call.</param>
    public ChunkedBufferWriter(Action<ReadOnlySpan<byte>>? sink)
    {
        this.sink = sink;
        keepAtMost = long.MaxValue;
        current = ArrayPool<byte>.Shared.Rent(sink is null ? FirstChunk : LargestChunk);
    }

    /// <summary>How many bytes have been written in all.</summary>
    public long Written { get; private set; }

    /// <summary>Whether everything written is kept (false once more than the limit given was written, or with a sink).</summary>
    public bool KeptAll => sink is null && Written <= keepAtMost;

    /// <inheritdoc/>
    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, current.Length - used);
        used += count;
        Written += count;
    }

    /// <inheritdoc/>
    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return current.AsMemory(used);
    }

    /// <inheritdoc/>
    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return current.AsSpan(used);
    }

    /// <summary>Hands the bytes not yet handed over to the sink (nothing to do without one).</summary>
    public void Flush()
    {
        if (sink is not null && used > 0)
        {
            sink(current.AsSpan(0, used));
            used = 0;
        }
    }

    /// <summary>Everything written, in one array of exactly that length (only without a sink).</summary>
    /// <returns>The bytes.</returns>
    public byte[] ToArray()
    {
        if (!KeptAll)
        {
            throw new InvalidOperationException(sink is null ? "More bytes were written than kept." : "The bytes went to the sink.");
        }

        if (Written > Array.MaxLength)
        {
            throw new InvalidOperationException($"{Written} bytes do not fit one array.");
        }

        var result = GC.AllocateUninitializedArray<byte>((int)Written);
        var at = 0;
        foreach (var (array, length) in kept)
        {
            array.AsSpan(0, length).CopyTo(result.AsSpan(at));
            at += length;
        }

        current.AsSpan(0, used).CopyTo(result.AsSpan(at));
        return result;
    }

    /// <summary>Gives the chunks back to the pool.</summary>
    public void Dispose()
    {
        foreach (var (array, _) in kept)
        {
            ArrayPool<byte>.Shared.Return(array);
        }

        kept.Clear();
        if (current.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(current);
            current = [];
        }

        used = 0;
    }

    /// <summary>Past the limit: gives the kept chunks back and forgets the current one's bytes (they are counted).</summary>
    private void Discard()
    {
        if (sink is not null)
        {
            return;
        }

        foreach (var (array, _) in kept)
        {
            ArrayPool<byte>.Shared.Return(array);
        }

        kept.Clear();
        used = 0;
    }

    /// <summary>Makes room for at least <paramref name="sizeHint"/> bytes (at least one) after what is written.</summary>
    private void Ensure(int sizeHint)
    {
        ObjectDisposedException.ThrowIf(current.Length == 0, this);
        sizeHint = Math.Max(sizeHint, 1);
        if (current.Length - used >= sizeHint)
        {
            return;
        }

        if (sink is not null || !KeptAll)
        {
            Discard();
            Flush();
            if (current.Length >= sizeHint)
            {
                return;
            }

            ArrayPool<byte>.Shared.Return(current);
            current = ArrayPool<byte>.Shared.Rent(sizeHint);
            return;
        }

        if (used > 0)
        {
            kept.Add((current, used));
        }
        else
        {
            ArrayPool<byte>.Shared.Return(current);
        }

        nextSize = Math.Min(nextSize * 2, LargestChunk);
        current = ArrayPool<byte>.Shared.Rent(Math.Max(sizeHint, nextSize));
        used = 0;
    }
}
