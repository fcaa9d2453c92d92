// The 交办督办 area's plain handlers; its file channels are in files/assignment-files.ts.
import type { assignmentsContract } from '../../shared/contract/assignments';
import type { CoreContext, Handlers } from '../handlers';
import { listContactOwners, setContacts } from './contacts';
import { deleteAssignmentList, saveAssignmentList } from './list-edit';
import { issueAssignmentList } from './list-issue';
import { getAssignmentList, listAssignmentLists } from './list-query';
import { listNotices } from './notices-log';
import { listOverdue } from './overdue';
import { addFeedback, closeItem, signAssignment } from './receipts';

export function assignmentsHandlers({ db }: CoreContext): Pick<Handlers, keyof typeof assignmentsContract> {
  return {
    'contacts:list': () => listContactOwners(db),
    'contacts:set': ({ owner, contacts }) => setContacts(db, owner, contacts),
    'assignments:list': ({ asOf }) => listAssignmentLists(db, asOf),
    'assignments:get': ({ listId, asOf }) => getAssignmentList(db, listId, asOf),
    'assignments:save': ({ listId, list }) => saveAssignmentList(db, listId, list),
    'assignments:delete': ({ listId }) => deleteAssignmentList(db, listId),
    'assignments:issue': ({ listId, list }) =>
      db.transaction(() => issueAssignmentList(db, listId ?? saveAssignmentList(db, undefined, list!).id))(),
    'assignments:sign': (input) => signAssignment(db, input),
    'assignments:feedback': (input) => addFeedback(db, input),
    'assignments:close': (input) => closeItem(db, input),
    'followups:list': (input) => listOverdue(db, input),
    'followups:log': ({ taskId }) => listNotices(db, taskId),
  };
}
