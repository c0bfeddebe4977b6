// websight's Tailwind compiler worker: one long-lived process per renderer (and one for validation), so a page
// costs one compile and no process start. It reads newline-delimited JSON requests on stdin and answers each with
// one JSON line on stdout, in order:
//   {"op":"css","candidates":["p-4","w-[350px]"]}  ->  {"css":"..."}       the page's whole stylesheet
//   {"op":"known","candidates":["p-4","nope"]}     ->  {"known":[true,false]}  does the compiler make a rule for it
//   anything that fails                            ->  {"error":"..."}
// Usage: node tailwind-worker.mjs <3|4> <folder holding node_modules with the pinned compiler>
import { createRequire } from "node:module";
import { createInterface } from "node:readline";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [version, modules] = process.argv.slice(2);
const require = createRequire(join(modules, "package.json"));

/**
 * Tailwind 3: one long-lived context whose per-class caches stay warm, so a page compiles only the classes no earlier
 * page used. The context's rule set, from which a build assembles its stylesheet, is rebuilt per page from the
 * cached rules of the page's own candidates, in the order a fresh build would add them, so a page gets exactly the
 * CSS it would get alone.
 */
async function tailwind3() {
  const postcss = require("postcss");
  const resolveConfig = require("tailwindcss/resolveConfig");
  const { createContext } = require("tailwindcss/lib/lib/setupContextUtils");
  const { generateRules } = require("tailwindcss/lib/lib/generateRules");
  const { defaultExtractor } = require("tailwindcss/lib/lib/defaultExtractor");
  const { NOT_ON_DEMAND } = require("tailwindcss/lib/lib/sharedState");
  const processTailwindFeatures = require("tailwindcss/lib/processTailwindFeatures").default;
  const config = resolveConfig({ content: [{ raw: "" }] });
  let context = createContext(config);
  let extract = defaultExtractor(context);
  const plugin = { postcssPlugin: "tailwindcss", Once: processTailwindFeatures(() => () => context) };
  const source = "@tailwind base;@tailwind components;@tailwind utilities;@tailwind variants;";

  // Page text can make up class names without end: past this many cached candidates the context starts over.
  const maxCached = 100_000;
  function warmContext() {
    if (context.candidateRuleCache.size + context.notClassCache.size > maxCached) {
      context = createContext(config);
      extract = defaultExtractor(context);
    }
    return context;
  }

  /** The candidates a build finds in the page's class list: the extractor's matches, sorted as the build sorts them. */
  function pageCandidates(candidates) {
    const found = new Set([NOT_ON_DEMAND]);
    const seen = new Set();
    for (let line of candidates.join(" ").split("\n")) {
      line = line.trim();
      if (seen.has(line)) continue;
      seen.add(line);
      for (const match of extract(line)) if (match !== "!*") found.add(match);
    }
    return [...found].sort((a, z) => (a === z ? 0 : a < z ? -1 : 1));
  }

  return {
    async css(candidates) {
      const page = warmContext();
      const sorted = pageCandidates(candidates);
      generateRules(new Set(sorted), page); // compiles and caches the candidates no earlier page had
      page.ruleCache = new Set();
      for (const candidate of sorted)
        for (const entry of page.candidateRuleCache.get(candidate) ?? []) page.ruleCache.add(entry);
      page.stylesheetCache = null;
      page.changedContent = [];
      const result = await postcss([plugin]).process(source, { from: undefined });
      return result.css;
    },
    known(candidates) {
      const page = warmContext();
      generateRules(new Set(candidates), page);
      return candidates.map((candidate) => !page.notClassCache.has(candidate));
    },
  };
}

/**
 * Tailwind 4: a fresh compiler per page, since a compiler's build() keeps every earlier page's classes and theme
 * variables. The next page's compiler is made right after a page is answered, while the renderer is busy with
 * the browser, so a request waits only for build().
 */
async function tailwind4() {
  const node = await import(pathToFileURL(require.resolve("@tailwindcss/node")).href);
  const source = '@import "tailwindcss";';
  const options = { base: modules, onDependency: () => {} };
  const design = await node.__unstable__loadDesignSystem(source, { base: modules });
  let next = node.compile(source, options);
  next.catch(() => {});
  return {
    async css(candidates) {
      const compiler = await next;
      const css = compiler.build(candidates);
      next = new Promise((resolve) => setImmediate(resolve)).then(() => node.compile(source, options));
      next.catch(() => {}); // a failure is reported by the request that awaits it
      return css;
    },
    known(candidates) {
      return design.candidatesToCss(candidates).map((css) => css !== null && css !== "");
    },
  };
}

const compiler = version === "3" ? await tailwind3() : version === "4" ? await tailwind4() : null;
if (compiler === null) {
  process.stderr.write(`tailwind-worker: unknown Tailwind version ${version}; expected 3 or 4\n`);
  process.exit(2);
}

// Requests are answered strictly in order, one at a time, so the caller can pair answers by position.
let queue = Promise.resolve();
createInterface({ input: process.stdin, crlfDelay: Infinity }).on("line", (line) => {
  queue = queue.then(() => answer(line));
});

async function answer(line) {
  let reply;
  try {
    const request = JSON.parse(line);
    const candidates = Array.isArray(request.candidates) ? request.candidates.map(String) : [];
    reply =
      request.op === "known"
        ? { known: compiler.known(candidates) }
        : { css: await compiler.css(candidates) };
  } catch (error) {
    reply = { error: String(error?.message ?? error) };
  }
  process.stdout.write(JSON.stringify(reply) + "\n");
}
process.stdout.write(JSON.stringify({ ready: version }) + "\n");
