/**
 * Where each value of a valid JSON text is, by line, under the paths the library's warnings use
 * (`location[1].url`, `organizer.name`): the line of the key for a property, of the value for a
 * list item, 1 for the whole document.
 */
export function jsonLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  let i = 0;
  let line = 1;
  let counted = 0;
  const lineAt = (pos: number) => {
    for (; counted < pos; counted++) if (text[counted] === '\n') line++;
    return line;
  };
  const ws = () => {
    while (/\s/.test(text[i] ?? '')) i++;
  };
  const string = (): string => {
    const start = i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    return JSON.parse(text.slice(start, ++i)) as string;
  };
  const value = (path: string, at: number) => {
    ws();
    lines.set(path, lineAt(at < 0 ? i : at));
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      ws();
      if (text[i] === close) return void i++;
      for (let n = 0; i < text.length; n++) {
        ws();
        if (c === '{') {
          const keyAt = i;
          const key = string();
          ws();
          i++; // the colon
          value(path ? `${path}.${key}` : key, keyAt);
        } else value(`${path}[${n}]`, -1);
        ws();
        if (text[i++] === close) return;
      }
    } else if (c === '"') string();
    else while (i < text.length && !/[\s,\]}]/.test(text[i])) i++;
  };
  value('', -1);
  return lines;
}

/** The line of the deepest part of `path` that the text has (a missing key: its object's line). */
export function lineOf(lines: Map<string, number>, path: string): number {
  for (let p = path; ;) {
    const line = lines.get(p);
    if (line !== undefined) return line;
    const parent = p.replace(/(?:\.?[^.[\]]+|\[\d+\])$/, '');
    if (parent === p) return 1;
    p = parent;
  }
}
