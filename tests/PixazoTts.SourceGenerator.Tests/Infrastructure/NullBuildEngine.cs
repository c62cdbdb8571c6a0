namespace PixazoTts.SourceGenerator.Tests.Infrastructure;

/// <summary>The build engine a task needs to run outside MSBuild; the tasks here log nothing that is checked.</summary>
internal sealed class NullBuildEngine : Microsoft.Build.Framework.IBuildEngine
{
    public bool ContinueOnError => false;

    public int LineNumberOfTaskNode => 0;

    public int ColumnNumberOfTaskNode => 0;

    public string ProjectFileOfTaskNode => string.Empty;

    public bool BuildProjectFile(string projectFileName, string[] targetNames, System.Collections.IDictionary globalProperties, System.Collections.IDictionary targetOutputs) => false;

    public void LogCustomEvent(Microsoft.Build.Framework.CustomBuildEventArgs e)
    {
    }

    public void LogErrorEvent(Microsoft.Build.Framework.BuildErrorEventArgs e)
    {
    }

    public void LogMessageEvent(Microsoft.Build.Framework.BuildMessageEventArgs e)
    {
    }

    public void LogWarningEvent(Microsoft.Build.Framework.BuildWarningEventArgs e)
    {
    }
}
