// The unit clause of a task — （牵头单位：A，责任单位：B、C）, （A、B分别负责，C参与）,
// （A、B等负责。排在第一位的为牵头部门，下同） — read into names with their roles.
// Roles follow the rules the seed plans were curated by (seeds/FORMAT.md): only 责任单位 given or
// "等负责" → the first leads and the rest are responsible; "分别负责" → each leads; what follows
// "负责，" or comes with 参与/配合 cooperates. Collective words (市级有关部门, 各成员单位) are
// kept as words, never made into units.

export type UnitRole = 'lead' | 'cooperating' | 'responsible';
export type ClauseUnit = { name: string; role: UnitRole; from: number; to: number };
export type ClauseReading = { units: ClauseUnit[]; collectives: string[]; firstLeadsNote: boolean };

/** Words that name a task's units, so a bracket holding one of them is a unit clause. */
export const roleWord = /牵头单位|责任单位|配合单位|协办单位|参与单位|牵头部门|责任部门|配合部门|分别负责|分别牵头|负责|牵头|参与|配合/;
const labels = /(牵头单位|牵头部门|责任单位|责任部门|主办单位|配合单位|配合部门|协办单位|参与单位)\s*[：:]?/g;
const hasLabel = new RegExp(labels.source);
const collective = /^(?:市级|区级|县级|区县|各区县|全市|全区)?(?:有关|相关|其他|其它|各)(?:部门|单位|部门和单位|单位和部门|成员单位)$|各成员单位$|^各.{0,12}(?:部门|单位|医院院?)$/;
const unitEnd = /(?:局|委|办|部|厅|院|中心|所|会|组|政府|部门|财政|海关|警备区|联|行|室|队|处|站|团|社|司|公司)$/;

/** A document that says "排在第一位的为牵头部门" once means it for every clause after. */
export const firstLeadsNote = /排在第一位的?为牵头/;

function namesIn(segment: string, offset: number): { name: string; from: number; to: number }[] {
  const names: { name: string; from: number; to: number }[] = [];
  const re = /[^、，,；;]+/g;
  for (let m = re.exec(segment); m; m = re.exec(segment)) {
    let name = m[0];
    let from = offset + m.index;
    const lead = /^\s*(?:由|和|及|与)?\s*/.exec(name)![0].length;
    name = name.slice(lead);
    from += lead;
    name = name.replace(/\s+$/, '').replace(/(?:等部门|等单位|等)$/, '');
    if (name) names.push({ name, from, to: from + name.length });
  }
  return names;
}

export function readUnitClause(clause: string, firstLeads: boolean): ClauseReading {
  const reading: ClauseReading = { units: [], collectives: [], firstLeadsNote: false };
  // Sentences that explain the roles ("…为牵头部门，下同") are notes, not units.
  const sentences: { text: string; at: number }[] = [];
  const re = /[^。]+/g;
  for (let m = re.exec(clause); m; m = re.exec(clause)) {
    if (/下同|为牵头部门|按职责分别牵头/.test(m[0])) {
      if (firstLeadsNote.test(m[0])) reading.firstLeadsNote = true;
      continue;
    }
    sentences.push({ text: m[0], at: m.index });
  }
  const first = firstLeads || reading.firstLeadsNote;
  const add = (segment: string, at: number, role: UnitRole | 'list') => {
    const names = namesIn(segment, at);
    names.forEach((n, i) => {
      if (collective.test(n.name) || !unitEnd.test(n.name) && n.name.length < 3) {
        reading.collectives.push(n.name);
        return;
      }
      const r: UnitRole = role === 'list' ? (i === 0 && !reading.units.some((u) => u.role === 'lead') ? 'lead' : 'responsible') : role;
      reading.units.push({ ...n, role: r });
    });
  };
  for (const s of sentences) {
    if (hasLabel.test(s.text)) readLabelled(s.text, s.at, add);
    else readVerbs(s.text, s.at, first, add);
  }
  return reading;
}

type Add = (segment: string, at: number, role: UnitRole | 'list') => void;

/** 牵头单位：A，责任单位：B、C负责，D — by the labels, and what follows 负责， cooperates. */
function readLabelled(text: string, at: number, add: Add) {
  const marks = [...text.matchAll(labels)];
  // Only 责任单位 given: the first of them leads (seeds/FORMAT.md).
  const noLead = !marks.some((x) => /牵头|主办/.test(x[1]!));
  marks.forEach((m, i) => {
    const from = m.index + m[0].length;
    const to = i + 1 < marks.length ? marks[i + 1]!.index : text.length;
    const body = text.slice(from, to).replace(/[，,；;\s]+$/, '');
    const label = m[1]!;
    const labelled: UnitRole = /牵头|主办/.test(label) ? 'lead' : /配合|协办|参与/.test(label) ? 'cooperating' : 'responsible';
    const role: UnitRole | 'list' = labelled === 'responsible' && noLead ? 'list' : labelled;
    const split = /(?:分别)?负责[，,；;]?/.exec(body);
    if (split && labelled !== 'cooperating') {
      add(body.slice(0, split.index), at + from, role);
      add(body.slice(split.index + split[0].length).replace(/(?:参与|配合|协助)$/, ''), at + from + split.index + split[0].length, 'cooperating');
    } else add(body, at + from, role);
  });
}

/** A、B分别负责，C参与 / A牵头，B配合 / A、B等负责 / A负责. */
function readVerbs(text: string, at: number, firstLeads: boolean, add: Add) {
  const re = /(分别负责|分别牵头|牵头负责|牵头|等负责|负责|等参与|参与|配合|协助)/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const segment = text.slice(start, m.index);
    const verb = m[1]!;
    if (segment.trim()) {
      if (/分别/.test(verb) || verb === '牵头' || verb === '牵头负责') add(segment, at + start, 'lead');
      else if (/参与|配合|协助/.test(verb)) add(segment, at + start, 'cooperating');
      else add(segment, at + start, firstLeads || /[、，,]/.test(segment) ? 'list' : 'lead');
    }
    start = m.index + m[0].length;
    while (start < text.length && /[，,；;\s]/.test(text[start]!)) start++;
    re.lastIndex = start;
  }
  const rest = text.slice(start).trim();
  if (rest) add(text.slice(start), at + start, start === 0 ? 'list' : 'cooperating');
}
