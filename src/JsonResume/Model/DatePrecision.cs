namespace JsonResume.Model;

/// <summary>How much of a <see cref="PartialDate"/> is given.</summary>
public enum DatePrecision
{
    /// <summary>Only the year: <c>2014</c>.</summary>
    Year = 1,

    /// <summary>Year and month: <c>2014-06</c>.</summary>
    Month = 2,

    /// <summary>A full date: <c>2014-06-29</c>.</summary>
    Day = 3,
}
