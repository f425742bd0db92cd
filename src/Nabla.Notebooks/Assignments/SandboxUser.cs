namespace Nabla.Notebooks;

/// <summary>
/// The unprivileged user one sandbox runs as when the grader is root, held for as long as the run lasts. Linux counts
/// the process limit per user, so two sandboxes sharing a user would share a limit: each user is claimed with an
/// exclusive lock on a file of its own in the temp folder, which every grader on the machine respects (several
/// <c>nabla grade</c> processes included) and which the system releases if a grader dies.
/// </summary>
public sealed class SandboxUser : IDisposable
{
    private readonly FileStream _claim;

    private SandboxUser(int id, FileStream claim)
    {
        Id = id;
        _claim = claim;
    }

    /// <summary>The user id (from <see cref="Sandbox.FirstUser"/> on).</summary>
    public int Id { get; }

    /// <summary>The folder of the claim files.</summary>
    public static string ClaimFolder => Path.Combine(Path.GetTempPath(), "nabla-sandbox-users");

    /// <summary>Claims the first free user at or after <see cref="Sandbox.UserFor"/>(<paramref name="run"/>), cycling through all of them.</summary>
    /// <exception cref="GradingSetupException">All <see cref="Sandbox.Users"/> users are in use.</exception>
    public static SandboxUser Claim(int run)
    {
        Directory.CreateDirectory(ClaimFolder);
        for (int i = 0; i < Sandbox.Users; i++)
        {
            int id = Sandbox.UserFor(run + i);
            try
            {
                // FileShare.None takes an exclusive lock that other processes (and other claims in this one) cannot share.
                return new SandboxUser(id, new FileStream(Path.Combine(ClaimFolder, $"{id}.claim"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException)
            {
                // In use by another sandbox: try the next user.
            }
        }
        throw new GradingSetupException($"expected a free sandbox user among {Sandbox.Users} (from {Sandbox.FirstUser}), found all in use");
    }

    /// <summary>Gives the user back.</summary>
    public void Dispose() => _claim.Dispose();
}
