using WebSight.Core.Generation.Copy;
using WebSight.Core.Generation.Design;

namespace WebSight.Core.Generation.Archetypes;

/// <summary>A sign-in or sign-up form: a centred card, or split beside a picture or a coloured panel.</summary>
internal sealed class SignIn : IArchetype
{
    public string Name => "sign-in";

    public string Description => "a sign-in page";

    public bool Fits(CategoryTraits traits) => true;

    public IReadOnlyList<Section> Compose(PageContext page)
    {
        var t = page.T;
        var c = page.C;
        var m = new Markup();
        var signUp = page.Chance(0.4);
        var layout = page.Rng.Next(3);
        m.Open(
            "div",
            layout == 0
                ? $"min-h-screen flex items-center justify-center {c.Surface} {page.S("p", 5, 8)}"
                : $"min-h-screen grid {t.Bp}grid-cols-2"
        );
        if (layout == 1)
            m.Image(
                page.Image(960, 1200, page.PhotoPurpose, page.Write.Keyword()),
                page.Name,
                $"hidden {t.Bp}block w-full h-full object-cover"
            );
        else if (layout == 2)
        {
            m.Open("div", $"hidden {t.Bp}flex flex-col justify-center {page.S("p", 10, 16)} {c.Band} {c.BandText}");
            m.Text("p", $"text-3xl {t.HeadingWeight}", page.Name);
            m.Text("p", $"{page.S("mt", 3, 5)} text-lg {c.BandMuted}", page.Write.Sentence());
            m.Text(
                "p",
                $"{page.S("mt", 6, 10)} text-sm {c.BandMuted}",
                "“" + page.Write.Sentence() + "” — " + page.Write.Person()
            );
            m.Close();
        }
        m.Open(
            "div",
            layout == 0
                ? $"{page.Pick(["w-full max-w-md", "w-full max-w-md", "sm:mx-auto sm:w-full sm:max-w-md", "w-full sm:w-96 md:w-auto md:max-w-lg"])} {t.Card}"
                : $"flex items-center justify-center {page.S("p", 6, 10)} {c.Page}"
        );
        m.Open("div", layout == 0 ? "" : "w-full max-w-sm");
        m.Text("p", $"text-sm font-semibold {c.PrimaryText}", page.Name);
        m.Text(
            "h1",
            $"{page.S("mt", 1, 3)} text-2xl {t.HeadingWeight} {c.Heading}",
            signUp
                ? page.L("Create your account")
                : page.Pick([page.L("Welcome back"), page.L("Sign in to your account"), page.L("Log in")])
        );
        m.Open("form", "mt-6 space-y-4");
        var person = page.Write.Person();
        if (signUp)
            Field(m, page, page.L("Full name"), "text", person);
        Field(m, page, page.L("Email address"), "email", page.Write.Email(person));
        Field(m, page, page.L("Password"), "password", "");
        m.Open("div", "flex items-center justify-between text-sm");
        m.Open("label", $"flex items-center {page.S("gap", 1, 3)} {c.Text}")
            .Void("input", "rounded", "type=\"checkbox\"")
            .Raw(signUp ? page.L("I agree to the terms") : page.L("Remember me"))
            .Close();
        if (!signUp)
            m.Text("a", t.Link, page.L("Forgot password?"), "href=\"#\"");
        m.Close();
        m.Text(
            "button",
            $"w-full {t.Button}",
            signUp ? page.L("Create account") : page.L("Sign in"),
            "type=\"submit\""
        );
        m.Close();
        if (page.Chance(0.5))
        {
            m.Text("p", $"{page.S("mt", 5, 8)} text-center text-xs uppercase {c.Muted}", page.L("or continue with"));
            m.Open("div", "mt-3 grid grid-cols-2 gap-3");
            foreach (var provider in new[] { "Google", page.Pick(["Apple", "GitHub", "Microsoft"]) })
                m.Text("a", $"text-center {t.GhostButton}", provider, "href=\"#\"");
            m.Close();
        }
        m.Text(
            "p",
            $"{page.S("mt", 5, 8)} text-center text-sm {c.Muted}",
            signUp ? page.L("Already have an account? Sign in") : page.L("New here? Create an account")
        );
        m.Close().Close().Close();
        return [new Section($"auth/{(signUp ? "sign-up" : "sign-in")}-{layout}", m.Take(), false)];
    }

    private static void Field(Markup m, PageContext page, string label, string type, string value)
    {
        m.Open("div");
        m.Text("label", page.T.Label, label);
        m.Void(
            "input",
            page.T.Input,
            value.Length > 0 ? $"type=\"{type}\" value=\"{Markup.Escape(value)}\"" : $"type=\"{type}\""
        );
        m.Close();
    }
}
