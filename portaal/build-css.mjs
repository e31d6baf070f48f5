// Bundles the portal's stylesheet from npm packages (NL Design System) and the portal's own theme:
//   node build-css.mjs <output directory>
// The Maven build runs it after `npm ci` (exec-maven-plugin, system node); the output lands in
// target/classes/META-INF/resources/css/, where Quarkus serves it as /css/portaal.css.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const require = createRequire(import.meta.url);
const out = process.argv[2];
if (!out) {
  console.error("usage: node build-css.mjs <output directory>");
  process.exit(2);
}

// The design tokens: the NL Design System "Voorbeeld" theme (class voorbeeld-theme) as the base layer.
const tokens = ["@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css"];

// Only the NL Design System components the pages use (each package's dist/index.css).
const components = [
  "root", "document", "page-layout", "page-header", "page-body", "page-footer", "skip-link",
  "heading-1", "heading-2", "heading-3", "paragraph", "link", "link-list", "unordered-list", "ordered-list",
  "separator", "alert", "button", "code", "code-block", "table",
  "form-field", "form-label", "form-field-description", "form-field-error-message", "form-fieldset",
  "textbox", "textarea", "select", "radio-button", "checkbox",
].map((name) => `@utrecht/${name}-css/dist/index.css`);

const parts = [];
for (const module of [...tokens, ...components]) {
  const file = require.resolve(module);
  parts.push(`/* ${module} */\n${readFileSync(file, "utf8")}`);
}
// Last, so it wins: the portal's own restrained theme on top of the tokens.
parts.push(`/* portaal theme */\n${readFileSync(join("src", "main", "css", "meldpunt-thema.css"), "utf8")}`);

mkdirSync(out, { recursive: true });
writeFileSync(join(out, "portaal.css"), parts.join("\n"));
console.log(`portaal.css: ${parts.length} parts written to ${out}`);
