namespace Nabla.Notebooks.Tests;

/// <summary>
/// In-process sessions set the process's working directory and share the kernel library's process-wide state (formatters,
/// the kit extension's chart session), so they run one at a time.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SessionCollection
{
    public const string Name = "in-process sessions";
}
