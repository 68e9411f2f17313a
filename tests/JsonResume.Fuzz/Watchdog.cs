using System.Diagnostics;

namespace JsonResume.Fuzz;

/// <summary>
/// Catches inputs that never finish (a thread cannot be aborted in .NET): when one input has run for
/// <see cref="Fatal"/>, its bytes are saved as a hang reproducer and the process exits with code 3.
/// </summary>
internal static class Watchdog
{
    public static readonly TimeSpan Fatal = TimeSpan.FromSeconds(60);
    private static readonly Lock Gate = new();
    private static (string Target, byte[] Input, long Started)? current;

    public static void Enter(string target, byte[] input)
    {
        lock (Gate)
        {
            current = (target, input, Stopwatch.GetTimestamp());
        }
    }

    public static void Exit()
    {
        lock (Gate)
        {
            current = null;
        }
    }

    public static void Start(string? saveTo, SharedContent? shared)
    {
        var thread = new Thread(() =>
        {
            while (true)
            {
                Thread.Sleep(1000);
                (string Target, byte[] Input, long Started)? now;
                lock (Gate)
                {
                    now = current;
                }

                if (now is { } c && Stopwatch.GetElapsedTime(c.Started) > Fatal)
                {
                    var saved = saveTo is null ? "(not saved)" : Reproducers.Save(saveTo, c.Target, c.Input, shared);
                    Console.Error.WriteLine($"{c.Target}: hang (an input ran for more than {Fatal.TotalSeconds} s): {saved}");
                    Environment.Exit(3);
                }
            }
        })
        {
            IsBackground = true,
            Name = "fuzz watchdog",
        };
        thread.Start();
    }
}
