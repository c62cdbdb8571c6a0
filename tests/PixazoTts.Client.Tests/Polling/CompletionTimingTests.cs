using PixazoTts.Client.Polling;

namespace PixazoTts.Client.Tests.Polling;

public class CompletionTimingTests
{
    private static readonly DateTimeOffset Created = new(2026, 4, 17, 8, 22, 25, 893, TimeSpan.Zero);
    private static readonly TimeSpan Margin = TimeSpan.FromMilliseconds(25);

    private static TimeSpan Ms(double milliseconds) => TimeSpan.FromMilliseconds(milliseconds);

    [Fact]
    public void The_gateways_timestamps_are_used_when_the_job_clearly_ended_before_the_check()
    {
        var observed = CompletionTiming.ObservedDuration(Created, Created + Ms(2000), null, Ms(2050), Margin);

        Assert.Equal(Ms(2000), observed);
    }

    [Fact]
    public void Timestamps_that_merely_echo_the_check_time_are_not_believed_so_the_estimate_cannot_creep_up()
    {
        var observed = CompletionTiming.ObservedDuration(Created, Created + Ms(2050), null, Ms(2050), Margin);

        Assert.Equal(Ms(1845), observed);
    }

    [Fact]
    public void Without_timestamps_the_middle_of_the_bracket_is_taken()
    {
        var observed = CompletionTiming.ObservedDuration(null, null, Ms(2000), Ms(2250), Margin);

        Assert.Equal(Ms(2125), observed);
    }

    [Fact]
    public void Timestamps_outside_the_bracket_fall_back_to_it()
    {
        // Claims the job ended long before a check that saw it still pending: a clock problem.
        var observed = CompletionTiming.ObservedDuration(Created, Created + Ms(500), Ms(2000), Ms(2250), Margin);

        Assert.Equal(Ms(2125), observed);
    }

    [Fact]
    public void A_job_seen_done_at_the_first_check_without_timestamps_is_guessed_a_little_shorter()
    {
        var observed = CompletionTiming.ObservedDuration(null, null, null, Ms(1000), Margin);

        Assert.Equal(Ms(900), observed);
    }

    [Fact]
    public void Negative_reported_durations_are_ignored()
    {
        var observed = CompletionTiming.ObservedDuration(Created, Created - Ms(10), null, Ms(1000), Margin);

        Assert.Equal(Ms(900), observed);
    }
}
