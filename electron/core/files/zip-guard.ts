// A zip that arrived from outside (an .xlsx, a .docx) is checked before any library inflates it:
// the central directory must be there (a truncated file is refused), the entries few enough, and
// every entry is inflated here under a hard cap — the sizes the directory declares may lie, so the
// real size is what counts. A zip bomb costs at most the cap, never the machine's memory. An XML
// part that declares entities is refused too.
import { inflateRawSync } from 'node:zlib';

export type ZipLimits = { maxInflatedBytes: number; maxEntries: number };
export type ZipVerdict = { ok: true } | { ok: false; why: 'truncated' | 'too_many' | 'too_large' | 'damaged' | 'entities'; inflated?: number };

const END = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function endRecord(data: Buffer): number | null {
  const from = Math.max(0, data.length - 65_557);
  for (let i = data.length - 22; i >= from; i--) if (data.readUInt32LE(i) === END) return i;
  return null;
}

/**
 * Excel, WPS and Word never write a DOCTYPE into their XML parts; one that declares entities is
 * an expansion attack (billion laughs) or worse, whatever the XML reader downstream would do.
 */
function declaresEntities(part: Buffer): boolean {
  const head = part.subarray(0, 4096).toString('latin1');
  return head.includes('<!DOCTYPE') || head.includes('<!ENTITY');
}

export function checkZip(data: Buffer, limits: ZipLimits): ZipVerdict {
  const end = endRecord(data);
  if (end === null) return { ok: false, why: 'truncated' };
  const entries = data.readUInt16LE(end + 10);
  if (entries > limits.maxEntries) return { ok: false, why: 'too_many' };
  let at = data.readUInt32LE(end + 16);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > data.length || data.readUInt32LE(at) !== CENTRAL) return { ok: false, why: 'truncated' };
    const method = data.readUInt16LE(at + 10);
    const compressed = data.readUInt32LE(at + 20);
    const declared = data.readUInt32LE(at + 24);
    const local = data.readUInt32LE(at + 42);
    at += 46 + data.readUInt16LE(at + 28) + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
    total += declared;
    if (total > limits.maxInflatedBytes) return { ok: false, why: 'too_large', inflated: total };
    if (local + 30 > data.length || data.readUInt32LE(local) !== LOCAL) return { ok: false, why: 'damaged' };
    const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
    if (start + compressed > data.length) return { ok: false, why: 'truncated' };
    if (method === 0) {
      if (declaresEntities(data.subarray(start, start + compressed))) return { ok: false, why: 'entities' };
      continue;
    }
    if (method !== 8) return { ok: false, why: 'damaged' };
    // Inflate under the cap left: an entry larger than it declared, or than what is left, stops here.
    const room = limits.maxInflatedBytes - (total - declared);
    let real: number;
    try {
      const part = inflateRawSync(data.subarray(start, start + compressed), { maxOutputLength: Math.max(1, Math.min(room, declared + 1)) });
      if (declaresEntities(part)) return { ok: false, why: 'entities' };
      real = part.length;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      return code === 'ERR_BUFFER_TOO_LARGE' ? { ok: false, why: 'too_large', inflated: total } : { ok: false, why: 'damaged' };
    }
    if (real !== declared) return { ok: false, why: real > declared ? 'too_large' : 'damaged', inflated: total };
  }
  return { ok: true };
}
