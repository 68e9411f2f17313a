using System.Diagnostics;
using System.Globalization;
using JsonResume.Cli.Common;

namespace JsonResume.Cli.Common;

/// <summary>
/// One line of progress on standard error, redrawn in place (<c>validating 120/400: cv/ada.json</c>) and erased at the
/// end, so that it never mixes with the results on standard output. By default it appears only when standard error is
/// a terminal and the batch is still running after <see cref="Delay"/>; <c>JSONRESUME_PROGRESS=always</c> or
/// <c>never</c> overrides that. Safe to call from several threads.
/// </summary>
internal sealed class BatchProgress
{
    /// <summary>How long a batch runs before progress appears (when not forced).</summary>
    public static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(500);

    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private readonly TextWriter _error;
    private readonly string _verb;
    private readonly TimeSpan _delay;
    private readonly Lock _gate = new();
    private readonly Stopwatch _clock = new();
    private TimeSpan _nextDraw;
    private int _total;
    private int _done;
    private bool _drawn;

    private BatchProgress(TextWriter error, string verb, TimeSpan delay)
    {
        _error = error;
        _verb = verb;
        _delay = delay;
    }

    /// <summary>The progress display for a batch, or null when none should be shown.</summary>
    /// <param name="environment">Where standard error is, whether it is a terminal, and <c>JSONRESUME_PROGRESS</c>.</param>
    /// <param name="verb">What the batch does, such as <c>validating</c>.</param>
    /// <returns>A display, or null.</returns>
    public static BatchProgress? For(CliEnvironment environment, string verb)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return environment.GetVariable("JSONRESUME_PROGRESS") switch
        {
            "always" => new BatchProgress(environment.Error, verb, TimeSpan.Zero),
            "never" => null,
            _ => environment.ErrorIsTerminal ? new BatchProgress(environment.Error, verb, Delay) : null,
        };
    }

    /// <summary>A batch of <paramref name="total"/> inputs begins.</summary>
    /// <param name="total">How many inputs.</param>
    public void Start(int total)
    {
        lock (_gate)
        {
            _total = total;
            _done = 0;
            _nextDraw = _delay;
            _clock.Restart();
        }
    }

    /// <summary>One input is done.</summary>
    /// <param name="source">Which.</param>
    public void Completed(InputSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        lock (_gate)
        {
            _done++;
            var now = _clock.Elapsed;
            if (now < _nextDraw && !(_done == _total && now >= _delay))
            {
                return; // too early to show anything, or drawn a moment ago (the last one is always drawn, once shown at all)
            }

            _nextDraw = now + Interval;
            var line = string.Create(CultureInfo.InvariantCulture, $"{_verb} {_done}/{_total}: {source.DisplayPath}");
            _error.Write($"\r\e[K{line}");
            _error.Flush();
            _drawn = true;
        }
    }

    /// <summary>The batch is over: erases the progress line, if one was drawn.</summary>
    public void Finish()
    {
        lock (_gate)
        {
            if (_drawn)
            {
                _error.Write("\r\e[K");
                _error.Flush();
                _drawn = false;
            }
        }
    }
}
