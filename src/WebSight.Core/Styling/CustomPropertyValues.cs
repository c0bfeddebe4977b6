namespace WebSight.Core.Styling;

/// <summary>
/// Where a sheet declares each custom property, and what one evaluates to for the elements a rule styles when that
/// is provably one value: every declaration that can apply to them (their own rule's, a universal rule's, any rule
/// that may match the same element, and for an inherited property any ancestor's) says the same, counting an
/// <c>@property</c> initial value (or the guaranteed-invalid value, which makes <c>var()</c> take its fallback)
/// where the element may have none.
/// </summary>
internal sealed class CustomPropertyValues
{
    /// <summary>A flat style rule: what it may match, and whether it surely applies to every element or to the root.</summary>
    private sealed record Site(
        CssStyleRule Rule,
        RuleScope Scope,
        bool Universal,
        bool Root,
        bool Conditional,
        bool PseudoElement,
        string Layer
    );

    private sealed record Registration(bool Inherits, string? Initial);

    private readonly Dictionary<CssStyleRule, Site> _sites = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, List<(Site Site, string Value)>> _declared = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Registration> _registered = new(StringComparer.Ordinal);
    private readonly HashSet<string> _blocked = new(StringComparer.Ordinal);

    /// <summary>Layer paths in the order they were first named: a later layer wins over an earlier one.</summary>
    private readonly List<string> _layers = [];
    private readonly string _foreignStyles;

    private CustomPropertyValues(string foreignStyles) => _foreignStyles = foreignStyles;

    /// <param name="foreignStyles">The page's own style blocks and style attributes: a property they name is left alone.</param>
    public static CustomPropertyValues Read(List<CssNode> nodes, string foreignStyles)
    {
        var values = new CustomPropertyValues(foreignStyles);
        values.Walk(nodes, conditional: false, layer: "");
        return values;
    }

    /// <summary>What <c>var(name, fallback)</c> in the rule evaluates to, or null when that is not provably one value.</summary>
    public string? Resolve(CssStyleRule rule, string name, string? fallback)
    {
        if (!_sites.TryGetValue(rule, out var site) || !TryValue(name, site, out var value))
            return null;
        var result = value ?? fallback;
        return result is null || result.Contains("var(", StringComparison.Ordinal) ? null : result;
    }

    /// <summary>False when unknown; a null value is the guaranteed-invalid value.</summary>
    private bool TryValue(string name, Site site, out string? value)
    {
        value = null;
        if (_blocked.Contains(name) || _foreignStyles.Contains(name, StringComparison.Ordinal))
            return false;
        var declared = _declared.GetValueOrDefault(name) ?? [];
        var registration = _registered.GetValueOrDefault(name);
        var initial = registration?.Initial;
        var ownDeclaration = declared.Any(d => ReferenceEquals(d.Site, site));
        var candidates = new List<string?>();
        foreach (var (other, text) in declared)
        {
            // The rule's own declaration hides one of a rule it always outranks (`*` under a class, an earlier layer).
            var hidden =
                ownDeclaration
                && (
                    other.Layer == site.Layer
                        ? site.Scope.AlwaysOutranks(other.Scope)
                        : LayerRank(site.Layer) > LayerRank(other.Layer)
                );
            if (ReferenceEquals(other, site) || (other.Scope.SharesElements(site.Scope) && !hidden))
                candidates.Add(text == "initial" ? initial : text);
        }
        var covered =
            ownDeclaration || (!site.PseudoElement && declared.Any(d => d.Site.Universal && !d.Site.Conditional));
        if (!covered && registration is { Inherits: false })
            candidates.Add(initial);
        else if (!covered)
        {
            // Inherited: any declaration may be an ancestor's, and the root may have none.
            candidates.AddRange(declared.Select(d => d.Value == "initial" ? initial : d.Value));
            if (!declared.Any(d => d.Site.Root && !d.Site.Conditional))
                candidates.Add(initial);
        }
        if (candidates.Count == 0 || candidates.Distinct(StringComparer.Ordinal).Count() != 1)
            return false;
        value = candidates[0];
        return true;
    }

    /// <summary>Unlayered rules outrank every layer.</summary>
    private int LayerRank(string layer) => layer.Length == 0 ? int.MaxValue : _layers.IndexOf(layer);

    private void NameLayers(string prelude, string parent)
    {
        foreach (var name in prelude["@layer".Length..].Split(',', StringSplitOptions.TrimEntries))
        {
            var path = parent + "/" + name;
            if (!_layers.Contains(path))
                _layers.Add(path);
        }
    }

    private void Walk(List<CssNode> nodes, bool conditional, string layer)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case CssStyleRule rule:
                    AddSite(rule, conditional, layer);
                    break;
                case CssAtRule { Body: null } statement
                    when statement.Prelude.StartsWith("@layer", StringComparison.Ordinal):
                    NameLayers(statement.Prelude, layer);
                    break;
                case CssAtRule { HoldsRules: true } block
                    when block.Prelude.StartsWith("@layer", StringComparison.Ordinal):
                    // Each anonymous layer is its own.
                    var name = block.Prelude["@layer".Length..].Trim() is { Length: > 0 } named
                        ? named
                        : $"#{_layers.Count}";
                    NameLayers("@layer " + name, layer);
                    Walk(block.Body!, conditional, layer + "/" + name);
                    break;
                case CssAtRule { HoldsRules: true } block:
                    Walk(block.Body!, conditional: true, layer);
                    break;
                case CssAtRule { Body: { } body } at when at.Prelude.StartsWith("@property", StringComparison.Ordinal):
                    Register(at.Prelude["@property".Length..].Trim(), body);
                    break;
                case CssAtRule { Body: { } body }:
                    // Keyframes (and anything else unread) may set a property over time.
                    Block(body);
                    break;
            }
        }
    }

    private void AddSite(CssStyleRule rule, bool conditional, string layer)
    {
        if (RuleScope.Of(rule) is not { } scope)
            return;
        var selectors = CssTree.SplitSelectors(rule.Selector);
        var site = new Site(
            rule,
            scope,
            selectors.Contains("*"),
            selectors.Any(s => s is ":root" or "html"),
            conditional,
            selectors.Any(s => RuleScope.PseudoElement(s).Length > 0),
            layer
        );
        _sites[rule] = site;
        foreach (var node in rule.Body)
        {
            switch (node)
            {
                case CssDeclaration { Property: var property, Value: var value }
                    when property.StartsWith("--", StringComparison.Ordinal):
                    if (value.Contains("!important", StringComparison.OrdinalIgnoreCase) || IsCascadeKeyword(value))
                        _blocked.Add(property);
                    if (!_declared.TryGetValue(property, out var list))
                        _declared[property] = list = [];
                    list.Add((site, value.Trim()));
                    break;
                case CssStyleRule or CssAtRule:
                    Block([node]);
                    break;
            }
        }
    }

    private static bool IsCascadeKeyword(string value) =>
        value.Trim() is "inherit" or "unset" or "revert" or "revert-layer";

    private void Register(string name, List<CssNode> body)
    {
        var inherits = true;
        string? initial = null;
        foreach (var declaration in body.OfType<CssDeclaration>())
        {
            if (declaration.Property == "inherits")
                inherits = declaration.Value.Trim() != "false";
            else if (declaration.Property == "initial-value")
                initial = declaration.Value.Trim();
        }
        _registered[name] = new Registration(inherits, initial);
    }

    /// <summary>Every custom property declared anywhere below these nodes is left alone.</summary>
    private void Block(List<CssNode> nodes)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case CssDeclaration { Property: var property } when property.StartsWith("--", StringComparison.Ordinal):
                    _blocked.Add(property);
                    break;
                case CssStyleRule rule:
                    Block(rule.Body);
                    break;
                case CssAtRule { Body: { } body }:
                    Block(body);
                    break;
            }
        }
    }
}
