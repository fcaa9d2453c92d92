// Parses the command line and runs one command; returns the exit code. Kept apart from
// index.ts so tests can call it in-process.
import { startCore, type AppCore } from '../core/app-core';
import { checkDatabaseFile } from '../core/db/check';
import type { OpenMode } from '../core/db/open';
import { dispatch, isChannel } from '../core/dispatch';
import type { PlanSummary } from '../shared/dto';
import { AppError } from '../shared/errors';
import { assignCommand, noticesCommand, overdueCommand } from './assignment-commands';
import { describeChannels } from './describe-channels';
import { exportCommand, importCommand, templatesCommand } from './file-commands';
import { indicatorsCommand } from './indicator-commands';
import { progressAddCommand, readOptions, tasksCommand } from './ledger-commands';
import { statusCommand, submitCommand } from './reporting-commands';
import { resolveUserPath } from './user-path';
import { extractCommand } from './notice-command';

type Io = { out: (s: string) => void; err: (s: string) => void };

const channelList = () =>
  `通道（call 的第一个参数）及其输入字段（带 ? 的可以省略）：\n${describeChannels().map((line) => `  ${line}\n`).join('')}`;

const usage = () => `用法：npm run --silent cli -- <命令> --db 数据文件 [选项]
命令：
  init            创建数据文件并载入内置方案（可重复执行，不会重复载入）
  plans [--json]  列出数据文件中的方案（只读，不改动文件）
  tasks [--plan 方案] [--as-of YYYY-MM-DD] [--json]
                  列出台账：每项任务的序号、灯色、到期日、名称（只读）；--as-of 按该日查看（默认今天），
                  --json 输出 id、code、title、deadlineText、due、status、light、leadUnits、
                  cooperatingUnits、groups、latestProgress
  progress add --task 任务编号[,编号…] --date YYYY-MM-DD --text 进展内容 [--status 状态]
                  登记进展；状态为 not_started（未启动）、in_progress（推进中）、done（已完成）、paused（暂缓）
  status --plan 方案 --period 报送期 [--as-of YYYY-MM-DD] [--json]
                  一个报送期的报送情况：应报、实报、按时、迟报、未报单位、报送率、及时率（只读）；
                  报送期写日期（2017-09-05）、周（2017-W40）或月（2017-10）
  submit --plan 方案 --unit 单位 --period 报送期 --values JSON [--received-at 时间]
                  录入一份报送；--values 以填报项名称为键，如 '{"医疗收入":120.5,"药品收入":36.2}'，
                  --received-at 为收到时间（默认现在），如 "2017-09-05 16:30"
  export --plan 方案 --report 报表 --out 文件.xlsx [--as-of 日期] [--period 报送期] [--from 日期 --to 日期] [--history]
                  导出可直接报送的 Excel：ledger（任务分工台账）、groups（工作组责任分工表）、roster（工作组组建方案）、
                  timeline（重点工作时序安排表）、indicators（指标监测表）、summary（信息报送汇总表）、ranking（报送情况通报）、
                  followups（督办情况通报，--from --to 为统计区间）
  templates --plan 方案 --period 报送期 --out 文件夹
                  为每个报送单位生成该期的报送模板（单位_期间_报送模板.xlsx）
  import [--plan 方案] [--period 报送期] [--received-at 时间] [--confirm] 文件或文件夹…
                  导入收回的报送模板（.xlsx、.xls、.et），每个文件输出一行 JSON：
                  {file, status, unit, period, errors:[{cell, message}]}；status 为 imported（已导入）、
                  duplicate（与已录入的相同）、changed（有改动或需核对，未写入；加 --confirm 写入）、
                  rejected（未导入，errors 说明原因和单元格）；有 rejected 时以非零状态退出。
                  收到时间默认取文件的修改时间
  indicators --plan 方案 --period 报送期 [--json]
                  各医院和全区的指标值、目标值和达标情况（只读）
  assign [--plan 方案] --file 清单.json
                  交办一份清单：任务进入该方案的台账（不指定方案时进入“日常交办事项”），输出
                  {listId, number, planId, taskIds}。清单文件：{"title","assignedOn","sourceKind":"meeting|document|leader|other",
                  "sourceText","items":[{"title","deadlineText" 或 "dueOn","lead":"单位或工作组","cooperating":["…"]}]}
  overdue [--plan 方案] --as-of YYYY-MM-DD [--json]
                  逾期未完成的任务及督办级别（remind 提醒、urge 督办、notify 通报）、逾期天数、牵头单位及联系人（只读）
  notices --as-of 日期 --tasks 任务编号,… --reply-by 日期 --out 文件夹 [--issued-on 日期] [--doc-prefix 文号前缀 --first-number 起始号]
                  为所选逾期任务的每个牵头单位生成督办通知（Word），并登记为已发送
  extract --text 通知文件 [--json] [--db 数据文件]
                  把通知（.txt 按 UTF-8 或 GBK 读取、.docx、有文字层的 .pdf）读成方案草稿：标题、印发单位、文号、
                  日期和每项任务（所属部分、序号、名称、牵头单位、配合单位、责任单位、完成时限）；不需要数据文件，
                  给出 --db 时按其单位库核对单位名称。--json 输出 {title, issuer, docNumber, issuedOn,
                  tasks:[{part, code, title, leadUnits, cooperatingUnits, responsibleUnits, deadlineText}]}
  call <通道> [JSON]  调用任一接口通道，例如 call plans:get '{"planId":"banan-2017"}'
  check           检查数据文件：完整性，是否医改台账的文件，版本是否过新；有问题时以非零状态退出
  help            显示本说明
相对路径的数据文件以输入命令时所在的文件夹为准。

${channelList()}`;

type Args = { command: string | undefined; db: string | undefined; json: boolean; rest: string[] };

function parseArgs(argv: string[]): Args {
  const args: Args = { command: undefined, db: undefined, json: false, rest: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--db') args.db = argv[++i];
    else if (a.startsWith('--db=')) args.db = a.slice(5);
    else if (a === '--json') args.json = true;
    else if (!args.command) args.command = a;
    else args.rest.push(a);
  }
  return args;
}

/** The exit code; a promise of it for commands that write files (export). */
export function runCli(argv: string[], io: Io): number | Promise<number> {
  const args = parseArgs(argv);
  if (!args.command || args.command === 'help' || argv.includes('--help')) {
    io.out(usage());
    return args.command ? 0 : 2;
  }
  if (args.command === 'call' && !args.rest[0]) {
    io.out(channelList());
    return 2;
  }
  if (args.command === 'extract') {
    const db = args.db && resolveUserPath(args.db);
    return Promise.resolve()
      .then(() => {
        const file = optionsOf(args.rest, ['text']).get('text');
        return extractCommand(file && resolveUserPath(file), db, args.json, io);
      })
      .catch((e: unknown) => reportError(io, (e as Error).message));
  }
  if (!args.db) {
    io.err('错误：请用 --db 指定数据文件。\n');
    return 2;
  }
  try {
    return runCommand(args, resolveUserPath(args.db), io);
  } catch (e) {
    return reportError(io, e instanceof AppError ? e.message : (e as Error).message);
  }
}

function runCommand(args: Args, db: string, io: Io): number | Promise<number> {
  switch (args.command) {
    case 'templates': {
      const options = optionsOf(args.rest, ['plan', 'period', 'out']);
      const core = startCore(db, { mode: 'readonly' });
      return templatesCommand(core, options, io).finally(() => core.close());
    }
    case 'import': {
      const { options, words, problem } = readOptions(args.rest, ['plan', 'period', 'received-at', 'confirm'], ['confirm']);
      if (problem) return reportError(io, problem);
      const core = startCore(db, { mode: 'readwrite' });
      return importCommand(core, options, words, io).finally(() => core.close());
    }
    case 'export': {
      const { options, words, problem } = readOptions(args.rest, ['plan', 'report', 'period', 'from', 'to', 'as-of', 'out', 'history'], ['history']);
      if (problem || words.length) return reportError(io, problem ?? `无法识别的参数：${words.join(' ')}（运行 help 查看用法）`);
      const core = startCore(db, { mode: 'readonly' });
      return exportCommand(core, options, io).finally(() => core.close());
    }
    case 'check': {
      const report = checkDatabaseFile(db);
      if (report.ok) io.out(`数据文件完好：${db}\n`);
      else io.err(`数据文件有问题：${db}\n${report.problems.map((p) => `  - ${p}`).join('\n')}\n`);
      return report.ok ? 0 : 1;
    }
    case 'init': {
      const { loaded, skipped } = withCore(db, 'create', (core) => core.seeds);
      io.out(`已就绪：${db}\n新载入方案 ${loaded.length} 个${loaded.length ? `（${loaded.join('、')}）` : ''}，已存在 ${skipped.length} 个。\n`);
      return 0;
    }
    case 'plans':
      return withCore(db, 'readonly', (core) => {
        const result = dispatch(core.handlers, 'plans:list', {});
        if (!result.ok) return reportError(io, result.error.message);
        const plans = result.value as PlanSummary[];
        if (args.json) io.out(`${JSON.stringify(plans, null, 2)}\n`);
        else for (const p of plans) io.out(`${p.id}\t${p.docNumber ?? ''}\t${p.issuedOn ?? ''}\t${p.taskCount} 项\t${p.title}\n`);
        return 0;
      });
    case 'tasks': {
      const options = optionsOf(args.rest, ['plan', 'as-of']);
      return withCore(db, 'readonly', (core) => tasksCommand(core, options, args.json, io));
    }
    case 'progress': {
      const { options, words, problem } = readOptions(args.rest, ['task', 'date', 'text', 'status']);
      if (words.length !== 1 || words[0] !== 'add') {
        return reportError(io, '用法：progress add --task 任务编号 --date YYYY-MM-DD --text 进展内容 [--status 状态]');
      }
      if (problem) return reportError(io, problem);
      return withCore(db, 'readwrite', (core) => progressAddCommand(core, options, io));
    }
    case 'status': {
      const options = optionsOf(args.rest, ['plan', 'period', 'as-of']);
      return withCore(db, 'readonly', (core) => statusCommand(core, options, args.json, io));
    }
    case 'submit': {
      const options = optionsOf(args.rest, ['plan', 'unit', 'period', 'values', 'received-at']);
      return withCore(db, 'readwrite', (core) => submitCommand(core, options, io));
    }
    case 'indicators': {
      const options = optionsOf(args.rest, ['plan', 'period']);
      return withCore(db, 'readonly', (core) => indicatorsCommand(core, options, args.json, io));
    }
    case 'assign': {
      const options = optionsOf(args.rest, ['plan', 'file']);
      return withCore(db, 'readwrite', (core) => assignCommand(core, options, io));
    }
    case 'overdue': {
      const options = optionsOf(args.rest, ['plan', 'as-of']);
      return withCore(db, 'readonly', (core) => overdueCommand(core, options, args.json, io));
    }
    case 'notices': {
      const options = optionsOf(args.rest, ['as-of', 'tasks', 'reply-by', 'issued-on', 'doc-prefix', 'first-number', 'out']);
      const core = startCore(db, { mode: 'readwrite' });
      return noticesCommand(core, options, io).finally(() => core.close());
    }
    case 'call': {
      const [channel = '', json] = args.rest;
      if (!isChannel(channel)) return reportError(io, `未知的操作：${channel}（运行 help 查看全部通道）`);
      let input: unknown;
      try {
        input = json ? JSON.parse(json) : {};
      } catch {
        return reportError(io, '参数不是有效的 JSON。');
      }
      // Read-write: a channel may write. The file must exist and be ours.
      return withCore(db, 'readwrite', (core) => {
        const result = dispatch(core.handlers, channel, input);
        if (!result.ok) return reportError(io, result.error.message);
        io.out(`${JSON.stringify(result.value, null, 2)}\n`);
        return 0;
      });
    }
    default:
      io.err(`错误：未知命令“${args.command}”。\n${usage()}`);
      return 2;
  }
}

function withCore<T>(db: string, mode: OpenMode, fn: (core: AppCore) => T): T {
  const core = startCore(db, { mode });
  try {
    return fn(core);
  } finally {
    core.close();
  }
}

/** The command's --options; anything else refused (runCli reports it in Chinese with exit 1). */
function optionsOf(rest: string[], allowed: readonly string[]): Map<string, string> {
  const { options, words, problem } = readOptions(rest, allowed);
  if (problem || words.length) throw new AppError('invalid_input', problem ?? `无法识别的参数：${words.join(' ')}（运行 help 查看用法）`);
  return options;
}

function reportError(io: Io, message: string): number {
  io.err(`错误：${message}\n`);
  return 1;
}
