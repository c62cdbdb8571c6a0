namespace System;

/// <summary>netstandard2.0 stand-ins for the TimeSpan arithmetic and TimeProvider-aware delay of .NET Core 2.0-8.</summary>
internal static class TimePolyfills
{
    extension(TimeSpan)
    {
        public static TimeSpan operator *(TimeSpan timeSpan, double factor) => TimeSpan.FromTicks((long)Math.Round(timeSpan.Ticks * factor));

        public static TimeSpan operator *(double factor, TimeSpan timeSpan) => TimeSpan.FromTicks((long)Math.Round(timeSpan.Ticks * factor));

        public static TimeSpan operator /(TimeSpan timeSpan, double divisor) => TimeSpan.FromTicks((long)Math.Round(timeSpan.Ticks / divisor));

        public static double operator /(TimeSpan dividend, TimeSpan divisor) => (double)dividend.Ticks / divisor.Ticks;
    }

    extension(Threading.Tasks.Task)
    {
        public static Threading.Tasks.Task Delay(TimeSpan delay, TimeProvider timeProvider, Threading.CancellationToken cancellationToken) =>
            timeProvider.Delay(delay, cancellationToken);
    }
}
