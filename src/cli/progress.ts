import { SingleBar, Presets } from 'cli-progress';

export interface ProgressView {
  update(done: number, total: number | null, label: string): void;
  stop(): void;
}

const PLAIN_INTERVAL_MS = 5000;

/**
 * A bar on an interactive terminal; elsewhere (pipes, CI logs) a plain line every few seconds, so long jobs
 * always show they are alive without flooding a log file.
 */
export function progressView(unit: string): ProgressView {
  const stream = process.stderr;
  if (stream.isTTY && !process.env.CI) {
    const bar = new SingleBar(
      { format: `{bar} {percentage}% | {label}`, hideCursor: true, clearOnComplete: true, stream },
      Presets.shades_classic,
    );
    let started = false;
    return {
      update(done, total, label) {
        const max = total ?? Math.max(done, 1);
        if (!started) {
          bar.start(max, 0, { label });
          started = true;
        }
        bar.setTotal(max);
        bar.update(Math.min(done, max), { label });
      },
      stop: () => started && bar.stop(),
    };
  }
  // The first line comes after one interval: short jobs print only their summary.
  let last = Date.now();
  return {
    update(done, total, label) {
      const now = Date.now();
      if (now - last < PLAIN_INTERVAL_MS) return;
      last = now;
      const share = total ? ` (${Math.round((100 * done) / total)}% of ${unit})` : '';
      stream.write(`… ${label}${share}\n`);
    },
    stop() {},
  };
}
