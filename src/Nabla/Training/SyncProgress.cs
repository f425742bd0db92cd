namespace Nabla;

/// <summary>
/// An <see cref="IProgress{T}"/> that calls <paramref name="report"/> at once, on the caller's thread
/// (unlike <see cref="Progress{T}"/>, which posts to a synchronization context and may run later).
/// Lets a notebook print or redraw a chart after every epoch: <c>new SyncProgress&lt;EpochResult&gt;(e =&gt; Console.WriteLine(e))</c>.
/// </summary>
/// <param name="report">What to do with each report.</param>
public sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
{
    private readonly Action<T> report = report ?? throw new ArgumentNullException(nameof(report));

    /// <summary>Calls the action with <paramref name="value"/>, synchronously.</summary>
    public void Report(T value) => report(value);
}
