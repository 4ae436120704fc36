// `cchc deadline` (SPEC §9), run in-process through main() with a fake Io: stdout, stderr and the
// exit code are asserted together (prettier's CLI tests do the same).
import type { Io } from '../../src/cli/io';
import { main } from '../../src/cli/main';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function cchc(args: string[], opts: { today?: string; env?: Record<string, string> } = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    stderrIsTTY: false,
    stdoutIsTTY: false,
    cwd: '/tmp',
    env: opts.env ?? {},
    today: () => opts.today ?? '2019-06-18',
  };
  const code = await main(['deadline', ...args], io);
  return { code, stdout, stderr };
}

const ok = (stdout: string): Run => ({ code: 0, stdout, stderr: '' });

describe('cchc deadline: human output', () => {
  it('prints the last day and the days left', async () => {
    expect(await cchc(['Quý II/2019'])).toEqual(ok('Quý II/2019 → thời hạn: 30/06/2019 (còn 12 ngày)\n'));
  });

  it('counts overdue days against --today', async () => {
    expect(await cchc(['Quý II/2019', '--today', '2019-07-15'])).toEqual(ok('Quý II/2019 → thời hạn: 30/06/2019 (đã quá hạn 15 ngày so với 15/07/2019)\n'));
  });

  it('says when the deadline is today', async () => {
    expect(await cchc(['Trước ngày 30/6/2019', '--today', '2019-06-30'])).toEqual(ok('Trước ngày 30/6/2019 → thời hạn: 30/06/2019 (hạn là hôm nay)\n'));
  });

  it('speaks English with --lang en or CCHC_LANG=en', async () => {
    expect(await cchc(['Quý II/2019', '--lang', 'en', '--today', '2019-07-01'])).toEqual(ok('Quý II/2019 → deadline: 30/06/2019 (overdue by 1 day as of 01/07/2019)\n'));
    expect(await cchc(['Quý II/2019'], { env: { CCHC_LANG: 'en' } })).toEqual(ok('Quý II/2019 → deadline: 30/06/2019 (12 days left)\n'));
  });

  it('lists milestones, the last one being the deadline', async () => {
    const text = 'Báo cáo quý 1, trước ngày 25/02; 6 tháng, trước 20/5; 9 tháng, trước 20/8; năm, trước 10/11/2019';
    expect(await cchc([text, '--today', '2019-11-20'])).toEqual(
      ok(`${text} → các mốc: 25/02/2019, 20/05/2019, 20/08/2019, 10/11/2019; thời hạn (mốc cuối): 10/11/2019 (đã quá hạn 10 ngày so với 20/11/2019)\n`),
    );
  });

  it('explains recurring, external, relative and unparsed deadlines in words, exit 0', async () => {
    expect(await cchc(['Thường xuyên'])).toEqual(ok('Thường xuyên → việc thường xuyên/định kỳ: không có một thời hạn cố định, không tính quá hạn\n'));
    expect(await cchc(['Theo hướng dẫn của Sở Nội vụ'])).toEqual(
      ok('Theo hướng dẫn của Sở Nội vụ → thời hạn theo cơ quan hoặc văn bản khác (tiến độ, hướng dẫn, thời hạn đã đăng ký): không tính quá hạn\n'),
    );
    expect(await cchc(['Trong thời hạn 30 ngày kể từ ngày ký'])).toEqual(
      ok('Trong thời hạn 30 ngày kể từ ngày ký → thời hạn tương đối: 30 ngày kể từ một sự việc, không có ngày cố định\n'),
    );
    expect(await cchc(['31/02/2019'])).toEqual(
      ok('31/02/2019 → không đọc được thời hạn (không phải một ngày có thật trên lịch); hãy ghi dạng «Quý II/2019», «Tháng 10/2019» hoặc «Trước ngày 31/12/2019»\n'),
    );
    expect(await cchc(['31/02/2019', '--lang', 'en'])).toEqual(
      ok('31/02/2019 → no deadline could be read (not a real calendar day); write it as "Quý II/2019", "Tháng 10/2019" or "Trước ngày 31/12/2019"\n'),
    );
  });

  it('takes the plan year from --year, else from --today, else from today', async () => {
    expect(await cchc(['Quý I', '--year', '2020', '--today', '2020-01-01'])).toEqual(ok('Quý I → thời hạn: 31/03/2020 (còn 90 ngày)\n'));
    expect(await cchc(['Quý I', '--today', '2021-04-01'])).toEqual(ok('Quý I → thời hạn: 31/03/2021 (đã quá hạn 1 ngày so với 01/04/2021)\n'));
    expect(await cchc(['Quý I'], { today: '2022-03-30' })).toEqual(ok('Quý I → thời hạn: 31/03/2022 (còn 1 ngày)\n'));
  });

  it('reads unquoted words as one text, and NFD like NFC', async () => {
    expect(await cchc(['Quý', 'II/2019'])).toEqual(ok('Quý II/2019 → thời hạn: 30/06/2019 (còn 12 ngày)\n'));
    expect(await cchc(['Quý II/2019'.normalize('NFD')])).toEqual(ok('Quý II/2019 → thời hạn: 30/06/2019 (còn 12 ngày)\n'));
  });

  it('passes a text that starts with a dash after --', async () => {
    expect(await cchc(['--year', '2020', '--', '- Báo cáo năm về TDTHPL trước ngày 05/10/2020.'])).toEqual(
      ok('- Báo cáo năm về TDTHPL trước ngày 05/10/2020. → thời hạn: 05/10/2020 (còn 475 ngày)\n'),
    );
  });

  it('--explain prints how each part was read', async () => {
    expect(await cchc(['Chậm nhất trong quý III/2018', '--explain', '--today', '2019-01-01'])).toEqual(
      ok(
        [
          'Chậm nhất trong quý III/2018 → thời hạn: 30/09/2018 (đã quá hạn 93 ngày so với 01/01/2019)',
          'Cách đọc:',
          '  «Chậm nhất trong quý III/2018»: quý III: ngày cuối quý, năm 2018 → 30/09/2018',
          '  Kết quả: thời hạn 30/09/2018',
          '',
        ].join('\n'),
      ),
    );
    expect((await cchc(['Trước ngày 31/7 của năm', '--explain', '--lang', 'en', '--year', '2020'])).stdout.split('\n')).toEqual([
      'Trước ngày 31/7 của năm → deadline: 31/07/2020 (409 days left)',
      'How it was read:',
      '  «Trước ngày 31/7 của năm»: day 31/07, the plan year 2020 → 31/07/2020',
      '  Result: deadline 31/07/2020',
      '',
    ]);
  });

  it('--help prints the command usage', async () => {
    const run = await cchc(['--help']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^Cách dùng: cchc deadline "THỜI HẠN"/);
  });
});

describe('cchc deadline --json', () => {
  const json = async (args: string[]): Promise<unknown> => {
    const run = await cchc([...args, '--json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout.endsWith('\n')).toBe(true);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    return JSON.parse(run.stdout);
  };

  it('prints exactly one object with ISO dates', async () => {
    expect(await json(['Quý II/2019'])).toEqual({ kind: 'date', date: '2019-06-30', text: 'Quý II/2019' });
    expect(await json(['Xây dựng Kế hoạch Tháng 01/2019, thực hiện Quý II-III/2019'])).toEqual({
      kind: 'milestones',
      date: '2019-09-30',
      milestones: ['2019-01-31', '2019-09-30'],
      text: 'Xây dựng Kế hoạch Tháng 01/2019, thực hiện Quý II-III/2019',
    });
  });

  it('keeps the key order {kind, date, milestones, text}', async () => {
    const run = await cchc(['Quý I/2019; Quý II/2019', '--json']);
    expect(run.stdout).toBe('{"kind":"milestones","date":"2019-06-30","milestones":["2019-03-31","2019-06-30"],"text":"Quý I/2019; Quý II/2019"}\n');
  });

  it('adds days to a relative deadline, and nothing to the others', async () => {
    expect(await json(['Trong thời hạn 30 ngày kể từ ngày ký'])).toEqual({ kind: 'relative', days: 30, text: 'Trong thời hạn 30 ngày kể từ ngày ký' });
    expect(await json(['kể từ ngày ký'])).toEqual({ kind: 'relative', text: 'kể từ ngày ký' });
    expect(await json(['Hàng tháng'])).toEqual({ kind: 'recurring', text: 'Hàng tháng' });
    expect(await json(['Theo tiến độ phê duyệt'])).toEqual({ kind: 'external', text: 'Theo tiến độ phê duyệt' });
    expect(await json(['tháng 13'])).toEqual({ kind: 'unparsed', text: 'tháng 13' });
  });

  it('uses --year for phrases without a year', async () => {
    expect(await json(['Trước ngày 31/7 của năm', '--year', '2020'])).toEqual({ kind: 'date', date: '2020-07-31', text: 'Trước ngày 31/7 của năm' });
  });

  it('with --explain adds the steps', async () => {
    expect(await json(['Quý II/2019', '--explain'])).toEqual({
      kind: 'date',
      date: '2019-06-30',
      text: 'Quý II/2019',
      steps: [
        { text: 'Quý II/2019', vi: 'quý II: ngày cuối quý, năm 2019 → 30/06/2019', en: 'Q2: last day of the quarter, year 2019 → 30/06/2019' },
        { text: 'Quý II/2019', vi: 'Kết quả: thời hạn 30/06/2019', en: 'Result: deadline 30/06/2019' },
      ],
    });
  });
});

describe('cchc deadline: usage errors exit 2 with one line', () => {
  const usage = async (args: string[], stderr: string, env?: Record<string, string>): Promise<void> => {
    expect(await cchc(args, { env })).toEqual({ code: 2, stdout: '', stderr: `${stderr}\n` });
  };

  it('when the text is missing', async () => {
    await usage([], 'cchc: deadline: cần một thời hạn để đọc, ví dụ: cchc deadline "Quý II/2019" --year 2019');
    await usage(['  '], 'cchc: deadline: cần một thời hạn để đọc, ví dụ: cchc deadline "Quý II/2019" --year 2019');
    await usage(['--lang', 'en'], 'cchc: deadline: give the deadline text to read, e.g. cchc deadline "Quý II/2019" --year 2019');
  });

  it('when a text starts with a dash and -- is missing', async () => {
    await usage(
      ['- Báo cáo năm'],
      'cchc: deadline: không có tùy chọn «- Báo cáo năm»; thời hạn bắt đầu bằng dấu gạch thì đặt sau --, các tùy chọn đặt trước: cchc deadline --json -- "- Báo cáo năm"',
    );
    await usage(['Quý I', '--bogus'], 'cchc: deadline: không có tùy chọn «--bogus»; thời hạn bắt đầu bằng dấu gạch thì đặt sau --, các tùy chọn đặt trước: cchc deadline --json -- "--bogus"');
  });

  it('when --today is not a date', async () => {
    await usage(['Quý I', '--today', '2019-02-30'], 'cchc: --today cần một ngày dạng YYYY-MM-DD (ví dụ 2024-06-30), nhận được «2019-02-30»');
    await usage(['Quý I', '--today', '30/06/2019', '--lang', 'en'], 'cchc: --today expects a date YYYY-MM-DD, got "30/06/2019"');
  });

  it('when --year is not a year', async () => {
    await usage(['Quý I', '--year', 'abc'], 'cchc: deadline: --year cần một năm từ 1990 đến 2100 (ví dụ 2024), nhận được «abc»');
    await usage(['Quý I', '--year', '1800'], 'cchc: deadline: --year cần một năm từ 1990 đến 2100 (ví dụ 2024), nhận được «1800»');
    await usage(['Quý I', '--year', '2019.5'], 'cchc: deadline: --year cần một năm từ 1990 đến 2100 (ví dụ 2024), nhận được «2019.5»');
    await usage(['Quý I', '--year'], 'cchc: deadline: tùy chọn --year dùng chưa đúng (ví dụ: cchc deadline "Quý II/2019" --year 2019)');
  });

  it('when --lang is not vi or en', async () => {
    await usage(['Quý I', '--lang', 'fr'], 'cchc: --lang chỉ nhận vi hoặc en, nhận được «fr»');
  });

  it('when a flag gets a value', async () => {
    await usage(['Quý I', '--json=yes'], 'cchc: deadline: tùy chọn --json dùng chưa đúng (ví dụ: cchc deadline "Quý II/2019" --year 2019)');
  });
});
