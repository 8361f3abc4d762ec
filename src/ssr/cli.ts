#!/usr/bin/env node
/// <reference types="node" />
/**
 * `npx event-embed render event.jsonld --tag event-announcement --lang ru > out.html`: prints
 * the snippet for a page, the element pre-rendered by `event-embed/ssr` with the event's JSON-LD
 * inside it and, with `--script-url`, the script tag that loads the library. A problem with the
 * data prints the widget's sentence, in its language, to stderr, and exits with 1; warnings go
 * to stderr as the widget logs them; a wrong command exits with 2.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { safeUrl } from '../core/url.js';
import { render, RenderError, tags, type Tag } from './index.js';

const USAGE = `Usage: event-embed render <file.jsonld | -> [options]

Prints the pre-rendered HTML of an element for the event in the file (- reads stdin).

  --tag <name>          ${tags.join(', ')} (default event-announcement)
  --lang <tag>          language of the widget (default en)
  --time-zone <zone>    the readers' time zone, IANA (default UTC): the event's zone is named
                        when it differs
  --attr <name=value>   an attribute of the element (repeatable), e.g. --attr heading-level=3;
                        --attr no-calendar for a boolean one
  --base <url>          the URL relative URLs in the data are resolved against
  --now <date>          the moment the HTML is made for (default: now), such as
                        2027-05-01T09:00:00Z: "Starts in 3 days" is written as then
  --script-url <url>    the library's URL (dist/event-embed.hydrate.js, which takes the HTML
                        over), printed as a module script`;

/** Says what is wrong with the command, and how to use it. */
function usage(message: string): never {
  process.stderr.write(`event-embed: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

async function main(argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        tag: { type: 'string', default: 'event-announcement' },
        lang: { type: 'string' },
        'time-zone': { type: 'string' },
        attr: { type: 'string', multiple: true, default: [] },
        base: { type: 'string' },
        now: { type: 'string' },
        'script-url': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    usage((e as Error).message);
  }
  const { values: o, positionals } = parsed;
  if (o.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const [command, file, ...rest] = positionals;
  if (command !== 'render') usage(command ? `unknown command "${command}"` : 'no command');
  if (!file) usage('no file given');
  if (rest.length) usage(`one file at a time, not "${rest.join(' ')}"`);
  const tag = o.tag as Tag;
  if (!tags.includes(tag)) usage(`--tag must be one of ${tags.join(', ')}`);
  const script = o['script-url'] === undefined ? undefined : safeUrl(o['script-url']);
  if (o['script-url'] !== undefined && !script) usage(`--script-url must be an http(s) or relative URL`);
  const attributes: Record<string, string | true> = {};
  for (const a of o.attr) {
    const eq = a.indexOf('=');
    attributes[eq < 0 ? a : a.slice(0, eq)] = eq < 0 ? true : a.slice(eq + 1);
  }
  const now = o.now === undefined ? undefined : Date.parse(o.now);
  if (now !== undefined && Number.isNaN(now)) usage(`--now must be a date and time, such as 2027-05-01T09:00:00Z`);
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    process.stderr.write(`event-embed: cannot read ${file}: ${(e as Error).message}\n`);
    process.exit(1);
  }
  let html: string;
  try {
    html = await render(tag, text, {
      lang: o.lang,
      timeZone: o['time-zone'],
      base: o.base,
      now,
      attributes,
      // As the widget logs them (src/core/error-box.ts).
      onWarning: (w) => process.stderr.write(`event-embed <${tag}>: ${w.path}: ${w.message}\n`),
    });
  } catch (e) {
    if (e instanceof RenderError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(1);
    }
    if (e instanceof TypeError) usage(e.message);
    throw e;
  }
  process.stdout.write(`${html}\n`);
  if (script) process.stdout.write(`<script type="module" src="${escapeAttr(script)}"></script>\n`);
}

await main(process.argv.slice(2));
