namespace WebSight.Core.Generation.Archetypes;

/// <summary>Short stroked 24-unit icon paths: they read as icons in a screenshot without pages of path data.</summary>
internal static class Icons
{
    public const string Check = "M5 13l4 4L19 7";
    public const string Plus = "M12 4v16m8-8H4";
    public const string Menu = "M4 6h16M4 12h16M4 18h16";
    public const string Arrow = "M14 5l7 7-7 7M21 12H3";
    public const string Chevron = "M9 5l7 7-7 7";
    public const string Search = "M21 21l-6-6m2-5a7 7 0 11-14 0 7 7 0 0114 0z";
    public const string Home = "M3 12l9-9 9 9M5 10v10h14V10";
    public const string Chart = "M4 20V10m6 10V4m6 16v-7m4 7H2";
    public const string User = "M16 7a4 4 0 11-8 0 4 4 0 018 0zM12 14a7 7 0 00-7 7h14a7 7 0 00-7-7z";
    public const string Mail = "M3 8l9 6 9-6M3 6h18v12H3z";
    public const string Calendar = "M8 7V3m8 4V3M4 11h16M4 5h16v16H4z";
    public const string Pin = "M12 21s-7-6-7-11a7 7 0 0114 0c0 5-7 11-7 11z";
    public const string Clock = "M12 8v4l3 3m6-3a9 9 0 11-18 0 9 9 0 0118 0z";
    public const string Star = "M12 3l3 6 6 1-4.5 4 1 6.5-5.5-3-5.5 3 1-6.5L3 10l6-1z";
    public const string Bolt = "M13 10V3L4 14h7v7l9-11h-7z";
    public const string Doc = "M9 12h6m-6 4h6M7 3h7l5 5v13H7z";
    public const string Cog = "M12 15a3 3 0 100-6 3 3 0 000 6z";
    public const string Lock = "M6 11h12v10H6zM8 11V7a4 4 0 018 0v4";

    public static readonly string[] Feature = [Check, Bolt, Star, Clock, Chart, Pin, Lock, Calendar, Doc, User];
}
