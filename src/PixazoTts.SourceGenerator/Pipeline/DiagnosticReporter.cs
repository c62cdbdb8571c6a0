using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace PixazoTts.SourceGenerator.Pipeline
{
    /// <summary>
    /// Turns Core's diagnostics (plain data, carried through the pipeline) into compiler diagnostics at the same
    /// span inside the <c>.tts.json</c> file, so the IDE underlines the exact token the task's message names.
    /// </summary>
    internal static class DiagnosticReporter
    {
        /// <summary>
        /// Category of every PTTS diagnostic, so a ruleset or <c>.editorconfig</c> can address them together.
        /// </summary>
        public const string Category = "PixazoTts";

        /// <summary>
        /// The table that explains every code. The repository has no public address yet, so the link names the
        /// document by its path in the repository (and in the README); make it absolute once one exists.
        /// </summary>
        public const string HelpLink = "docs/diagnostics.md";

        /// <summary>
        /// One descriptor per code, made once from Core's table: the IDE's rule list and <c>#pragma</c>/NoWarn see
        /// the same id, title and severity as the task's MSBuild messages.
        /// </summary>
        private static readonly Dictionary<string, DiagnosticDescriptor> Descriptors =
            TtsDiagnosticDescriptors.All.ToDictionary(d => d.Code, Create);

        public static void Report(SourceProductionContext context, EquatableArray<TtsDiagnostic> diagnostics)
        {
            foreach (var diagnostic in diagnostics)
            {
                context.ReportDiagnostic(ToRoslyn(diagnostic));
            }
        }

        public static Diagnostic ToRoslyn(TtsDiagnostic diagnostic)
        {
            // Core only ever makes diagnostics from its own table; a descriptor added there later still reports.
            var descriptor = Descriptors.TryGetValue(diagnostic.Code, out var known) ? known : Create(diagnostic.Descriptor);

            // Core has already formatted the message (invariant culture), and the compiler shows it as is.
            return Diagnostic.Create(descriptor, LocationOf(diagnostic), diagnostic.Message);
        }

        private static DiagnosticDescriptor Create(TtsDiagnosticDescriptor descriptor) =>
            new DiagnosticDescriptor(
                descriptor.Code,
                descriptor.Title,
                "{0}",
                Category,
                descriptor.Severity == TtsSeverity.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
                isEnabledByDefault: true,
                description: descriptor.Code + " " + descriptor.Title + ": see " + HelpLink + " of PixazoTts.Build.",
                helpLinkUri: HelpLink);

        private static Location LocationOf(TtsDiagnostic diagnostic)
        {
            if (diagnostic.FilePath is null)
            {
                return Location.None;
            }

            var span = diagnostic.Span ?? TtsSourceSpan.FileStart;
            return Location.Create(
                diagnostic.FilePath,
                new TextSpan(span.Start, span.Length),
                new LinePositionSpan(new LinePosition(span.StartLine, span.StartColumn), new LinePosition(span.EndLine, span.EndColumn)));
        }
    }
}
