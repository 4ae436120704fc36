// Worker thread of `cchc summary --jobs N` (issue 9): receives SummaryTasks, answers each with
// its TaskResult and the size of this thread's heap (the pool retires a worker grown large).
// Bundled as its own entry (webpack.config.js: dist/cli/summaryWorker.js).
import { getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { reasonOf, runSummaryTask, type SummaryTask, type TaskResult } from './summaryTask';

export interface WorkerAnswer {
  result: TaskResult;
  /** V8 heap of this thread, bytes. */
  heapBytes: number;
}

const port = parentPort;
if (port) {
  const answer = (result: TaskResult): void => port.postMessage({ result, heapBytes: getHeapStatistics().total_heap_size } satisfies WorkerAnswer);
  port.on('message', (task: SummaryTask) => {
    void runSummaryTask(task).then(answer, (err: unknown) => answer({ kind: 'unreadable', file: task.shown, reason: reasonOf(err, task.lang), read: false }));
  });
}
