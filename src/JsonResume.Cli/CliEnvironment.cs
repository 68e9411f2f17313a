namespace JsonResume.Cli;

/// <summary>
/// Everything the tool touches outside itself: its output and error writers, standard input, the working folder and
/// environment variables. <see cref="FromConsole"/> gives the real ones; tests pass their own to run in-process.
/// </summary>
internal sealed class CliEnvironment
{
    private readonly Func<TextWriter>? openError;
    private TextWriter? error;

    /// <summary>Creates an environment.</summary>
    /// <param name="output">Where results go (standard output).</param>
    /// <param name="error">Where problems with the invocation go (standard error).</param>
    public CliEnvironment(TextWriter output, TextWriter error)
    {
        Output = output ?? throw new ArgumentNullException(nameof(output));
        this.error = error ?? throw new ArgumentNullException(nameof(error));
    }

    private CliEnvironment(TextWriter output, Func<TextWriter> openError)
    {
        Output = output;
        this.openError = openError;
    }

    /// <summary>Standard output: reports in the chosen format.</summary>
    public TextWriter Output { get; }

    /// <summary>Standard error: usage errors and unexpected failures (the console's is opened when first asked for).</summary>
    public TextWriter Error => error ??= openError!();

    /// <summary>Opens standard input (read when a file argument is <c>-</c>).</summary>
    public Func<Stream> OpenInput { get; init; } = () => Stream.Null;

    /// <summary>The folder relative paths and globs start from (by default the process's working folder, read when needed).</summary>
    public string CurrentDirectory
    {
        get => field ?? WorkingFolder();
        init;
    }

    /// <summary>Reads an environment variable (null when unset).</summary>
    public Func<string, string?> GetVariable { get; init; } = static _ => null;

    /// <summary>Whether standard output is a terminal (colour is used only then, and never when NO_COLOR is set).</summary>
    public bool OutputIsTerminal { get; init; }

    /// <summary>Whether standard error is a terminal (progress of long batches is shown only then, unless <c>JSONRESUME_PROGRESS</c> says otherwise).</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>Whether to colour text output: a terminal, and <c>NO_COLOR</c> unset or empty (https://no-color.org).</summary>
    public bool UseColor => OutputIsTerminal && string.IsNullOrEmpty(GetVariable("NO_COLOR"));

    /// <summary>Whether unexpected failures print their stack trace (<c>JSONRESUME_DEBUG=1</c>).</summary>
    public bool Debug => GetVariable("JSONRESUME_DEBUG") == "1";

    /// <summary>
    /// The process's real console, working folder and environment. Standard output is buffered (UTF-8, no byte order
    /// mark): flush <see cref="Output"/> before exiting.
    /// </summary>
    /// <returns>The environment of this process.</returns>
    public static CliEnvironment FromConsole() => new(
        new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), 16 * 1024) { AutoFlush = false },
        static () => Console.Error) // only when something is written there: setting up Console.Error costs 1% of a validate run
    {
        OpenInput = Console.OpenStandardInput,
        GetVariable = Environment.GetEnvironmentVariable,
        OutputIsTerminal = !Console.IsOutputRedirected,
        ErrorIsTerminal = !Console.IsErrorRedirected,
    };

    private static string WorkingFolder()
    {
        try
        {
            return Environment.CurrentDirectory;
        }
        catch (IOException ex)
        {
            throw new IOException("The working folder cannot be read (was it deleted?).", ex);
        }
    }
}
