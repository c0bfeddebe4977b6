// Browser tests each start Chromium; on a 2-core machine running them side by side only adds timeouts.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
