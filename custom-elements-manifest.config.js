// Generates custom-elements.json from the JSDoc headers of the widget's classes (`npm run analyze`, and the build),
// then VS Code's custom data and JetBrains' web-types from it into dist/.
import { readFileSync, readdirSync } from 'node:fs';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';

/** `widget/question/question.component.ts` → `dist/widget/question/question.component.js`: what ships. */
const shipped = (path) => (path ? `dist/${path.replace(/^\//, '').replace(/\.ts$/, '.js')}` : path);

/**
 * Parts an element forwards from the parts it renders (`exportparts="heading: question-heading, option"` on
 * `<iso-readiness-question>`), read from the templates, so the manifest lists the names a host can style.
 */
function forwardedParts(folder) {
  const found = [];
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.ts'))) {
    const source = readFileSync(`${folder}/${file}`, 'utf8');
    for (const match of source.matchAll(/<(iso-readiness-[\w-]+)\b[^>]*?\bexportparts="([^"]+)"/g)) {
      for (const entry of match[2].split(',')) {
        const [inner, outer = inner] = entry.split(':').map((s) => s.trim());
        found.push({ tag: match[1], inner, outer });
      }
    }
  }
  return found;
}

/** Shipped paths, definitions, forwarded parts, no private members, modules in a stable order. */
const shipping = () => ({
  name: 'iso-readiness-shipping',
  packageLinkPhase({ customElementsManifest: manifest }) {
    const byTag = new Map();
    for (const mod of manifest.modules) {
      for (const decl of mod.declarations ?? []) if (decl.tagName) byTag.set(decl.tagName, decl);
    }
    const definers = [];
    for (const mod of manifest.modules) {
      const source = mod.path;
      mod.path = shipped(source);
      for (const decl of mod.declarations ?? []) {
        if (decl.superclass?.module) decl.superclass.module = shipped(decl.superclass.module);
        for (const member of decl.members ?? []) {
          if (member.inheritedFrom?.module)
            member.inheritedFrom.module = shipped(member.inheritedFrom.module);
        }
        decl.members = (decl.members ?? []).filter(
          (m) => m.privacy !== 'private' && !(m.static && m.name === 'dependencies'),
        );
        if (!decl.description && decl.summary) decl.description = decl.summary;
        if (!decl.tagName) continue;
        // The module that registers the tag: `x.ts` beside `x.component.ts`.
        definers.push({
          kind: 'javascript-module',
          path: mod.path.replace(/\.component\.js$/, '.js'),
          declarations: [],
          exports: [
            {
              kind: 'custom-element-definition',
              name: decl.tagName,
              declaration: { name: decl.name, module: mod.path },
            },
          ],
        });
        const folder = source.replace(/^\//, '').replace(/\/[^/]+$/, '');
        for (const { tag, inner, outer } of forwardedParts(folder)) {
          if ((decl.cssParts ?? []).some((p) => p.name === outer)) continue;
          const from = byTag.get(tag)?.cssParts?.find((p) => p.name === inner);
          const what = from?.description ? ` ${from.description}` : '';
          decl.cssParts = [
            ...(decl.cssParts ?? []),
            { name: outer, description: `Forwarded from \`<${tag}>\` (its \`${inner}\` part).${what}` },
          ];
        }
      }
    }
    manifest.modules.push(...definers);
    manifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  },
});

export default {
  globs: ['widget/**/*.component.ts'],
  exclude: ['widget/internal/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [
    shipping(),
    customElementVsCodePlugin({ outdir: 'dist', descriptionSrc: 'summary', hideLogs: true }),
    customElementJetBrainsPlugin({
      outdir: 'dist',
      descriptionSrc: 'summary',
      hideLogs: true,
      packageJson: false,
    }),
  ],
};
