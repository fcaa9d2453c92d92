// Numbers as clerks type them into a cell. Accepted where the meaning is certain — spaces around
// it, a thousands comma, full-width digits, a trailing percent sign — and refused with a reason
// the clerk can act on where it is not: 约30, 30左右, 二十, 20-30, 30万元.
export type ClerkNumber = { ok: true; value: number; percent: boolean } | { ok: false; reason: string };

const chineseNumerals = /[零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]/;
const approximate = /约|大约|左右|余|多|近|超过|不到|以上|以下|上下|～|~/;

/** `text` as written in the cell; the caller decides whether a percent fits the field. */
export function parseClerkNumber(text: string): ClerkNumber {
  // NFKC turns full-width digits, ％, ，, ． and the ideographic space into their ASCII forms.
  const s = text.normalize('NFKC').replace(/\s+/g, '');
  if (s === '') return { ok: false, reason: '为空' };
  const plain = /^[+-]?(\d+(\.\d*)?|\.\d+)%?$/;
  const grouped = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?%?$/;
  if (plain.test(s) || grouped.test(s)) {
    const percent = s.endsWith('%');
    const value = Number(s.replace(/[,%]/g, ''));
    if (Number.isFinite(value)) return { ok: true, value, percent };
  }
  if (approximate.test(s)) return { ok: false, reason: `“${text.trim()}”不是确切的数，请填确切数值` };
  if (chineseNumerals.test(s) && !/\d/.test(s)) return { ok: false, reason: `“${text.trim()}”是汉字数字，请改填阿拉伯数字` };
  if (/^[+-]?[\d.,]+[\u4e00-\u9fff]+$/.test(s)) return { ok: false, reason: `“${text.trim()}”带了单位或文字，请只填数字` };
  if (/^\d+(\.\d+)?-\d+(\.\d+)?$/.test(s)) return { ok: false, reason: `“${text.trim()}”是一个范围，请填一个确切数值` };
  return { ok: false, reason: `“${text.trim().slice(0, 20)}”不是数字` };
}
