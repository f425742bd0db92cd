using System.Diagnostics;

namespace Nabla.Notebooks.Tests;

/// <summary>Sandbox users are claimed one per running sandbox, across every grader on the machine.</summary>
public sealed class SandboxUserTests
{
    // Runs far from the 1..n that graders in this test process use, so that parallel grading tests do not interfere.
    private const int Run = 700;

    [Fact]
    public void Two_claims_get_two_users_and_a_returned_user_can_be_claimed_again()
    {
        int first;
        using (var a = SandboxUser.Claim(Run))
        using (var b = SandboxUser.Claim(Run))
        {
            first = a.Id;
            Assert.Equal(Sandbox.UserFor(Run), a.Id);
            Assert.Equal(Sandbox.UserFor(Run + 1), b.Id);
        }
        using var again = SandboxUser.Claim(Run);
        Assert.Equal(first, again.Id);
    }

    [Fact]
    public async Task A_user_held_by_another_process_is_skipped()
    {
        int held = Sandbox.UserFor(Run + 50);
        Directory.CreateDirectory(SandboxUser.ClaimFolder);
        string claim = Path.Combine(SandboxUser.ClaimFolder, $"{held}.claim");
        // util-linux's flock holds an exclusive lock on the claim file, as a second grader's claim would.
        using var other = Process.Start(new ProcessStartInfo("flock", ["--exclusive", claim, "sleep", "30"]) { UseShellExecute = false })!;
        try
        {
            for (int i = 0; i < 50 && !LockedElsewhere(claim); i++)
                await Task.Delay(100);
            Assert.True(LockedElsewhere(claim), "expected flock to hold the claim file");

            using var user = SandboxUser.Claim(Run + 50);

            Assert.Equal(Sandbox.UserFor(Run + 51), user.Id);
        }
        finally
        {
            other.Kill();
            await other.WaitForExitAsync();
        }
    }

    private static bool LockedElsewhere(string path)
    {
        try
        {
            using var probe = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }
}
