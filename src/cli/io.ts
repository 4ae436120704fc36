// The CLI's side effects in one small module tests can replace (prettier's shape).
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Standard error is a terminal (progress bars) . */
  stderrIsTTY: boolean;
  stdoutIsTTY: boolean;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Today's date, ISO, in the user's local time. */
  today(): string;
}

function localIsoDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

export function processIo(): Io {
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    cwd: process.cwd(),
    env: process.env,
    today: () => localIsoDate(new Date()),
  };
}
