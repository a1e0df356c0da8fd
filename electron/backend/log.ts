// Backend logging that never writes patient data: only the error's class and stack frames, never its message or values,
// and timings by step name. Lines go to stderr and, in the app, to a rotating file in the OS logs folder (createFileSink).
import fs from 'node:fs';
import path from 'node:path';

type Sink = (line: string) => void;
let fileSink: Sink | null = null;

/** Where lines go besides stderr (the Electron main process sets the log file; null stops writing it). */
export function setLogSink(sink: Sink | null): void {
  fileSink = sink;
}

function emit(line: string): void {
  const stamped = `${new Date().toISOString()} ${line}`;
  console.error(line);
  try {
    fileSink?.(stamped);
  } catch {
    // A full disk or a locked log file must never break the work being logged.
  }
}

export function logError(context: string, error: unknown): void {
  const name = error instanceof Error ? error.name : typeof error;
  const frames = error instanceof Error && error.stack ? error.stack.split('\n').slice(1, 6).join('\n') : '';
  emit(`[medlegal] ${context}: ${name}${frames ? `\n${frames}` : ''}`);
}

/** How long a named step took; the name is fixed text chosen by the caller, never data. */
export function logTiming(step: string, milliseconds: number): void {
  emit(`[medlegal] timing ${step}: ${Math.round(milliseconds)} ms`);
}

const LOG_FILE_NAME = 'medlegal.log';

/**
 * Appends to <dir>/medlegal.log; past maxBytes the file becomes medlegal.1.log (older ones shift up to `keep`, the oldest
 * is deleted), so the folder never holds more than (keep + 1) × maxBytes.
 */
export function createFileSink(dir: string, options: { maxBytes?: number; keep?: number } = {}): Sink {
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  const keep = options.keep ?? 3;
  const file = path.join(dir, LOG_FILE_NAME);
  const rotated = (n: number) => path.join(dir, `medlegal.${n}.log`);
  fs.mkdirSync(dir, { recursive: true });
  let size = fs.existsSync(file) ? fs.statSync(file).size : 0;
  return (line) => {
    const bytes = Buffer.byteLength(line) + 1;
    if (size > 0 && size + bytes > maxBytes) {
      fs.rmSync(rotated(keep), { force: true });
      for (let n = keep - 1; n >= 1; n--) if (fs.existsSync(rotated(n))) fs.renameSync(rotated(n), rotated(n + 1));
      fs.renameSync(file, rotated(1));
      size = 0;
    }
    fs.appendFileSync(file, `${line}\n`, { mode: 0o600 });
    size += bytes;
  };
}
