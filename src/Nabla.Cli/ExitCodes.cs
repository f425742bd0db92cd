namespace Nabla.Cli;

/// <summary>The exit codes every <c>nabla</c> command uses.</summary>
public static class ExitCodes
{
    /// <summary>Everything ran and passed.</summary>
    public const int Success = 0;

    /// <summary>Usage or infrastructure error: missing file, malformed notebook, worker failure.</summary>
    public const int Usage = 1;

    /// <summary>Some notebook cell failed or a check found problems.</summary>
    public const int Failures = 2;
}
