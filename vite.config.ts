import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { defineConfig, type Plugin } from 'vite';
import { devPages } from './scripts/docs/dev-pages.js';
import { litInBundles } from './scripts/lit-in-bundles.js';

/**
 * Minifies what no JS minifier touches: the text inside Lit's css`…` and html`…` literals.
 * CSS: comments and blanks go, deliberately simply: it never joins or splits tokens, only drops
 * blanks around punctuation where CSS ignores them (not around `:`, which can be a descendant
 * combinator before a pseudo-class; only the blank after it, as in declarations), and writes
 * `0.5` as `.5`. HTML: a line break and the indentation after it become one space, which
 * renders the same (no template holds preformatted text); the literals are found by the
 * TypeScript parser, so expressions inside them are never touched.
 */
function minifyLiterals(): Plugin {
  const cssText = (body: string) =>
    body
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/ ?([{};,>]) ?/g, '$1')
      .replace(/: /g, ':')
      .replace(/ !important/g, '!important')
      .replace(/([^\d.])0\.(\d)/g, '$1.$2')
      .replace(/;}/g, '}')
      .trim();
  const htmlText = (code: string, id: string) => {
    const file = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
    const edits: [number, number][] = [];
    const visit = (node: ts.Node) => {
      if (ts.isTaggedTemplateExpression(node) && node.tag.getText(file) === 'html') {
        const t = node.template;
        const parts = ts.isNoSubstitutionTemplateLiteral(t) ? [t] : [t.head, ...t.templateSpans.map((s) => s.literal)];
        for (const part of parts) edits.push([part.getStart(file), part.end]);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
    let out = code;
    for (const [from, to] of edits.sort((a, b) => b[0] - a[0])) {
      out = out.slice(0, from) + out.slice(from, to).replace(/\n\s*/g, ' ') + out.slice(to);
    }
    return out;
  };
  return {
    name: 'minify-literals',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      let out = code;
      if (out.includes('css`')) out = out.replace(/\bcss`([^`]*)`/g, (_, body: string) => `css\`${cssText(body)}\``);
      if (out.includes('html`')) out = htmlText(out, id);
      return out === code ? null : out;
    },
  };
}

/**
 * Each language chunk also as a classic script, dist/chunks/<lang>.classic.js, which hands its
 * strings to the library through `self.EventEmbedLanguages` (read by src/core/locale/index.ts,
 * which takes only plain objects of the expected shape from it).
 * Loaded in `<head>` beside the classic script, it makes the language there before the first
 * widget renders: the zero-layout-shift embedding in a language other than English.
 */
function classicLanguages(): Plugin {
  return {
    name: 'classic-languages',
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        const lang = chunk.type === 'chunk' && LANGUAGE.exec(chunk.facadeModuleId ?? '')?.[1];
        if (!lang || chunk.type !== 'chunk') continue;
        const end = /export\s*\{\s*([\w$]+) as default\s*\};?\s*$/;
        if (!end.test(chunk.code) || chunk.imports.length) {
          this.error(
            `chunks/${lang}.js no longer ends in one default export without imports: update classicLanguages()`,
          );
        }
        // A value there that is not a plain object (an element named so by the page's markup:
        // DOM clobbering) is shadowed by a new object rather than written to.
        const body = chunk.code.replace(
          end,
          (_, name) =>
            `((eventEmbedGlobal,languages)=>{languages&&[Object.prototype,null].includes(Object.getPrototypeOf(languages))||` +
            `(languages=eventEmbedGlobal.EventEmbedLanguages={});languages.${lang}=${name}})(self,self.EventEmbedLanguages);`,
        );
        this.emitFile({ type: 'asset', fileName: `chunks/${lang}.classic.js`, source: `(()=>{${body}})();\n` });
      }
    },
  };
}

/**
 * dist/THIRD-PARTY-LICENSES.txt: the license of every package whose code is in the built files
 * (Lit's BSD-3-Clause notice must go where its code goes; minified files carry no comments).
 * The packages are those the bundle holds modules of, so a new dependency appears by itself.
 */
function thirdPartyLicenses(): Plugin {
  return {
    name: 'third-party-licenses',
    generateBundle(_, bundle) {
      const packages = new Set<string>();
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const id of Object.keys(chunk.modules)) {
          const name = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(id)?.[1];
          if (name) packages.add(name);
        }
      }
      const notices = [...packages].sort().map((name) => {
        const dir = new URL(`./node_modules/${name}/`, import.meta.url);
        const { version, license } = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8'));
        const file = readdirSync(dir).find((f) => /^licen[cs]e(\.|$)/i.test(f));
        if (!file) this.error(`${name} has no LICENSE file to ship with the bundles`);
        return `${name} ${version} (${license})\n\n${readFileSync(new URL(file, dir), 'utf8').trim()}\n`;
      });
      this.emitFile({
        type: 'asset',
        fileName: 'THIRD-PARTY-LICENSES.txt',
        source: `The files of dist/ include code from these packages, under these licenses.\n\n${notices.join('\n---\n\n')}`,
      });
    },
  };
}

/**
 * `vite`: serves demo/ (npm start).
 * `vite build`: dist/event-embed.js, one ES module with Lit inlined that registers every
 *   element: the file partner sites load with one script tag.
 * `vite build --mode classic`: dist/event-embed.classic.js, the same as one classic (non-module)
 *   script, for CMSes and tag managers that do not allow `type="module"`.
 * `vite build --mode autoloader`: dist/autoloader.js, which loads each element's code
 *   (dist/auto/*.js) only when its tag appears in the page.
 * `vite build --mode hydrate`: dist/event-embed.hydrate.js, the same with Lit's hydration support,
 *   for pages whose elements event-embed/ssr pre-rendered.
 * `vite build --mode lib`: dist/lib/, one ES module per source module with `lit` left as an
 *   import, for npm users and their bundlers (types come from `tsc -p tsconfig.build.json`).
 * `vite build --mode site`: the demo site (demo/*.html) in dist-site/; `npm run site`.
 */
/** A UI language module other than English (src/core/locale/ru.ts …): loaded on demand. */
const LANGUAGE = /\/core\/locale\/((?!en)[a-z]{2})\.ts$/;
/** A language's problem sentences (src/core/locale/errors/ru.ts …): loaded when data has a problem. */
const ERRORS = /\/core\/locale\/errors\/([a-z]{2})\.ts$/;

/**
 * A minified ES module build into dist/ beside the others (the autoloader, the hydrating
 * build): `entry` as `fileName`, its chunks named by `chunkFileNames`. What the entry and its
 * chunks share (core/copies.ts, Lit) stays in the entry (allow-extension).
 */
function esModule(
  entry: string,
  fileName: string,
  chunkFileNames: (chunk: { facadeModuleId: string | null }) => string,
) {
  return {
    plugins: [minifyLiterals(), litInBundles()],
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      lib: { entry, formats: ['es' as const], fileName: () => fileName },
      rollupOptions: {
        preserveEntrySignatures: 'allow-extension' as const,
        output: { minify: true, comments: false, chunkFileNames },
      },
    },
  };
}

export default defineConfig(({ command, mode }) => {
  if (command === 'serve') {
    // The demo pages live in demo/ and load the sources from /src/ directly; `/` leads there,
    // and the docs pages are made from docs/ on each request (scripts/docs/dev-pages.js).
    return { publicDir: false, plugins: [devPages()], server: { open: '/demo/' } };
  }
  if (mode === 'site') {
    // `vite build --mode site` (run by scripts/site.js): every demo/*.html page as a static
    // site in dist-site/, relative URLs so it works from any folder.
    const pages = readdirSync('demo').filter((f) => f.endsWith('.html'));
    return {
      base: './',
      publicDir: false,
      plugins: [minifyLiterals()],
      build: {
        outDir: 'dist-site',
        emptyOutDir: true,
        target: 'es2022',
        rollupOptions: { input: pages.map((f) => `demo/${f}`) },
      },
    };
  }
  if (mode === 'classic') {
    return {
      plugins: [minifyLiterals(), litInBundles()],
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2022',
        lib: { entry: 'src/index.ts', formats: ['iife'], name: 'EventEmbed', fileName: () => 'event-embed.classic.js' },
        rollupOptions: {
          // One file, but not every language in it: a classic script's import() resolves
          // against the script's own URL, so it loads the module build's language chunks.
          external: (id) => LANGUAGE.test(id) || ERRORS.test(id),
          output: {
            minify: true,
            comments: false,
            paths: (id) =>
              LANGUAGE.test(id) ? `./chunks/${LANGUAGE.exec(id)![1]}.js` : `./chunks/${ERRORS.exec(id)![1]}.errors.js`,
          },
        },
      },
    };
  }
  if (mode === 'autoloader') {
    // dist/auto/event-card-<hash>.js rather than define-<hash>.js
    return esModule(
      'src/autoloader.ts',
      'autoloader.js',
      (chunk) => `auto/${/elements\/([^/]+)\/define/.exec(chunk.facadeModuleId ?? '')?.[1] ?? '[name]'}-[hash].js`,
    );
  }
  if (mode === 'hydrate') {
    // dist/event-embed.hydrate.js: the library with Lit's hydration support (src/hydrate.ts), for
    // pages pre-rendered by event-embed/ssr; its chunks apart, in dist/chunks/hydrate/.
    return esModule('src/hydrate.ts', 'event-embed.hydrate.js', (chunk) =>
      LANGUAGE.test(chunk.facadeModuleId ?? '') ? 'chunks/hydrate/[name].js' : 'chunks/hydrate/[name]-[hash].js',
    );
  }
  if (mode === 'lib') {
    return {
      plugins: [minifyLiterals()],
      build: {
        outDir: 'dist/lib',
        emptyOutDir: true,
        minify: false,
        lib: {
          entry: {
            index: 'src/index.ts',
            classes: 'src/classes.ts',
            data: 'src/data.ts',
            'ssr/index': 'src/ssr/index.ts',
            'ssr/cli': 'src/ssr/cli.ts',
          },
          formats: ['es'],
        },
        rollupOptions: {
          external: [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, /^node:/, 'linkedom'],
          output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
        },
      },
    };
  }
  return {
    plugins: [minifyLiterals(), litInBundles(), classicLanguages(), thirdPartyLicenses()],
    build: {
      outDir: 'dist',
      emptyOutDir: true, // the first of the builds (see package.json's build script)
      target: 'es2022',
      lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'event-embed.js' },
      // Library mode keeps the whitespace of ES output for the user's bundler; this file goes
      // to browsers as it is, so it is minified whole. Chunks: what loads only on demand.
      // allow-extension lets Lit, which the entry and the lazy lightbox share, stay in the entry.
      rollupOptions: {
        preserveEntrySignatures: 'allow-extension',
        output: {
          minify: true,
          // Annotations such as /* @__PURE__ */ have done their work once the file is minified.
          comments: false,
          // Languages keep plain names (chunks/ru.js, chunks/ru.errors.js), which the classic
          // script imports too.
          chunkFileNames: (chunk) =>
            LANGUAGE.test(chunk.facadeModuleId ?? '')
              ? 'chunks/[name].js'
              : ERRORS.test(chunk.facadeModuleId ?? '')
                ? 'chunks/[name].errors.js'
                : 'chunks/[name]-[hash].js',
        },
      },
    },
  };
});
