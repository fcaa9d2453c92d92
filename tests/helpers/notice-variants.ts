// The five source texts changed the way other sources change a notice, to check the extractor
// does not depend on how the seed copies happen to be laid out.

/** Typed or copied with half-width punctuation: (), :, ,, ; and [2020] for 〔2020〕. */
export function halfWidth(text: string): string {
  return text
    .replace(/（/g, '(').replace(/）/g, ')').replace(/：/g, ':').replace(/，/g, ',').replace(/；/g, ';')
    .replace(/〔(\d{4})〕/g, '[$1]');
}

/** Copied from a web page: no line breaks at all (table cells keep their tabs). */
export function oneLine(text: string): string {
  return text.replace(/\r?\n/g, '');
}

/** Text taken from a PDF of another layout: every line re-wrapped at `width` characters, and a page
 * number and running header between pages. */
export function pdfRewrap(text: string, width = 23, pageLines = 36): string {
  const out: string[] = [];
  let page = 1;
  const push = (line: string) => {
    out.push(line);
    if (out.length % (pageLines + 3) === pageLines) {
      out.push(`— ${page++} —`, '重庆市人民政府行政规范性文件', '');
    }
  };
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith('\t') || line.trim() === '') {
      push(line);
      continue;
    }
    for (let i = 0; i < line.length; i += width) push(line.slice(i, i + width));
  }
  return out.join('\n');
}

/** From Word: a blank line after every paragraph, full-width indents, and stray spaces inside names. */
export function wordSpacing(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => (line.startsWith('\t') ? line : `\u3000\u3000${line.replace(/([区市])([\u4e00-\u9fff]{2})([\u4e00-\u9fff]{1,6}[局委办])/g, '$1$2 $3')}`))
    .join('\n\n');
}

export const variants = { halfWidth, oneLine, pdfRewrap, wordSpacing } as const;
