using WebSight.Core.Generation.Copy;
using WebSight.Core.Generation.Design;

namespace WebSight.Core.Generation.Archetypes;

/// <summary>Account settings: a tab list beside form panels for the profile, notifications and a danger zone.</summary>
internal sealed class AccountSettings : IArchetype
{
    public string Name => "settings";

    public string Description => "an account settings page";

    public bool Fits(CategoryTraits traits) => true;

    public IReadOnlyList<Section> Compose(PageContext page) =>
        [Chrome.Header(page, page.L("Sign out")), Settings(page), Chrome.Footer(page)];

    private static readonly string[] ImageFormats = ["JPG", "PNG", "WebP", "GIF", "HEIC", "AVIF"];

    private static readonly string[] UploadLimits = ["1", "2", "3", "4", "5", "8", "10", "15", "20", "25"];

    private static Section Settings(PageContext page)
    {
        var t = page.T;
        var c = page.C;
        var m = new Markup();
        var person = page.Write.Person();
        m.Open("main", $"{c.Surface} {t.SectionY}");
        var split = page.Sidebar(t.Bp);
        // The sections are a side menu on most pages, underlined tabs above a narrower column on some.
        var topTabs = page.Chance(0.35);
        m.Open("div", topTabs ? t.Container : $"{t.Container} {split.Grid} {t.Gap}");
        var tabs = new[]
        {
            page.L("Profile"),
            page.L("Account"),
            page.L("Notifications"),
            page.L("Billing"),
            page.L("Security"),
        };
        if (topTabs)
            Components.Tabs(m, page, tabs, page.S("mb", 6, 10));
        else
            SideMenu(m, page, tabs, split.Side);
        m.Open(
            "div",
            topTabs
                ? $"{page.Pick(["max-w-3xl", "max-w-4xl", $"{t.Wide}w-3/4"])} {page.S("space-y", 5, 8)}"
                : $"{split.Main} {page.S("space-y", 5, 8)}"
        );
        m.Open("form", t.Card);
        m.Text("h1", $"text-xl {t.HeadingWeight} {c.Heading}", page.L("Profile"));
        m.Text("p", $"{page.S("mt", 1, 2)} {t.Small}", page.Write.Sentence());
        m.Open("div", $"{page.S("mt", 4, 6)} flex items-center {page.S("gap", 3, 5)}");
        m.Image(
            page.Image(96, 96, "portrait", person),
            person,
            $"{page.Pick(["w-14 h-14", "w-16 h-16", "w-20 h-20"])} {page.Pick(["rounded-full", t.Radius])} object-cover"
        );
        if (page.Chance(0.5))
        {
            m.Text("button", t.GhostButton, page.L("Change photo"), "type=\"button\"");
        }
        else
        {
            m.Open("div");
            m.Text("button", t.GhostButton, page.L("Upload a new photo"), "type=\"button\"");
            m.Text("p", $"mt-1 text-xs {c.Muted}", UploadHint(page));
            m.Close();
        }
        m.Close();
        m.Open("div", $"{page.S("mt", 5, 8)} grid {t.Bp}grid-cols-2 {page.S("gap", 3, 5)}");
        Field(m, page, page.L("First name"), person.Split(' ')[0]);
        Field(m, page, page.L("Last name"), person.Split(' ')[^1]);
        Field(m, page, page.L("Email"), page.Write.Email(person));
        Field(m, page, page.L("City"), page.Write.City());
        if (page.Chance(0.4))
        {
            m.Open("div");
            m.Text("label", t.Label, page.L("Language"));
            m.Open("select", t.Input);
            foreach (var language in new[] { "English", "Deutsch", "Français", "Español" })
                m.Text("option", "", language);
            m.Close().Close();
        }
        if (page.Chance(0.7))
        {
            m.Open("div", $"{t.Bp}col-span-2");
            m.Text("label", t.Label, page.L("About"));
            m.Text("textarea", t.Input, page.Write.Sentence(), $"rows=\"{page.Next(3, 5)}\"");
            m.Close();
        }
        m.Close();
        m.Open("div", "mt-6 flex justify-end gap-3");
        m.Text("button", t.GhostButton, page.L("Cancel"), "type=\"button\"");
        m.Text("button", t.Button, page.L("Save changes"), "type=\"submit\"");
        m.Close().Close();
        var panels = new List<Action> { () => Notifications(m, page), () => Security(m, page) };
        page.Rng.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(panels));
        foreach (var panel in panels.Take(page.Next(0, 2)))
            panel();
        if (page.Chance(0.4))
        {
            m.Close().Close().Close();
            return new Section("settings/tabs-form", m.Take(), false);
        }
        m.Open("div", $"{t.Radius} border border-red-{page.Pick(["200", "300", "400"])} {page.S("p", 5, 8)}");
        m.Text("h2", "font-semibold text-red-700", page.L("Delete account"));
        m.Text("p", $"{page.S("mt", 1, 2)} {t.Small}", page.Write.Sentence());
        m.Text(
            "button",
            $"{page.S("mt", 3, 5)} {page.S("px", 3, 5)} {page.S("py", 1, 3)} text-sm font-semibold {t.ButtonRadius} bg-red-600 text-white",
            page.L("Delete account"),
            "type=\"button\""
        );
        m.Close().Close().Close().Close();
        return new Section("settings/tabs-form", m.Take(), false);
    }

    /// <summary>Two or three image formats and a size limit, as upload forms phrase them.</summary>
    private static string UploadHint(PageContext page)
    {
        var formats = ImageFormats.ToArray();
        page.Rng.Shuffle(formats);
        var limit = page.Pick(UploadLimits);
        return page.Chance(0.5)
            ? page.F("{0} or {1}, up to {2} MB", formats[0], formats[1], limit)
            : page.F("{0}, {1} or {2}, up to {3} MB", formats[0], formats[1], formats[2], limit);
    }

    private static void Field(Markup m, PageContext page, string label, string value)
    {
        m.Open("div");
        m.Text("label", page.T.Label, label);
        m.Void("input", page.T.Input, $"type=\"text\" value=\"{Markup.Escape(value)}\"");
        m.Close();
    }

    private static void Security(Markup m, PageContext page)
    {
        var t = page.T;
        m.Open("form", t.Card);
        m.Text("h2", $"text-lg font-semibold {page.C.Heading}", page.L("Password"));
        m.Open("div", $"{page.S("mt", 3, 5)} {page.S("space-y", 3, 4)}");
        foreach (var label in new[] { page.L("Current password"), page.L("New password") })
        {
            m.Open("div");
            m.Text("label", t.Label, label);
            m.Void("input", t.Input, "type=\"password\"");
            m.Close();
        }
        m.Close();
        m.Text("button", $"{page.S("mt", 4, 6)} {t.Button}", page.L("Update password"), "type=\"submit\"");
        m.Close();
    }

    private static void SideMenu(Markup m, PageContext page, string[] tabs, string side)
    {
        var t = page.T;
        var c = page.C;
        m.Open("nav", $"{side} space-y-1".TrimStart());
        var iconed = page.Chance(0.5);
        var tabIcons = new[] { Icons.User, Icons.Cog, Icons.Mail, Icons.Doc, Icons.Lock };
        for (var i = 0; i < tabs.Length; i++)
        {
            var classes =
                $"{(iconed ? "flex items-center gap-2" : "block")} {page.S("px", 2, 4)} {page.S("py", 1, 3)} text-sm {t.Radius} {(i == 0 ? c.Soft + " font-semibold" : c.Text)}";
            if (iconed)
                m.Open("a", classes, "href=\"#\"").Icon(tabIcons[i], "w-4 h-4").Raw(tabs[i]).Close();
            else
                m.Text("a", classes, tabs[i], "href=\"#\"");
        }
        m.Close();
    }

    private static void Notifications(Markup m, PageContext page)
    {
        var c = page.C;
        m.Open("div", page.T.Card);
        m.Text("h2", $"text-lg font-semibold {c.Heading}", page.L("Notifications"));
        m.Open("div", "mt-4 space-y-3");
        var switches = page.Chance(0.5);
        foreach (
            var topic in new[]
            {
                page.L("Order updates"),
                page.F("New {0} offers", page.Write.Keyword()),
                page.L("Monthly newsletter"),
            }
        )
        {
            var on = page.Chance(0.6);
            m.Open("label", switches ? "flex items-start justify-between gap-4" : "flex items-start gap-3");
            if (!switches)
                m.Void("input", "mt-1 rounded", on ? "type=\"checkbox\" checked" : "type=\"checkbox\"");
            m.Open("span")
                .Text("span", $"block text-sm font-medium {c.Heading}", topic)
                .Text("span", "block text-xs " + c.Muted, page.Write.Sentence())
                .Close();
            if (switches)
                Components.Switch(m, page, on);
            m.Close();
        }
        m.Close().Close();
    }
}
