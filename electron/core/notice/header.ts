// The header of a notice: its 文号, who issued it and when (the signature under the covering
// letter), the plan's title, and where the plan's own text starts and its annexes begin. All
// positions are in the clean text.

export type Found = { value: string; from: number; to: number } | null;
export type NoticeHeader = {
  title: Found;
  issuer: Found;
  docNumber: Found;
  issuedOn: Found;
  scope: string;
  bodyStart: number;
  annexStart: number;
};

const docNumberRe = /[\u4e00-\u9fff]{1,10}[〔【（]\s*\d{4}\s*[〕】）]\s*\d{1,4}\s*号/g;
const dateRe = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g;
const orgEnd = /(?:人民政府|办公室|办公厅|委员会|政府|领导小组|医改办)\s*$/;

/** The issuer's signature and date that close the covering letter, within its first part. */
function signature(text: string): { issuer: Found; date: Found } {
  const limit = Math.min(text.length, Math.max(6000, text.length / 4));
  dateRe.lastIndex = 0;
  for (let m = dateRe.exec(text); m && m.index < limit; m = dateRe.exec(text)) {
    const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
    const before = text.slice(lineStart, m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
    const ownLine = before.trim() === '' && /^\s*(?:\n|$|（)/.test(after + '\n');
    const afterOrg = orgEnd.test(before);
    if (!ownLine && !afterOrg) continue;
    const [y, mo, d] = [m[1]!, m[2]!.padStart(2, '0'), m[3]!.padStart(2, '0')];
    const date = { value: `${y}-${mo}-${d}`, from: m.index, to: m.index + m[0].length };
    return { date, issuer: issuerBefore(text, m.index, ownLine ? lineStart : m.index) };
  }
  return { issuer: null, date: null };
}

/** The organisation named just before the date: the line above it, or the words since the last sentence. */
function issuerBefore(text: string, dateAt: number, searchEnd: number): Found {
  let end = searchEnd;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  const start = Math.max(text.lastIndexOf('\n', end - 1), text.lastIndexOf('。', end - 1), text.lastIndexOf('）', end - 1)) + 1;
  const value = text.slice(start, end).trim();
  if (!value || value.length > 40 || !orgEnd.test(value) || dateAt - end > 40) return null;
  return { value, from: start + text.slice(start, end).indexOf(value), to: end };
}

/** 《…》 the covering letter prints, or "关于印发…的通知", or the first line of the plan. */
function titleOf(text: string, coverEnd: number, bodyStart: number): Found {
  const cover = text.slice(0, coverEnd);
  const quoted = /《([^》]{4,80})》\s*(?:已经|印发|现印发|已|，)/.exec(cover) ?? /《([^》]{4,80}(?:方案|意见|办法|任务|分工|计划|要点|规划|细则))》/.exec(cover);
  const m = quoted ?? /关于印发([^。]{4,80}?)的通知/.exec(cover);
  if (m) {
    const from = m.index + m[0].indexOf(m[1]!);
    return { value: m[1]!.replace(/\s+/g, ''), from, to: from + m[1]!.length };
  }
  const line = /[^\n]+/.exec(text.slice(bodyStart));
  if (!line) return null;
  return { value: line[0].trim(), from: bodyStart + line.index, to: bodyStart + line.index + line[0].length };
}

/** 巴南区 from 重庆市巴南区人民政府办公室, 重庆市 from 重庆市人民政府办公厅. */
export function scopeOf(issuer: string): string {
  const name = issuer.replace(/(人民政府|政府|办公室|办公厅|委员会|领导小组|医改办).*$/, '');
  const district = /([\u4e00-\u9fff]{1,6}?(?:区|县|自治县))$/.exec(name);
  if (district) return district[1]!.replace(/^.*?[市州盟]/, '');
  const city = /([\u4e00-\u9fff]{2,6}?[市州])$/.exec(name);
  return city ? city[1]!.replace(/^.*?省/, '') : name;
}

export function readHeader(text: string): NoticeHeader {
  docNumberRe.lastIndex = 0;
  const dn = docNumberRe.exec(text);
  // The issuing office's prefix (渝府办发) when a copy ran the title straight into it: "…的通知渝府办发〔…〕".
  const glued = dn ? (/^.*(?:通知|的|公告|决定|意见|方案|文件)/.exec(dn[0])?.[0].length ?? 0) : 0;
  const docNumber: Found = dn
    ? { value: dn[0].slice(glued).replace(/[【（]/, '〔').replace(/[】）]/, '〕'), from: dn.index + glued, to: dn.index + dn[0].length }
    : null;
  const { issuer, date } = signature(text);
  let bodyStart = 0;
  if (date) {
    bodyStart = date.to;
    const note = /^\s*（此件[^）]{0,8}）/.exec(text.slice(bodyStart));
    if (note) bodyStart += note[0].length;
  }
  const annex = /(?:^|\n|。)\s*附\s*件\s*(?:[:：]|\d)/.exec(text.slice(bodyStart));
  const annexStart = annex ? bodyStart + annex.index : text.length;
  return {
    title: titleOf(text, date ? date.from : Math.min(text.length, 2000), bodyStart),
    issuer,
    docNumber,
    issuedOn: date,
    scope: issuer ? scopeOf(issuer.value) : '',
    bodyStart,
    annexStart,
  };
}
