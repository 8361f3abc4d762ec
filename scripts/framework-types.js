// Generates editor and framework support from custom-elements.json (itself generated from the
// JSDoc), during the build: JSX types (React 19's JSX.IntrinsicElements), Vue's
// GlobalComponents, and VS Code custom HTML data. HTMLElementTagNameMap entries come from the
// element modules themselves (declare global) into dist/lib's .d.ts files.
import { readFileSync } from 'node:fs';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
// Element classes are exported, typed, from the package's `classes` entry.
const common = {
  outdir: 'dist/types',
  globalTypePath: 'event-embed/classes',
  hideLogs: true,
  descriptionSrc: 'summary',
};

generateJsxTypes(manifest, { ...common, fileName: 'jsx.d.ts' });
generateVuejsTypes(manifest, { ...common, fileName: 'vue.d.ts' });
generateVsCodeCustomElementData(manifest, {
  outdir: 'dist/types',
  htmlFileName: 'vscode.html-custom-data.json',
  cssFileName: 'vscode.css-custom-data.json',
  hideLogs: true,
});
console.log('dist/types: jsx.d.ts, vue.d.ts, vscode.html-custom-data.json, vscode.css-custom-data.json');
