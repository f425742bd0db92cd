namespace Nabla.Tests;

/// <summary>
/// Allocation checks run alone: a garbage collection started by another test's allocations can retire this thread's
/// allocation buffer in the middle of a measurement and make a few kilobytes look allocated.
/// </summary>
[CollectionDefinition(nameof(AllocationMeasurement), DisableParallelization = true)]
public sealed class AllocationMeasurement
{
    /// <summary>
    /// Bytes this thread allocates over <paramref name="runs"/> calls of <paramref name="run"/>, after 3 warm-up calls
    /// (which may make buffers kept for later). The least of 3 measurements: a real allocation shows in every one of
    /// them, the occasional artefact of a collection in only one. Counts bytes, measures no time.
    /// </summary>
    public static long BytesAllocated(Action run, int runs = 10)
    {
        for (var warm = 0; warm < 3; warm++)
        {
            run();
        }

        var least = long.MaxValue;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var r = 0; r < runs; r++)
            {
                run();
            }

            least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        return least;
    }
}
