namespace PixazoTts.Emulator.Faults;

/// <summary>The command-line names of <see cref="EmulatorHostileModes"/> (kebab-case, as documented).</summary>
internal static class HostileModeNames
{
    public static readonly IReadOnlyDictionary<string, EmulatorHostileModes> ByName = new Dictionary<string, EmulatorHostileModes>(StringComparer.OrdinalIgnoreCase)
    {
        ["file-media-url"] = EmulatorHostileModes.FileMediaUrl,
        ["foreign-media-url"] = EmulatorHostileModes.ForeignMediaUrl,
        ["redirect-media"] = EmulatorHostileModes.RedirectMedia,
        ["oversize-media"] = EmulatorHostileModes.OversizeMedia,
        ["oversize-media-chunked"] = EmulatorHostileModes.OversizeMediaChunked,
        ["never-finish"] = EmulatorHostileModes.NeverFinish,
        ["foreign-polling-url"] = EmulatorHostileModes.ForeignPollingUrl,
    };

    /// <summary>Parses names separated by commas or given one by one; false with the bad name when one is unknown.</summary>
    public static bool TryParse(IEnumerable<string> values, out EmulatorHostileModes modes, out string? unknown)
    {
        modes = EmulatorHostileModes.None;
        foreach (var value in values)
        {
            foreach (var name in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!ByName.TryGetValue(name, out var mode))
                {
                    unknown = name;
                    return false;
                }

                modes |= mode;
            }
        }

        unknown = null;
        return true;
    }

    public static string Describe(EmulatorHostileModes modes) =>
        string.Join(", ", ByName.Where(pair => modes.HasFlag(pair.Value)).Select(pair => pair.Key));
}
