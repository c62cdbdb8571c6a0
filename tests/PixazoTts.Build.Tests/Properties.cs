// The tests start real 'dotnet' builds that each use both cores: running two tests at once only makes them slower and
// their shared temp feed busier.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
