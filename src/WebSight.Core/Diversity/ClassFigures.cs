namespace WebSight.Core.Diversity;

/// <summary>Tailwind classes: distinct names used, how many the stylesheet defines, and the share of it they cover.</summary>
internal sealed record ClassFigures(int Distinct, int Defined, int StylesheetClasses, double StylesheetCoverage);
