namespace WebSight.Core.Foundation;

/// <summary>
/// One writer per run directory. Two processes writing the same output would interleave parts and, with
/// <c>--force-new</c>, delete each other's rows; the second one stops at start-up instead. The lock is the kernel's
/// (an exclusively opened file), so a process killed with SIGKILL leaves nothing that blocks the rerun.
/// </summary>
internal sealed class RunLock : IDisposable
{
    public const string FileName = ".websight.lock";

    private readonly FileStream _file;

    private RunLock(FileStream file) => _file = file;

    public static RunLock Acquire(RunDirectory run)
    {
        Directory.CreateDirectory(run.Root);
        var path = Path.Combine(run.Root, FileName);
        try
        {
            var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            file.SetLength(0);
            var pid = System.Text.Encoding.ASCII.GetBytes(
                Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture)
            );
            file.Write(pid);
            file.Flush();
            return new RunLock(file);
        }
        catch (IOException)
        {
            throw new SetupException(
                $"{run.Root} is being written by another websight process; wait for it to finish, "
                    + "or give this run another output directory."
            );
        }
    }

    public void Dispose()
    {
        var path = _file.Name;
        _file.Dispose();
        File.Delete(path);
    }
}
