// The reporting area's handlers: the regime and its editing, the matrix, one period's status,
// submissions, 催报, and today's panel on the dashboard.
import type { reportingContract } from '../../shared/contract/reporting';
import type { CoreContext, Handlers } from '../handlers';
import { buildMatrix } from './matrix';
import { addPhase, getSetup, removePhase, setDay, updatePhase } from './regime-edit';
import { listReminders, logReminders } from './reminders';
import { addField, addReporter, removeReporter, updateField, updateReporter } from './reporter-edit';
import { periodStatus } from './status';
import { getSubmission } from './submission-query';
import { submit } from './submit';
import { reportingToday } from './today';

export function reportingHandlers(ctx: CoreContext): Pick<Handlers, keyof typeof reportingContract> {
  const { db } = ctx;
  return {
    'reporting:setup': ({ planId }) => getSetup(db, planId),
    'reporting:addPhase': (input) => addPhase(db, input),
    'reporting:updatePhase': (input) => updatePhase(db, input),
    'reporting:removePhase': ({ phaseId }) => removePhase(db, phaseId),
    'reporting:setDay': (input) => setDay(db, input),
    'reporting:addReporter': (input) => addReporter(db, input),
    'reporting:updateReporter': (input) => updateReporter(db, input),
    'reporting:removeReporter': ({ reporterId }) => removeReporter(db, reporterId),
    'reporting:addField': (input) => addField(db, input),
    'reporting:updateField': (input) => updateField(db, input),
    'reporting:matrix': (input) => buildMatrix(db, input),
    'reporting:status': (input) => periodStatus(db, input),
    'reporting:submission': (input) => getSubmission(db, input),
    'reporting:submit': (input) => submit(db, input),
    'reporting:reminders': (input) => listReminders(db, input),
    'reporting:logReminders': (input) => logReminders(db, input),
    'reporting:today': (input) => reportingToday(db, input),
  };
}
