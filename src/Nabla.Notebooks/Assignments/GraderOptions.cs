namespace Nabla.Notebooks;

/// <summary>How <see cref="Grader"/> runs submissions.</summary>
/// <param name="WorkerPath">The kit's CLI (<c>Nabla.Cli.dll</c>) that hosts the notebook worker.</param>
/// <param name="ScratchFolder">A private folder for the submissions' work and home folders (deleted by the caller).</param>
/// <param name="Limits">Time, memory and process limits.</param>
/// <param name="Unsafe">Run without a sandbox (the instructor asked for it with --unsafe; only for trusted code).</param>
public sealed record GraderOptions(string WorkerPath, string ScratchFolder, SandboxLimits Limits, bool Unsafe = false);
