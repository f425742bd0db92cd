namespace Nabla.Notebooks;

/// <summary>The grader cannot grade at all: no sandbox, a broken bundle, an instructor notebook that fails its own tests.</summary>
public sealed class GradingSetupException(string message) : Exception(message);
