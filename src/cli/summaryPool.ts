// Runs the files of `cchc summary` over worker threads (issue 9: read in parallel, `--jobs`,
// default the core count), or in-process when one job is asked for, when there is one file, or
// when no worker script sits beside this code (under ts-jest, which runs the TypeScript sources).
// Results are handed over as each file is done, in completion order, with the file's index.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { reasonOf, runSummaryTask, type SummaryTask, type TaskResult } from './summaryTask';
import type { WorkerAnswer } from './summaryWorker';

/**
 * Memory stays flat as the file count grows (issue 9). Nothing is kept from one file to the next,
 * yet a busy worker's V8 heap grows: V8 enlarges its young generation with the allocation rate (up
 * to 48 MB a thread) and raises its old-generation limit rather than collect (measured on the
 * bench's unit files, two workers: 118 MB peak over 50 files, 162 MB over 200, uncapped). So the
 * young generation is capped at 16 MB (8 MB cost 10 % more CPU), which keeps a worker's heap
 * near 27 MB; the old generation is not limited, since a 50 000-row workbook needs it, but a
 * worker whose heap has grown past RETIRE_HEAP_BYTES (after such a workbook) is replaced by a
 * fresh one between two files, which gives the memory back.
 */
const YOUNG_GENERATION_MB = 16;
/** CCHC_WORKER_RETIRE_MB lowers it in tests, which then see every worker replaced. */
const RETIRE_HEAP_BYTES = (Number(process.env.CCHC_WORKER_RETIRE_MB) || 48) * 1024 * 1024;

export type OnResult = (index: number, result: TaskResult) => void;

/** The bundled worker script, when there is one (dist/cli/summaryWorker.js beside dist/cli/cchc.js). */
export function workerScript(): string | null {
  const file = join(__dirname, 'summaryWorker.js');
  return existsSync(file) ? file : null;
}

/**
 * In-process, each result is cloned as a worker's message would be: the digest's strings are
 * slices of the file's decoded text, and would keep all of it alive for as long as the summary
 * keeps the digest (measured: 6 MB more heap over 150 more files).
 */
async function inProcess(tasks: readonly SummaryTask[], onResult: OnResult): Promise<void> {
  for (let i = 0; i < tasks.length; i++) onResult(i, structuredClone(await runSummaryTask(tasks[i])));
}

/**
 * Each worker takes the next file as soon as it has answered: a slow file does not hold back the
 * rest. A worker that dies (out of memory on one huge file) reports that file as unreadable and
 * is replaced, so the run goes on.
 */
function inWorkers(tasks: readonly SummaryTask[], jobs: number, script: string, onResult: OnResult): Promise<void> {
  return new Promise((resolve) => {
    let next = 0;
    let finished = 0;
    let live = 0;
    const start = (): void => {
      if (next >= tasks.length) return;
      const worker = new Worker(script, { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
      live++;
      let current = -1;
      let closed = false;
      const close = (): void => {
        if (closed) return;
        closed = true;
        live--;
        void worker.terminate();
        if (finished === tasks.length && live === 0) resolve();
      };
      const feed = (): void => {
        if (next >= tasks.length) {
          close();
          return;
        }
        current = next++;
        worker.postMessage(tasks[current]);
      };
      worker.on('message', ({ result, heapBytes }: WorkerAnswer) => {
        finished++;
        onResult(current, result);
        current = -1;
        if (heapBytes > RETIRE_HEAP_BYTES && next < tasks.length) {
          close();
          start();
        } else feed();
      });
      worker.on('error', (err) => {
        if (current >= 0) {
          finished++;
          const task = tasks[current];
          onResult(current, { kind: 'unreadable', file: task.shown, reason: reasonOf(err, task.lang), read: false });
          current = -1;
        }
        close();
        start();
        if (finished === tasks.length && live === 0) resolve();
      });
      feed();
    };
    for (let k = 0; k < Math.min(jobs, tasks.length); k++) start();
    if (tasks.length === 0) resolve();
  });
}

export async function runTasks(tasks: readonly SummaryTask[], jobs: number, onResult: OnResult): Promise<void> {
  const script = jobs > 1 && tasks.length > 1 ? workerScript() : null;
  if (!script) return inProcess(tasks, onResult);
  return inWorkers(tasks, jobs, script, onResult);
}
