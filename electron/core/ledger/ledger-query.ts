// The ledger's rows (placeholder until the light engine lands).
import type { ParsedInput } from '../../shared/contract';
import type { LedgerResult } from '../../shared/ledger';
import type { Db } from '../db/open';

export function listLedger(_db: Db, input: ParsedInput<'ledger:list'>): LedgerResult {
  return { asOf: input.asOf ?? new Date().toISOString().slice(0, 10), settings: { dueSoonDays: 7, staleDays: 7 }, rows: [] };
}
