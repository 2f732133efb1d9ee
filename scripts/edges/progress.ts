// Progress on stderr for steps that take time; silent when stderr is not a
// terminal (CI logs, scripts), unless forced by --verbose.

export interface Progress {
  step(message: string): void;
  done(): void;
}

export function createProgress(enabled: boolean): Progress {
  if (!enabled) return { step: () => undefined, done: () => undefined };
  const started = Date.now();
  return {
    step(message) {
      process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(2)}s] ${message}\n`);
    },
    done() {
      process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(1)}s] done\n`);
    },
  };
}
