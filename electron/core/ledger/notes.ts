// Which progress notes stand as of a date. Notes are append-only; a correction is a new note naming
// the one it replaces, and the replaced one stops counting once the correction is dated on or
// before the as-of date. Shared by the ledger rows and by progress:add, so both read notes alike.
import type { ProgressDto } from '../../shared/ledger';

export type NoteRow = {
  id: number;
  task_id: number;
  entered_on: string;
  body: string;
  status: ProgressDto['status'];
  author: string | null;
  created_at: string;
  supersedes_id: number | null;
};

export const noteColumns = 'id, task_id, entered_on, body, status, author, created_at, supersedes_id';

/** What deciding which notes stand needs; the ledger reads only these for every note, the text only for the winners. */
export type NoteKey = Pick<NoteRow, 'id' | 'task_id' | 'entered_on' | 'status' | 'supersedes_id'>;

export type StandingNotes<N extends NoteKey = NoteRow> = { latest: N | null; latestStatus: N | null };

/**
 * One task's notes, all dated on or before the as-of date and ordered by (entered_on, id), and the
 * ids that notes of that same range supersede: the latest standing note and the latest standing
 * note that set a status (same day: the later entry).
 */
export function standingNotes<N extends NoteKey>(notes: readonly N[], superseded: ReadonlySet<number>): StandingNotes<N> {
  let latest: N | null = null;
  let latestStatus: N | null = null;
  for (let i = notes.length - 1; i >= 0 && !(latest && latestStatus); i--) {
    const n = notes[i]!;
    if (superseded.has(n.id)) continue;
    latest ??= n;
    if (n.status) latestStatus ??= n;
  }
  return { latest, latestStatus };
}

export const toProgressDto = (n: NoteRow, supersededBy: number | null): ProgressDto => ({
  id: n.id,
  taskId: n.task_id,
  enteredOn: n.entered_on,
  body: n.body,
  status: n.status,
  author: n.author,
  createdAt: n.created_at,
  supersedesId: n.supersedes_id,
  supersededBy,
});
