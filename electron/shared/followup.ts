// 督办: how late an unfinished task is and the level of chasing that lateness calls for. The
// levels are the office's own (设置); the engine is core/ledger/followup.ts, and every screen,
// command and export reads its answer from there.

export type FollowUpLevel = 'remind' | 'urge' | 'notify';
/** Days late from which each level applies; strictly increasing. */
export type FollowUpDays = Record<FollowUpLevel, number>;

export const followUpLevels: readonly FollowUpLevel[] = ['remind', 'urge', 'notify'];
export const followUpLabels: Record<FollowUpLevel, string> = { remind: '提醒', urge: '督办', notify: '通报' };
export const defaultFollowUpDays: FollowUpDays = { remind: 1, urge: 7, notify: 15 };

/** The rules in the clerk's words, shown in 设置 and beside the 督办 list; the engine's tests hold each. */
export function followUpRulesText(d: FollowUpDays): string[] {
  return [
    '逾期天数按查看日期当天结束时计算：只写日期的时限，到期日的次日算逾期第 1 天；写了钟点的（如“9月1日8点”），到期当天即算逾期第 1 天。',
    `逾期 ${d.remind} 天起为“提醒”，${d.urge} 天起为“督办”，${d.notify} 天起为“通报”。`,
    '已完成、暂缓的任务不督办；“全程”和未定时限的任务没有逾期天数。',
  ];
}
