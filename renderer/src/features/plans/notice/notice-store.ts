// 从通知新建: the pasted or opened text, the draft read from it and the clerk's corrections,
// the task in view, and saving. The draft stays here until it is saved or given up, so switching
// pages loses nothing.
import { create } from 'zustand';
import type { SaveDraftTask } from '../../../../../electron/shared/contract/notices';
import type { DraftTask, DraftUnit, NoticeDraft } from '../../../../../electron/shared/notice';
import { noticesApi } from '../../../api';

type Header = { title: string; docNumber: string; issuer: string; issuedOn: string; scope: string };

type NoticeState = {
  active: boolean;
  text: string;
  fileName: string | null;
  draft: NoticeDraft | null;
  header: Header;
  selected: string | null;
  start: () => void;
  leave: () => void;
  setText: (text: string, fileName?: string | null) => void;
  read: () => Promise<void>;
  setHeader: (patch: Partial<Header>) => void;
  select: (key: string | null) => void;
  updateTask: (key: string, patch: Partial<DraftTask>) => void;
  updateUnit: (key: string, index: number, unit: DraftUnit | null) => void;
  toSave: () => Parameters<typeof noticesApi.save>[0];
};

function mapTasks(tasks: DraftTask[], key: string, fn: (t: DraftTask) => DraftTask): DraftTask[] {
  return tasks.map((t) => (t.key === key ? fn(t) : { ...t, children: mapTasks(t.children, key, fn) }));
}

const ref = (u: DraftUnit) => (u.unitId !== null ? { unitId: u.unitId } : { name: u.name });

function saved(t: DraftTask): SaveDraftTask {
  const units = t.units.filter((u) => u.unitId !== null || u.name.trim());
  return {
    code: t.code.slice(0, 20), title: t.title.slice(0, 500), body: t.body.slice(0, 5000) || null, deadlineText: t.deadlineText.slice(0, 60) || null,
    lead: units.filter((u) => u.role === 'lead').map(ref),
    responsible: units.filter((u) => u.role === 'responsible').map(ref),
    cooperating: units.filter((u) => u.role === 'cooperating').map(ref),
    children: t.children.filter((c) => c.include).map(saved),
  };
}

const emptyHeader: Header = { title: '', docNumber: '', issuer: '', issuedOn: '', scope: '' };

export const useNotice = create<NoticeState>()((set, get) => ({
  active: false,
  text: '',
  fileName: null,
  draft: null,
  header: emptyHeader,
  selected: null,
  start: () => set({ active: true }),
  leave: () => set({ active: false, text: '', fileName: null, draft: null, header: emptyHeader, selected: null }),
  setText: (text, fileName) => set({ text, ...(fileName !== undefined ? { fileName } : {}) }),
  read: async () => {
    const draft = await noticesApi.extract(get().text);
    set({
      draft,
      selected: null,
      header: { title: draft.title.value, docNumber: draft.docNumber.value, issuer: draft.issuer.value, issuedOn: draft.issuedOn.value, scope: draft.scope },
    });
  },
  setHeader: (patch) => set({ header: { ...get().header, ...patch } }),
  select: (key) => set({ selected: key }),
  updateTask: (key, patch) => {
    const d = get().draft;
    if (d) set({ draft: { ...d, tasks: mapTasks(d.tasks, key, (t) => ({ ...t, ...patch })), timeline: mapTasks(d.timeline, key, (t) => ({ ...t, ...patch })) } });
  },
  updateUnit: (key, index, unit) => {
    const d = get().draft;
    const edit = (t: DraftTask) => ({
      ...t,
      units: unit === null ? t.units.filter((_, i) => i !== index) : index >= t.units.length ? [...t.units, unit] : t.units.map((u, i) => (i === index ? unit : u)),
    });
    if (d) set({ draft: { ...d, tasks: mapTasks(d.tasks, key, edit), timeline: mapTasks(d.timeline, key, edit) } });
  },
  toSave: () => {
    const { draft, header, text, fileName } = get();
    return {
      title: header.title, docNumber: header.docNumber || null, issuer: header.issuer || null, issuedOn: /^\d{4}-\d{2}-\d{2}$/.test(header.issuedOn) ? header.issuedOn : null,
      scope: header.scope, sourceText: text, fileName,
      tasks: (draft?.tasks ?? []).filter((t) => t.include).map(saved),
      timeline: (draft?.timeline ?? []).filter((t) => t.include).map(saved),
    };
  },
}));
