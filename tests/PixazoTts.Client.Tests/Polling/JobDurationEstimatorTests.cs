using PixazoTts.Client.Polling;

namespace PixazoTts.Client.Tests.Polling;

public class JobDurationEstimatorTests
{
    [Fact]
    public void There_is_no_estimate_before_the_first_job()
    {
        Assert.Null(new JobDurationEstimator().Estimate);
    }

    [Fact]
    public void The_estimate_is_the_median_so_one_slow_job_does_not_move_it()
    {
        var estimator = new JobDurationEstimator();
        foreach (var seconds in new[] { 2.0, 2.1, 60.0, 1.9, 2.0 })
        {
            estimator.Observe(TimeSpan.FromSeconds(seconds));
        }

        Assert.Equal(TimeSpan.FromSeconds(2), estimator.Estimate);
    }

    [Fact]
    public void With_an_even_count_the_lower_median_is_taken()
    {
        var estimator = new JobDurationEstimator();
        estimator.Observe(TimeSpan.FromSeconds(60));
        estimator.Observe(TimeSpan.FromSeconds(2));

        Assert.Equal(TimeSpan.FromSeconds(2), estimator.Estimate);
    }

    [Fact]
    public void Old_observations_leave_the_window_so_the_estimate_follows_the_gateway()
    {
        var estimator = new JobDurationEstimator(windowSize: 5);
        for (var i = 0; i < 5; i++)
        {
            estimator.Observe(TimeSpan.FromSeconds(10));
        }

        for (var i = 0; i < 3; i++)
        {
            estimator.Observe(TimeSpan.FromSeconds(1));
        }

        Assert.Equal(TimeSpan.FromSeconds(1), estimator.Estimate);
    }

    [Fact]
    public void Negative_durations_are_ignored()
    {
        var estimator = new JobDurationEstimator();
        estimator.Observe(TimeSpan.FromSeconds(-1));

        Assert.Null(estimator.Estimate);
    }

    [Fact]
    public void Concurrent_observers_and_readers_see_only_observed_values()
    {
        var estimator = new JobDurationEstimator(windowSize: 7);
        var allowed = Enumerable.Range(1, 16).Select(i => TimeSpan.FromMilliseconds(i * 100)).ToArray();

        Parallel.For(0, 20_000, i =>
        {
            if (i % 3 == 0)
            {
                var estimate = estimator.Estimate;
                Assert.True(estimate is null || allowed.Contains(estimate.Value));
            }
            else
            {
                estimator.Observe(allowed[i % allowed.Length]);
            }
        });

        Assert.Contains(estimator.Estimate!.Value, allowed);
    }
}
