// 从通知新建: read a notice's text into a draft (units matched in the notice's scope), open a
// notice file, save the reviewed draft.
import type { CoreContext, Handlers } from '../handlers';
import { pickOneFile } from '../files/incoming';
import { extractNotice } from './extract';
import { readNoticeFile } from './read-file';
import { unitRegistry } from './registry';
import { saveDraft } from './save-draft';

type NoticeHandlers = Pick<Handlers, 'notices:extract' | 'notices:save' | 'notices:open'>;

export function noticeHandlers({ db }: CoreContext): NoticeHandlers {
  return {
    'notices:extract': ({ text, scope }) => extractNotice(text, (read) => unitRegistry(db, scope || read)),
    'notices:save': (input) => saveDraft(db, input),
    'notices:open': async (input, { adapter, job }) => {
      const file = await pickOneFile(input, adapter, '通知文件');
      if (!file) return null;
      await job.step(0, 1, file.name);
      return { fileName: file.name, text: await readNoticeFile(file) };
    },
  };
}
