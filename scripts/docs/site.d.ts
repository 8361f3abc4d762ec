// Types of site.js.
export interface DocsPage {
  /** From the site's root: docs/theming.html */
  path: string;
  /** The Markdown file it is made from: docs/theming.md */
  source: string;
  html: string;
}
export function docsPages(options?: { script?: string }): DocsPage[];
export function docsPage(path: string, options?: { script?: string }): DocsPage | undefined;
export function writeDocs(out: string): string[];
