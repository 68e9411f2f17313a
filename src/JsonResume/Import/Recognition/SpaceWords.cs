namespace JsonResume.Import.Recognition;

/// <summary>
/// How many words a text has when only spaces separate them, the length the rules used to get from
/// <c>text.Split(' ', StringSplitOptions.RemoveEmptyEntries)</c>: counted over the characters, without an array of
/// strings per question (the readers ask it of most lines, several times).
/// </summary>
internal static class SpaceWords
{
    /// <summary>The number of runs of characters other than a space (a tab is part of a word, as with the split).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The count.</returns>
    public static int Count(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (c == ' ')
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                count++;
            }
        }

        return count;
    }
}
