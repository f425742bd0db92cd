namespace Nabla;

/// <summary>
/// Where a notebook's checks find the grader: the <see cref="AppContext"/> key under which the notebook worker puts
/// the callback that <c>Expect</c> sends each check's reported value to. This file is compiled into the worker too
/// (which does not load the engine), so the two ends use one spelling.
/// </summary>
internal static class ExpectSink
{
    /// <summary>The key: "Nabla.Expect.Sink".</summary>
    public const string Key = "Nabla.Expect.Sink";
}
