using WebSight.Core.Foundation;
using WebSight.Core.Tests.Support;

namespace WebSight.Core.Tests.Foundation;

/// <summary>One writer per run directory: a second one is refused with a clear message, and nothing is left after.</summary>
public sealed class RunLockTests
{
    [Fact]
    public void A_second_writer_of_the_same_directory_is_refused_until_the_first_is_done()
    {
        using var directory = new TempDirectory();
        var run = new RunDirectory(directory.Combine("out"));

        using (RunLock.Acquire(run))
        {
            var refused = Assert.Throws<SetupException>(() => RunLock.Acquire(run));
            Assert.Contains(run.Root, refused.Message);
            Assert.Contains("another websight process", refused.Message);
            Assert.True(File.Exists(Path.Combine(run.Root, RunLock.FileName)));
        }

        Assert.False(File.Exists(Path.Combine(run.Root, RunLock.FileName)));
        using (RunLock.Acquire(run))
            Assert.True(File.Exists(Path.Combine(run.Root, RunLock.FileName)));
    }

    [Fact]
    public void A_lock_file_left_by_a_killed_process_does_not_block_the_rerun()
    {
        using var directory = new TempDirectory();
        var run = new RunDirectory(directory.Path);
        File.WriteAllText(Path.Combine(run.Root, RunLock.FileName), "12345");

        using var writer = RunLock.Acquire(run);

        Assert.True(File.Exists(Path.Combine(run.Root, RunLock.FileName)));
    }
}
