// The packed tarball, installed into small consumer projects the way an integrating developer would use it:
// CommonJS, jsdom and happy-dom, React 19 and Vue 3 type-checked strict, TypeScript's resolution modes,
// arethetypeswrong, the CDN paths and the classic-script loader under the README's CSP in Chromium, and every
// code block of the README. `npm run test:consumers` (builds first).
//
// The projects live in .tmp/consumers inside the repository with the package unpacked into their own
// node_modules; everything else (lit, zod, react, vue, jsdom…) resolves from the repository's node_modules, so the
// check needs no network.
import { Validator } from '@cfworker/json-schema';
import { expect } from 'chai';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build, transform } from 'esbuild';
import { readmeBlocks, readmePolicy, servePackage, type Served } from './helpers.js';
import { buildApp, caretAdmits, sizes, upfront, zodCopies } from './vite.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const work = join(root, '.tmp/consumers');
const pkgDir = join(work, 'node_modules/iso-readiness');
const bin = (name: string) => join(root, 'node_modules/.bin', name);
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

/** Runs a command in the consumer folder; rejects with its output when it fails. */
async function sh(cmd: string, args: string[], cwd = work): Promise<string> {
  try {
    const { stdout, stderr } = await run(cmd, args, { cwd, maxBuffer: 64 * 1024 * 1024 });
    return `${stdout}${stderr}`;
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${cmd} ${args.join(' ')} failed:\n${e.stdout ?? ''}${e.stderr ?? ''}${e.message}`);
  }
}

describe('consumers of the packed tarball', function () {
  this.timeout(240_000);
  let tarball = '';
  let files: string[] = [];
  let statusBefore = '';

  before(async () => {
    statusBefore = await sh('git', ['status', '--porcelain'], root);
    await sh('npm', ['run', 'build', '--silent'], root);
    rmSync(work, { recursive: true, force: true });
    mkdirSync(pkgDir, { recursive: true });
    const packed = JSON.parse(await sh('npm', ['pack', '--json', '--pack-destination', work], root)) as {
      filename: string;
      files: { path: string }[];
    }[];
    tarball = join(work, packed[0]!.filename);
    files = packed[0]!.files.map((f) => f.path);
    await sh('tar', ['-xzf', tarball, '-C', pkgDir, '--strip-components=1']);
    cpSync(join(root, 'test/consumers/fixtures'), work, { recursive: true });
  });

  it('should build deterministically: a clean build changes no tracked file', async () => {
    expect(await sh('git', ['status', '--porcelain'], root)).to.equal(statusBefore);
  });

  it('should ship LICENSE, CHANGELOG, maps, IDE data and the CDN files, and no sources or tests', () => {
    for (const name of [
      'LICENSE',
      'CHANGELOG.md',
      'README.md',
      'custom-elements.json',
      'dist/web-types.json',
      'dist/vscode.html-custom-data.json',
      'dist/cdn/iso-readiness.js',
      'dist/cdn/iso-readiness.iife.js',
      'dist/cdn/integrity.json',
      'dist/widget/react.js',
      'dist/sdk/index.js.map',
    ]) {
      expect(files, name).to.include(name);
    }
    expect(files.filter((f) => /\.ts$/.test(f) && !f.endsWith('.d.ts'))).to.deep.equal([]);
    expect(files.filter((f) => f.startsWith('test/') || f.startsWith('demo/'))).to.deep.equal([]);
    const manifest = JSON.parse(readFileSync(join(pkgDir, 'custom-elements.json'), 'utf8')) as {
      modules: { path: string }[];
    };
    const missing = manifest.modules.map((m) => m.path).filter((path) => !existsSync(join(pkgDir, path)));
    expect(missing, 'manifest modules that do not ship').to.deep.equal([]);
    const schema = JSON.parse(
      readFileSync(join(root, 'node_modules/custom-elements-manifest/schema.json'), 'utf8'),
    ) as object;
    const validation = new Validator(schema, '7', false).validate(manifest);
    expect(validation.errors.slice(0, 3), 'custom-elements.json against its schema').to.deep.equal([]);
  });

  it("should ship a linked source map beside every JS file, naming this repository's sources", () => {
    const scripts = files.filter((f) => f.startsWith('dist/') && f.endsWith('.js'));
    for (const prefix of [
      'dist/cdn/chunks/',
      'dist/cdn/iso-readiness.',
      'dist/cjs/',
      'dist/sdk/',
      'dist/widget/',
    ]) {
      expect(
        scripts.filter((f) => f.startsWith(prefix)),
        prefix,
      ).not.to.deep.equal([]);
    }
    for (const script of scripts) {
      const name = script.split('/').pop()!;
      const code = readFileSync(join(pkgDir, script), 'utf8');
      expect(code.trimEnd().split('\n').pop(), `${script}: its last line`).to.equal(
        `//# sourceMappingURL=${name}.map`,
      );
      expect(code.match(/sourceMappingURL=/g), `${script}: one map comment`).to.have.length(1);
      expect(files, `${script}.map ships`).to.include(`${script}.map`);
      const map = JSON.parse(readFileSync(join(pkgDir, `${script}.map`), 'utf8')) as {
        version: number;
        sources: string[];
        sourcesContent?: string[];
        mappings: string;
      };
      expect(map.version, script).to.equal(3);
      // A module of types alone compiles to nothing but the comment: its map names no source.
      if (code.replace(/\/\/# sourceMappingURL=.*\s*$/, '').trim() === '') {
        expect(map.sources, `${script}: empty module`).to.deep.equal([]);
        continue;
      }
      expect(map.mappings, script).not.to.equal('');
      expect(map.sourcesContent, `${script}: sources inlined`).to.have.length(map.sources.length);
      // Sources are relative to the map; the package keeps the repository's layout, so they resolve from the
      // same folder of the repository to files that exist there, with the content the map carries.
      const dir = join(root, script, '..');
      const own = map.sources.filter((source) => !source.includes('node_modules/'));
      expect(own, `${script}: names a source of this repository`).not.to.deep.equal([]);
      for (const [i, source] of map.sources.entries()) {
        const path = join(dir, source);
        expect(path.startsWith(root), `${script}: ${source} inside the repository`).to.equal(true);
        expect(existsSync(path), `${script}: ${source} exists`).to.equal(true);
        if (own.includes(source)) {
          expect(map.sourcesContent![i], `${script}: ${source} as it is`).to.equal(
            readFileSync(path, 'utf8'),
          );
        }
      }
    }
  });

  it('should publish an SRI hash of every CDN script and of nothing else', () => {
    const integrity = JSON.parse(readFileSync(join(pkgDir, 'dist/cdn/integrity.json'), 'utf8')) as Record<
      string,
      string
    >;
    const scripts = files
      .filter((f) => f.startsWith('dist/cdn/') && f.endsWith('.js'))
      .map((f) => f.slice('dist/cdn/'.length))
      .sort();
    expect(Object.keys(integrity).sort()).to.deep.equal(scripts);
    for (const file of scripts) {
      const hash = createHash('sha384')
        .update(readFileSync(join(pkgDir, 'dist/cdn', file)))
        .digest('base64');
      expect(integrity[file], file).to.equal(`sha384-${hash}`);
    }
  });

  it('should load with require() from CommonJS', async () => {
    expect(await sh(process.execPath, ['cjs/index.cjs'])).to.match(/^cjs ok \d+ exports/);
  });

  for (const dom of ['jsdom', 'happy-dom']) {
    it(`should render and start in ${dom}, as an app's component tests do`, async () => {
      const out = await sh(process.execPath, ['--conditions=browser', 'dom/render.mjs', dom]);
      expect(out).to.contain(`${dom} ok: element`);
    });
  }

  it('should render the React wrapper with React 19 in jsdom: config as a property, events as props', async () => {
    const out = await sh(process.execPath, ['--conditions=browser', 'dom/render.mjs', 'jsdom', 'react']);
    expect(out).to.contain('jsdom ok: react');
  });

  it('should type-check a React 19 TSX app strict (wrapper, JSX types, the README block)', async () => {
    for (const [i, block] of readmeBlocks(root, 'tsx').entries()) {
      writeFileSync(join(work, `react/readme-${i}.tsx`), block.code);
    }
    await sh(bin('tsc'), ['-p', 'react']);
  });

  it('should type-check a Vue 3 SFC strict with vue-tsc (and the README block)', async () => {
    for (const [i, block] of readmeBlocks(root, 'vue').entries()) {
      writeFileSync(join(work, `vue/Readme${i}.vue`), block.code);
    }
    await sh(bin('vue-tsc'), ['-p', 'vue']);
  });

  for (const mode of ['node16', 'nodenext', 'node10']) {
    it(`should type-check every entry under moduleResolution ${mode}`, async () => {
      await sh(bin('tsc'), ['-p', `types/tsconfig.${mode}.json`]);
    });
  }

  it('should have no problem in arethetypeswrong for node16 (CJS and ESM) and bundler', async () => {
    const out = await sh(bin('attw'), [tarball, '--profile', 'node16', '--format', 'json']);
    const report = JSON.parse(out) as { analysis: { problems: unknown[] } };
    expect(report.analysis.problems).to.deep.equal([]);
  });

  describe('in an app bundled by Vite, with its own zod', () => {
    // The app is on the lowest zod the package's range admits (a neighbouring minor of the one it is built with), so
    // npm installs one zod beside both. `nested` is the tree npm makes when the range does not admit the app's zod
    // (an exact pin, or an app on zod 3): a second zod under the package.
    const floor = JSON.parse(readFileSync(join(root, 'node_modules/zod-floor/package.json'), 'utf8')) as {
      version: string;
    };
    const app = (name: string, nested: boolean): string => {
      const dir = join(work, name);
      cpSync(join(root, 'test/consumers/fixtures/vite'), dir, { recursive: true });
      cpSync(pkgDir, join(dir, 'node_modules/iso-readiness'), { recursive: true });
      cpSync(join(root, 'node_modules/zod-floor'), join(dir, 'node_modules/zod'), { recursive: true });
      if (nested)
        cpSync(join(root, 'node_modules/zod'), join(dir, 'node_modules/iso-readiness/node_modules/zod'), {
          recursive: true,
        });
      writeFileSync(
        join(dir, 'package.json'),
        JSON.stringify({ type: 'module', dependencies: { 'iso-readiness': version, zod: floor.version } }),
      );
      return dir;
    };

    let shared = '';
    before(() => {
      shared = app('vite-shared', false);
    });

    it("should admit the app's zod in the package's range, and run the SDK in Node with it", async () => {
      const range = (
        JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as {
          dependencies: Record<string, string>;
        }
      ).dependencies.zod!;
      expect(caretAdmits(range, floor.version), `${range} admits ${floor.version}`).to.equal(true);
      const dir = shared;
      expect(await sh(process.execPath, ['sdk-node.mjs'], dir)).to.match(
        new RegExp(
          `^zod ${floor.version.replace(/\./g, '\\.')} from ${dir}/node_modules/zod: \\S+, 1 answered, lead invalid`,
        ),
      );
    });

    it('should bundle one zod for the app and the SDK, and leave the widget out of an SDK-only page', async () => {
      const page = upfront(await buildApp(shared, { app: 'app.js' }), 'app');
      expect(zodCopies(page)).to.deep.equal({
        folders: [join(shared, 'node_modules/zod')],
        versions: [floor.version],
      });
      // Tree-shaking: the SDK alone brings no Lit and no element up front; a page that imports the widget gets it.
      const modules = page.flatMap((c) => Object.keys(c.modules));
      expect(
        modules.filter((id) => /\/(lit|lit-html|lit-element|@lit)\/|\/dist\/widget\//.test(id)),
      ).to.deep.equal([]);
      expect(page.map((c) => c.code).join('')).not.to.contain('customElements');
      const widget = upfront(await buildApp(shared, { widget: 'widget.js' }), 'widget');
      expect(widget.flatMap((c) => Object.keys(c.modules))).to.include(
        join(shared, 'node_modules/iso-readiness/dist/widget/iso-readiness/iso-readiness.js'),
      );
      expect(widget.map((c) => c.code).join('')).to.match(/customElements\.define/);
      const nested = upfront(await buildApp(app('vite-nested', true), { app: 'app.js' }), 'app');
      expect(
        zodCopies(nested).versions,
        "a second zod, when the range does not admit the app's",
      ).to.have.length(2);
      const one = sizes(page);
      const two = sizes(nested);
      console.log(
        `      Vite app (SDK + its own zod ${floor.version}): ${(one.raw / 1000).toFixed(1)} kB, ${(one.gzip / 1000).toFixed(1)} kB gzip; ` +
          `with a second zod: ${(two.raw / 1000).toFixed(1)} kB, ${(two.gzip / 1000).toFixed(1)} kB gzip`,
      );
      expect(two.gzip).to.be.greaterThan(one.gzip);
    });

    it('should publish sideEffects naming only shipped modules: the entries and the modules that register tags', () => {
      const { sideEffects } = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as {
        sideEffects: string[];
      };
      const registering = files
        .filter((f) => /^dist\/(cjs\/)?widget\/(index|cdn|react|([\w-]+)\/\3)\.js$/.test(f))
        .map((f) => `./${f}`)
        .sort();
      expect([...sideEffects].sort()).to.deep.equal(registering);
      for (const file of registering) {
        expect(readFileSync(join(pkgDir, file), 'utf8'), file).to.match(
          /\.define\(|import ["']\.\/iso-readiness\/iso-readiness\.js["']|require\("\.\/iso-readiness\/iso-readiness\.js"\)/,
        );
      }
    });
  });

  describe('in Chromium, served as a CDN serves the package', () => {
    let served: Served;
    before(async () => {
      served = await servePackage(pkgDir, version, root);
    });
    after(() => served?.close());

    it('should run the README embed snippets and config block under its CSP', async () => {
      const pages = readmeBlocks(root, 'html');
      expect(pages.length).to.be.at.least(2);
      for (const [i, block] of pages.entries()) {
        const report = await served.open(
          block.code,
          i === 0 ? readmeBlocks(root, 'js').map((b) => b.code) : [],
        );
        expect(report, `README html block ${i + 1} (line ${block.line})`).to.deep.include({
          upgraded: true,
          started: true,
          problems: [],
        });
      }
    });

    it("should render beside a host's own copy of Lit under the README's Trusted Types policy, in either order", async () => {
      // The host's element, bundled with its own Lit as an app's build would: a second lit-html on the page.
      const host = await build({
        stdin: {
          contents: `import { LitElement, html } from 'lit';
            customElements.define('host-card', class extends LitElement { render() { return html\`<p>Host</p>\`; } });`,
          resolveDir: root,
          loader: 'js',
        },
        bundle: true,
        format: 'esm',
        minify: true,
        write: false,
      });
      const files = { '/page/host.js': host.outputFiles[0]!.text };
      const widget = `<script type="module" src="https://cdn.jsdelivr.net/npm/iso-readiness@${version}/dist/cdn/iso-readiness.js"></script>`;
      const hostScript = '<script type="module" src="/page/host.js"></script>';
      const elements = '<host-card></host-card><iso-readiness standards="iso27001"></iso-readiness>';
      const policy = readmePolicy(root);
      expect(policy).to.match(/trusted-types lit-html 'allow-duplicates'/);
      const both = {
        'host-card': { defined: true, rendered: true, bases: 0 },
        'iso-readiness': { defined: true, rendered: true, bases: 1 },
      };
      const tags = ['host-card', 'iso-readiness'];
      for (const order of [hostScript + widget, widget + hostScript]) {
        expect(await served.probe(elements + order, files, policy, tags)).to.deep.equal({
          tags: both,
          problems: [],
        });
      }
      // Without 'allow-duplicates', as the README says: the copy of Lit that loads second cannot create its policy
      // and its elements stay empty.
      const strict = policy.replace(" 'allow-duplicates'", '');
      const refused = [
        `pageerror: TypeError: Failed to execute 'createPolicy' on 'TrustedTypePolicyFactory': Policy with name "lit-html" already exists.`,
        'csp: trusted-types trusted-types-policy',
      ];
      const hostFirst = await served.probe(elements + hostScript + widget, files, strict, tags);
      expect(hostFirst.tags).to.deep.equal({
        'host-card': { defined: true, rendered: true, bases: 0 },
        'iso-readiness': { defined: false, rendered: false, bases: 0 },
      });
      expect(hostFirst.problems.filter((p) => !p.startsWith('console:'))).to.deep.equal(refused);
      const widgetFirst = await served.probe(elements + widget + hostScript, files, strict, tags);
      expect(widgetFirst.tags).to.deep.equal({
        'host-card': { defined: false, rendered: false, bases: 0 },
        'iso-readiness': { defined: true, rendered: true, bases: 1 },
      });
      expect(widgetFirst.problems.filter((p) => !p.startsWith('console:'))).to.deep.equal(refused);
    });

    it('should take over a server render from @lit-labs/ssr, its styles allowed by hash under the CSP', async () => {
      const ssr = await sh(process.execPath, ['ssr/render.mjs']);
      expect(ssr).to.match(
        /^<!--lit-part [^>]*--><iso-readiness +standards="iso27001" data-state="light inline">/,
      );
      const policy = readmePolicy(root);
      const src = `https://cdn.jsdelivr.net/npm/iso-readiness@${version}/dist/cdn/iso-readiness.js`;
      const module = `import '${src}';`;
      // The README's policy as it stands refuses the server's inline <style>, until the module's styles apply.
      const plain = await served.open(ssr, [module]);
      expect(plain).to.deep.include({ upgraded: true, started: true });
      expect(plain.problems.filter((p) => !p.startsWith('console:'))).to.deep.equal([
        'csp: style-src-elem inline',
      ]);
      // With the hash of each server <style> in style-src, as the README says: nothing refused.
      const hashes = [...ssr.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
        (m) => `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`,
      );
      const hashed = policy.replace("style-src 'self'", `style-src 'self' ${[...new Set(hashes)].join(' ')}`);
      expect(await served.open(ssr, [module], hashed)).to.deep.include({
        upgraded: true,
        started: true,
        problems: [],
      });
      // The element renders itself once, over the server's shadow root.
      const probe = await served.probe(`${ssr}<script type="module" src="${src}"></script>`, {}, hashed, [
        'iso-readiness',
      ]);
      expect(probe).to.deep.equal({
        tags: { 'iso-readiness': { defined: true, rendered: true, bases: 1 } },
        problems: [],
      });
    });

    it('should load the loader and the module with the published SRI hashes', async () => {
      const integrity = JSON.parse(readFileSync(join(pkgDir, 'dist/cdn/integrity.json'), 'utf8')) as Record<
        string,
        string
      >;
      const hash = (file: string) =>
        `sha384-${createHash('sha384')
          .update(readFileSync(join(pkgDir, 'dist/cdn', file)))
          .digest('base64')}`;
      expect(integrity['iso-readiness.js']).to.equal(hash('iso-readiness.js'));
      const base = `https://cdn.jsdelivr.net/npm/iso-readiness@${version}/dist/cdn`;
      const page = `<script src="${base}/iso-readiness.iife.js" integrity="${integrity['iso-readiness.iife.js']}" crossorigin="anonymous"></script>
        <iso-readiness standards="iso27001"></iso-readiness>`;
      expect(await served.open(page, [])).to.deep.include({ upgraded: true, started: true, problems: [] });
    });
  });

  it('should run the README TypeScript blocks in Node against the package', async () => {
    const blocks = readmeBlocks(root, 'ts');
    expect(blocks.length).to.be.at.least(2);
    for (const [i, block] of blocks.entries()) {
      const { code } = await transform(block.code, { loader: 'ts', format: 'esm', target: 'es2022' });
      const file = join(work, `readme-${i}.mjs`);
      writeFileSync(file, code);
      await sh(process.execPath, [file]).catch((error: Error) => {
        throw new Error(`README ts block at line ${block.line}: ${error.message}`);
      });
    }
  });

  it('should name only npm scripts that exist and folders that exist in the README', () => {
    const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    for (const block of readmeBlocks(root, 'sh')) {
      for (const m of block.code.matchAll(/npm (?:run ([\w:-]+)|(start|test)\b)/g)) {
        const name = m[1] ?? m[2]!;
        expect(scripts, `npm script "${name}" (README line ${block.line})`).to.have.property(name);
      }
    }
    for (const block of readmeBlocks(root, 'text')) {
      for (const [, dir] of block.code.matchAll(/^(\w[\w-]*)\/ /gm)) {
        expect(readdirSync(root), `folder ${dir} (README line ${block.line})`).to.include(dir);
      }
    }
  });
});
