using PixazoTts.Client.Polling;

namespace PixazoTts.Client.Tests.Polling;

public class PollScheduleTests
{
    private static readonly PollScheduleSettings Settings = PollScheduleSettings.Default;

    [Fact]
    public void Without_history_the_first_check_comes_after_one_second_then_every_250_ms_up_to_two_seconds_then_intervals_grow_by_1_6_up_to_5_seconds()
    {
        var delays = new PollSchedule(null, Settings).Take(12).Select(d => d.TotalMilliseconds).ToArray();

        Assert.Equal(1000, delays[0]);
        Assert.Equal(250, delays[1], 3);
        Assert.Equal(250, delays[2], 3);
        Assert.Equal(250, delays[3], 3);
        Assert.Equal(250, delays[4], 3);
        Assert.Equal(400, delays[5], 3);
        Assert.Equal(640, delays[6], 3);
        Assert.Equal(1024, delays[7], 3);
        Assert.Equal(1638.4, delays[8], 3);
        Assert.Equal(2621.44, delays[9], 3);
        Assert.Equal(4194.304, delays[10], 3);
        Assert.Equal(5000, delays[11]);
    }

    [Fact]
    public void Without_history_a_first_wave_of_two_second_jobs_is_seen_within_one_interval_of_finishing()
    {
        var schedule = new PollSchedule(null, Settings);
        var elapsed = TimeSpan.Zero;
        var check = 0;
        do
        {
            elapsed += schedule.DelayBefore(++check);
        }
        while (elapsed < TimeSpan.FromSeconds(2));

        Assert.Equal(TimeSpan.FromSeconds(2), elapsed);
        Assert.Equal(5, check);
    }

    [Fact]
    public void With_history_the_first_check_comes_just_after_the_expected_duration()
    {
        var schedule = new PollSchedule(TimeSpan.FromSeconds(2), Settings);

        Assert.Equal(TimeSpan.FromMilliseconds(2020), schedule.DelayBefore(1));
        Assert.Equal(TimeSpan.FromMilliseconds(250), schedule.DelayBefore(2));
    }

    [Fact]
    public void A_very_long_expected_duration_is_capped_so_short_jobs_are_not_held_back()
    {
        var schedule = new PollSchedule(TimeSpan.FromMinutes(30), Settings);

        Assert.Equal(Settings.MaxFirstDelay, schedule.DelayBefore(1));
    }

    [Fact]
    public void Long_jobs_back_off_to_the_documented_five_seconds_and_never_beyond()
    {
        var schedule = new PollSchedule(TimeSpan.FromSeconds(1), Settings);

        Assert.All(Enumerable.Range(2, 500).Select(schedule.DelayBefore), d => Assert.InRange(d, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(5)));
        Assert.Equal(TimeSpan.FromSeconds(5), schedule.DelayBefore(500));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Check_numbers_start_at_one(int checkNumber)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PollSchedule(null, Settings).DelayBefore(checkNumber));
    }

    // The benchmark's scenario, played on the schedule alone: 200 jobs that each take 2 s, 8 at a
    // time, the estimator fed as the client feeds it (the gateway's own duration). Targets: at most 4
    // status checks per line on average, and wall time within 1.2 x the ideal.
    [Fact]
    public void Two_hundred_two_second_jobs_need_few_checks_and_little_detection_lag()
    {
        var jobDuration = TimeSpan.FromSeconds(2);
        const int jobs = 200;
        const int concurrency = 8;
        var estimator = new JobDurationEstimator();
        var totalChecks = 0;
        var wall = TimeSpan.Zero;

        for (var batch = 0; batch < jobs / concurrency; batch++)
        {
            var slowest = TimeSpan.Zero;
            var expected = estimator.Estimate;
            for (var job = 0; job < concurrency; job++)
            {
                var schedule = new PollSchedule(expected, Settings);
                var elapsed = TimeSpan.Zero;
                var check = 0;
                do
                {
                    elapsed += schedule.DelayBefore(++check);
                }
                while (elapsed < jobDuration);

                totalChecks += check;
                slowest = elapsed > slowest ? elapsed : slowest;
                estimator.Observe(jobDuration);
            }

            wall += slowest;
        }

        var ideal = jobDuration * (jobs / concurrency);
        Assert.True(totalChecks / (double)jobs <= 4, $"average checks per line {totalChecks / (double)jobs}");
        Assert.True(wall <= ideal * 1.2, $"wall {wall} vs ideal {ideal}");
    }
}
