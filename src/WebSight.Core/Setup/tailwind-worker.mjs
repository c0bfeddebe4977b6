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

/** Tailwind 3: one context from the default config, its per-build caches emptied before each page. */
async function tailwind3() {
  const postcss = require("postcss");
  const resolveConfig = require("tailwindcss/resolveConfig");
  const { createContext } = require("tailwindcss/lib/lib/setupContextUtils");
  const { generateRules } = require("tailwindcss/lib/lib/generateRules");
  const processTailwindFeatures = require("tailwindcss/lib/processTailwindFeatures").default;
  const config = resolveConfig({ content: [{ raw: "" }] });
  const pageContext = createContext(config);
  const checkContext = createContext(config);
  const plugin = { postcssPlugin: "tailwindcss", Once: processTailwindFeatures(() => () => pageContext) };
  const source = "@tailwind base;@tailwind components;@tailwind utilities;@tailwind variants;";
  return {
    async css(candidates) {
      // The context remembers every class it built (for watch mode); a page gets its own rules only.
      pageContext.ruleCache = new Set();
      pageContext.classCache = new Map();
      pageContext.candidateRuleCache = new Map();
      pageContext.stylesheetCache = null;
      pageContext.changedContent = [{ content: candidates.join(" "), extension: "html" }];
      const result = await postcss([plugin]).process(source, { from: undefined });
      return result.css;
    },
    known(candidates) {
      return candidates.map((candidate) => {
        generateRules(new Set([candidate]), checkContext);
        return !checkContext.notClassCache.has(candidate);
      });
    },
  };
}

/** Tailwind 4: a compiler per page from the parsed default theme (build() would keep every earlier page's classes). */
async function tailwind4() {
  const node = await import(pathToFileURL(require.resolve("@tailwindcss/node")).href);
  const source = '@import "tailwindcss";';
  const options = { base: modules, onDependency: () => {} };
  const design = await node.__unstable__loadDesignSystem(source, { base: modules });
  return {
    async css(candidates) {
      const compiler = await node.compile(source, options);
      return compiler.build(candidates);
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
