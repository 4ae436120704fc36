// Running the CLI in tests: in-process through main() with a fake Io (fast, for most cases), or as
// the real bundled binary in a child process (exit codes, stack traces, start-up), prettier-style:
// assert {status, stdout, stderr} together.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Io } from '../../src/cli/io';
import { main } from '../../src/cli/main';

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

export const ROOT = resolve(__dirname, '../..');
export const CLI_BIN = resolve(ROOT, 'dist/cli/cchc.js');

export interface FakeIoOptions {
  cwd?: string;
  today?: string;
  env?: Record<string, string | undefined>;
  tty?: boolean;
}

export function fakeIo(opts: FakeIoOptions = {}): Io & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    stdoutIsTTY: opts.tty ?? false,
    stderrIsTTY: opts.tty ?? false,
    cwd: opts.cwd ?? ROOT,
    env: opts.env ?? {},
    today: () => opts.today ?? '2024-06-30',
  };
}

/** Runs `cchc argv…` in-process. */
export async function runCli(argv: string[], opts: FakeIoOptions = {}): Promise<CliResult> {
  const io = fakeIo(opts);
  const status = await main(argv, io);
  return { status, stdout: io.out.join(''), stderr: io.err.join('') };
}

/** Runs the built `dist/cli/cchc.js` as a process (jest's global set-up builds it). */
export function runBin(argv: string[], opts: { cwd?: string; env?: Record<string, string> } = {}): CliResult {
  const r = spawnSync(process.execPath, [CLI_BIN, ...argv], {
    cwd: opts.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: '1', ...opts.env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A stack trace line, which must never reach a user. */
export const STACK_RE = /\n\s+at .+\(.+:\d+:\d+\)|\bat Object\.<anonymous>|node:internal/;
