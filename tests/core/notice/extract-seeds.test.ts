// The extractor against the five curated seed plans, on the texts as received and changed the
// way other sources change them. Prints the figures; fails below 98% of tasks found with the
// right code and title, or 97% with exactly the right lead and cooperating units.
import { describe, expect, it } from 'vitest';
import { extractNotice } from '../../../electron/core/notice/extract';
import { pct, scoreLine, scoreSeed, scrambledId, seedIds, seedPlan, seedSource, type Score } from '../../helpers/notice-score';
import { variants } from '../../helpers/notice-variants';
import { useSeededCore } from '../../helpers/core';

const { core } = useSeededCore('notice-extract');

function expectFigures(label: string, scores: Score[]) {
  const total = scores.reduce((a, s) => ({ tasks: a.tasks + s.tasks, found: a.found + s.found, right: a.right + s.unitsRight }), { tasks: 0, found: 0, right: 0 });
  console.log(`${label}\n${scores.map((s) => `  ${scoreLine(s)}`).join('\n')}\n  合计 任务 ${pct(total.found, total.tasks).toFixed(1)}%  单位全对 ${pct(total.right, total.tasks).toFixed(1)}%`);
  for (const s of scores) {
    expect(pct(s.found, s.tasks), `${label} ${s.id} 未找到：${s.missing.join('；')}`).toBeGreaterThanOrEqual(98);
    expect(pct(s.unitsRight, s.tasks), `${label} ${s.id} 单位不对：${s.wrongUnits.join('；')}`).toBeGreaterThanOrEqual(97);
  }
}

describe('a plan from a notice, against the curated seeds', () => {
  it('finds the tasks and their units in the four texts as received', () => {
    expectFigures('原文', seedIds.map((id) => scoreSeed(core().db, id)));
  });

  for (const [name, change] of Object.entries(variants)) {
    it(`holds when the texts are changed: ${name}`, () => {
      expectFigures(name, seedIds.map((id) => scoreSeed(core().db, id, change)));
    });
  }

  it('reports the scrambled 2018 web copy separately', () => {
    const s = scoreSeed(core().db, scrambledId);
    console.log(`顺序错乱的网页转录稿\n  ${scoreLine(s)}`);
    // Paragraphs out of order and repeated: most headings are glued to another item's text. What
    // is read must not get worse unnoticed.
    expect(s.found).toBeGreaterThanOrEqual(16);
  });

  it('reads the title, issuer, 文号 and date of each notice', () => {
    for (const id of [...seedIds, scrambledId]) {
      const plan = seedPlan(id);
      const draft = extractNotice(seedSource(id));
      expect(draft.docNumber.value, id).toBe(plan.docNumber);
      expect(draft.issuer.value, id).toBe(plan.issuer);
      expect(draft.issuedOn.value, id).toBe(plan.issuedOn);
      expect(draft.title.value, id).toBe(plan.title);
      expect(draft.scope, id).toBe(plan.scope);
    }
  });

  it('recognises the annexes: division table, timeline, indicator table', () => {
    const yubei = extractNotice(seedSource('yubei-2022'));
    expect(yubei.annexes.map((a) => a.kind)).toEqual(['division', 'indicators']);
    expect(yubei.indicators.length).toBeGreaterThanOrEqual(27);
    const banan = extractNotice(seedSource('banan-2017'));
    expect(banan.annexes.map((a) => a.kind)).toContain('timeline');
    const seedTimeline = seedPlan('banan-2017').timeline!;
    const codes = banan.timeline.map((t) => t.code);
    expect(codes).toEqual(seedTimeline.map((t) => t.code));
    const titles = banan.timeline.filter((t, i) => t.title.replace(/\s/g, '') === seedTimeline[i]!.title.replace(/\s/g, '')).length;
    console.log(`时序安排表：${banan.timeline.length} 项，标题与种子一致 ${titles} 项`);
  });
});
