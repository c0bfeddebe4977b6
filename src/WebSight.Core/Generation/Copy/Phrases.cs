namespace WebSight.Core.Generation.Copy;

/// <summary>The closed-class words of the sentence grammar; the open slots come from the category and Bogus.</summary>
internal static class Phrases
{
    public static readonly string[] Audiences =
    [
        "families",
        "small teams",
        "first-time visitors",
        "regulars",
        "local businesses",
        "students",
        "busy parents",
        "newcomers",
        "neighbours",
        "our members",
        "returning clients",
        "weekend visitors",
        "night owls",
        "early risers",
        "beginners",
        "seasoned pros",
        "remote workers",
        "retirees",
        "couples",
        "groups of friends",
    ];

    public static readonly string[] Adjectives =
    [
        "honest",
        "careful",
        "seasonal",
        "thoughtful",
        "reliable",
        "friendly",
        "modern",
        "classic",
        "quiet",
        "generous",
        "flexible",
        "well-made",
        "hand-picked",
        "straightforward",
        "patient",
        "local",
        "fresh",
        "transparent",
        "unhurried",
        "practical",
        "bright",
        "simple",
        "sturdy",
        "personal",
    ];

    public static readonly string[] Verbs =
    [
        "plan",
        "compare",
        "book",
        "track",
        "choose",
        "discover",
        "enjoy",
        "try",
        "manage",
        "explore",
        "review",
        "order",
        "share",
        "reserve",
        "schedule",
        "arrange",
        "pick up",
        "sign up for",
        "ask about",
        "customise",
    ];

    public static readonly string[] PastVerbs =
    [
        "recommended",
        "tried",
        "booked",
        "praised",
        "reviewed",
        "chose",
        "switched to",
        "came back for",
        "wrote about",
        "picked",
        "discovered",
        "returned for",
    ];

    public static readonly string[] Outcomes =
    [
        "nobody waits long",
        "every visit feels easy",
        "plans stay on budget",
        "nothing gets lost",
        "questions get answered the same day",
        "the details are never an afterthought",
        "you always know the price",
        "mornings run smoothly",
        "changes take minutes",
        "everyone leaves happier",
        "there are no surprises",
        "small problems stay small",
    ];

    public static readonly string[] Openers =
    [
        "Starting this season",
        "From now on",
        "Every week",
        "Since we opened",
        "Thanks to our regulars",
        "For the first time",
        "After many requests",
        "Once again",
        "Right now",
        "All year round",
        "Later this month",
        "Before the holidays",
    ];

    public static readonly string[] Qualifiers =
    [
        "without the usual fuss",
        "at a fair price",
        "with no hidden fees",
        "in plain language",
        "with a real person to help",
        "with care and attention",
        "from start to finish",
        "on your schedule",
        "whatever the weather",
        "at every step",
        "even at short notice",
        "with a smile",
    ];

    public static readonly string[] Days =
    [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];

    public static readonly string[] Months =
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
}
