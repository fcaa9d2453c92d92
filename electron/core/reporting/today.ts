// Today's reporting on the dashboard: per plan with a regime, the period the day falls in, what
// is expected, received and missing, with the 催报 text; open incidents; indicators off target.
import type { ReportingTodayDto } from '../../shared/reporting';
import { AppError } from '../../shared/errors';
import type { Db } from '../db/open';

export function reportingToday(_db: Db, _input: { asOf?: string }): ReportingTodayDto {
  throw new AppError('not_built', '此功能尚未完成');
}
