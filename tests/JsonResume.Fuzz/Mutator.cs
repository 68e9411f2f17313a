using System.Text;

namespace JsonResume.Fuzz;

/// <summary>
/// A plain in-process mutator (SharpFuzz is not available here): byte flips, random bytes, tokens that are special to
/// JSON, Markdown, text layouts and Unicode, deletions, duplications, splices with another seed, truncation, deep
/// nesting and long lines. Deterministic: the same random source gives the same mutants.
/// </summary>
internal sealed class Mutator(Random random, int maxLength)
{
    /// <summary>Pieces that matter to one of the readers: JSON syntax and escapes, lone surrogates (as escapes and as
    /// WTF-8 bytes), invalid UTF-8, Markdown and own-layout markup, dates with odd digits, numbers at the edges.</summary>
    private static readonly byte[][] Tokens =
    [
        .. new[]
        {
            "\\ud800", "\\udc00", "\\ud83d\\ude00", "\\u0000", "\\u2028", "\\\"", "\\\\", "\\", "\"", "{", "}", "[", "]", ",",
            ":", "\"\":", "null", "true", "-0", "1e999", "-1.5E-400", "123456789012345678901234567890", "\t", "\r", "\n", "\r\n",
            "\u00a0", "\u2028", "\u200b", "\ufeff", "\ufffd", "é", "෪", "٣", "१९९९", "𝟚𝟘𝟙𝟡", "2020-13-45", "2019-02-29", "1999",
            "Present", "/", "//", "**URL:**", "**Username:** ", "**Start:** ", "**Email:** ", "# ", "## ", "### ", "- ", "* ",
            "1. ", "> ", "```", "```json extensions\n", "    ", "|", "| --- |", "<!--", "-->", "<style>", "**", "_", "`", "---\n",
            "===", "EXTENSIONS (JSON)\n-----------------\n", "EXPERIENCE\n----------\n", "Jan 2019 – Present", " · ", "@",
            "https://", "mailto:", "x@y.z", "+1 555 0100", "&amp;", "<", ">", "\"basics\":", "\"work\":[{", "\"url\":\"\"",
            "\"$schema\":\"", "\"meta\":{", "\"startDate\":\"", "\"website\":", "\"company\":", "\"gpa\":", "\"hobbies\":[",
            "---\nname: x\n---\n", "---\n: [\n---\n", "key: value\nkey: value\n", "\"a\":1,\"a\":2",
        }.Select(Encoding.UTF8.GetBytes),
        [0xED, 0xA0, 0x80], [0xED, 0xB0, 0x80], [0xFF], [0xC0, 0x80], [0xE2, 0x82], [0xF4, 0x90, 0x80, 0x80], [0x00],
    ];

    private static readonly int[] Depths = [65, 100, 129, 200, 255, 257, 1000, 5000];

    public byte[] Mutate(byte[] input, IReadOnlyList<byte[]> seeds)
    {
        var data = new List<byte>(maxLength * 2);
        data.AddRange(input.AsSpan(0, Math.Min(input.Length, maxLength)));
        var rounds = 1 + random.Next(4);
        for (var r = 0; r < rounds; r++)
        {
            Apply(data, seeds);
            if (data.Count > maxLength * 2)
            {
                data.RemoveRange(maxLength, data.Count - maxLength);
            }
        }

        if (data.Count > maxLength)
        {
            data.RemoveRange(maxLength, data.Count - maxLength);
        }

        return [.. data];
    }

    private void Apply(List<byte> data, IReadOnlyList<byte[]> seeds)
    {
        var at = data.Count == 0 ? 0 : random.Next(data.Count + 1);
        switch (random.Next(13))
        {
            case 0 when data.Count > 0:
                var i = random.Next(data.Count);
                data[i] ^= (byte)(1 << random.Next(8));
                break;
            case 1 when data.Count > 0:
                data[random.Next(data.Count)] = (byte)random.Next(256);
                break;
            case 2:
            case 3:
                data.InsertRange(at, Tokens[random.Next(Tokens.Length)]);
                break;
            case 4 when data.Count > 0:
                var start = random.Next(data.Count);
                data.RemoveRange(start, random.Next(Math.Min(data.Count - start, 64) + 1));
                break;
            case 5 when data.Count > 0:
                var from = random.Next(data.Count);
                var length = random.Next(Math.Min(data.Count - from, 256) + 1);
                data.InsertRange(at, data.GetRange(from, length));
                break;
            case 6 when seeds.Count > 0:
                var other = seeds[random.Next(seeds.Count)];
                var otherStart = random.Next(other.Length + 1);
                var otherLength = random.Next(Math.Min(other.Length - otherStart, 1024) + 1);
                data.InsertRange(at, other.AsSpan(otherStart, otherLength).ToArray());
                break;
            case 7 when data.Count > 0:
                data.RemoveRange(at, data.Count - at);
                break;
            case 8:
                data.InsertRange(at, Nesting());
                break;
            case 9:
                data.InsertRange(at, LongLine());
                break;
            case 10 when data.Count > 0:
                // Repeat one line many times (many short lines).
                var lineStart = data.LastIndexOf((byte)'\n', Math.Max(at - 1, 0)) + 1;
                var lineEnd = data.IndexOf((byte)'\n', lineStart);
                lineEnd = lineEnd < 0 ? data.Count : lineEnd + 1;
                var line = data.GetRange(lineStart, lineEnd - lineStart).Append((byte)'\n').ToArray();
                var copies = Math.Min(random.Next(1, 2000), maxLength / Math.Max(line.Length, 1));
                var block = new byte[line.Length * copies];
                for (var c = 0; c < copies; c++)
                {
                    line.CopyTo(block, c * line.Length);
                }

                data.InsertRange(lineEnd, block); // one insertion: repeated ones moved the tail every time

                break;
            case 11:
                data.RemoveAll(b => b == (byte)'\n');
                break;
            default:
                data.InsertRange(at, Encoding.UTF8.GetBytes(random.Next(3) switch
                {
                    0 => "\"" + new string('\\', random.Next(1, 4)) + "u" + random.Next(0xD700, 0xE000).ToString("x4", System.Globalization.CultureInfo.InvariantCulture) + "\"",
                    1 => "\\u" + random.Next(0x10000).ToString("X4", System.Globalization.CultureInfo.InvariantCulture),
                    _ => ((char)random.Next(0x20, 0x7F)).ToString(),
                }));
                break;
        }
    }

    private byte[] Nesting()
    {
        var depth = Depths[random.Next(Depths.Length)];
        var (open, close) = random.Next(6) switch
        {
            0 => ("[", "]"),
            1 => ("{\"a\":", "}"),
            2 => ("> ", ""),
            3 => ("- ", ""),
            4 => ("{\"x-deep\":[", "]}"),
            _ => ("  ", "- x\n"),
        };
        var sb = new StringBuilder();
        if (open == "  ")
        {
            for (var d = 0; d < depth; d++)
            {
                sb.Append(' ', d * 2).Append(close);
            }
        }
        else
        {
            sb.Insert(0, open, depth).Append(random.Next(2) == 0 ? "1" : "\"x\"").Insert(sb.Length, close, depth);
        }

        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    private byte[] LongLine()
    {
        var length = random.Next(4) switch
        {
            0 => 1000,
            1 => 10_000,
            2 => 50_000,
            _ => random.Next(100, 5000),
        };
        var word = random.Next(3) switch
        {
            0 => "a",
            1 => "word ",
            _ => "Rust, ",
        };
        var sb = new StringBuilder(length + word.Length);
        while (sb.Length < length)
        {
            sb.Append(word);
        }

        return Encoding.UTF8.GetBytes(sb.ToString());
    }
}
