// Units named in the running text of a task, for notices that have no unit clauses at all
// (the office's own plans often write "由区医改办牵头…", "民政部门对…给予资助"). Only a
// name that acts — it leads, organises, is responsible, or gives to or reports to someone — is
// taken, and only names shaped like an organisation (区…局, 市…委, …部门). "各公立医院" stands
// for the plan's hospitals; the extractor expands it from the registry. Every unit found this
// way is marked doubtful for the clerk.

export type ProseUnit = { name: string; from: number; to: number; hospitals?: true; responsible?: true };

const led = /由((?:区|市|县)[\u4e00-\u9fff]{0,10}?(?:局|委|办|财政|政府)|[\u4e00-\u9fff]{2,4}部门)(?=牵头|组织|负责|按)/g;
const acting = /(?<=^|[。；，])((?:区|市|县)[\u4e00-\u9fff]{0,10}?(?:局|委|办|财政|政府)|[\u4e00-\u9fff]{2,4}部门)(?=牵头|负责|向|对|为)/g;
const hospitals = /(?:各(?:公立)?医院|(?:其他\s*)?\d+\s*家公立医院)(?!的)/g;
/** 在A、B推进…试点: the first named leads the pilot, the others are responsible. */
const pilot = /在((?:区|市|县)[\u4e00-\u9fff]{1,12}?医院(?:、(?:区|市|县)[\u4e00-\u9fff]{1,12}?医院)*)(?=推进|开展)/g;

export function proseUnits(text: string): ProseUnit[] {
  const found: ProseUnit[] = [];
  for (const re of [led, acting]) {
    for (const m of text.matchAll(re)) {
      const from = m.index + m[0].indexOf(m[1]!);
      if (!found.some((f) => f.from === from)) found.push({ name: m[1]!, from, to: from + m[1]!.length });
    }
  }
  for (const m of text.matchAll(pilot)) {
    let at = m.index + 1;
    m[1]!.split('、').forEach((name, i) => {
      found.push({ name, from: at, to: at + name.length, ...(i ? { responsible: true as const } : {}) });
      at += name.length + 1;
    });
  }
  const h = [...text.matchAll(hospitals)][0];
  if (h) found.push({ name: h[0], from: h.index, to: h.index + h[0].length, hospitals: true });
  return found.sort((a, b) => a.from - b.from);
}
