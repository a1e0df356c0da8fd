// The log keeps errors and timings only (never an error's message, which may quote patient data) and rotates its file,
// so the logs folder stays small.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFileSink, logError, logTiming, setLogSink } from '../../../electron/backend/log';

afterEach(() => {
  setLogSink(null);
  vi.restoreAllMocks();
});

describe('log lines', () => {
  it('name the error class and the step, never the message', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const lines: string[] = [];
    setLogSink((line) => lines.push(line));
    logError('records import file', new TypeError('Cannot read MARIA SAMPLE claim GPC-WC-2026-00417'));
    logTiming('start-up', 812.4);
    expect(lines[0]).toMatch(/^\d{4}-\d\d-\d\dT.*\[medlegal\] records import file: TypeError/);
    expect(lines.join('\n')).not.toMatch(/MARIA|GPC-WC/);
    expect(lines[1]).toMatch(/\[medlegal\] timing start-up: 812 ms$/);
  });

  it('survive a sink that fails (a full disk never breaks the work being logged)', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    setLogSink(() => {
      throw new Error('ENOSPC');
    });
    expect(() => logTiming('export', 5)).not.toThrow();
  });
});

describe('createFileSink', () => {
  it('rotates past the size limit and keeps only the newest files', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'medlegal-log-'));
    try {
      const write = createFileSink(dir, { maxBytes: 100, keep: 2 });
      for (let i = 0; i < 20; i++) write(`line ${String(i).padStart(2, '0')} ${'x'.repeat(30)}`);
      expect(fs.readdirSync(dir).sort()).toEqual(['medlegal.1.log', 'medlegal.2.log', 'medlegal.log']);
      expect(fs.readFileSync(path.join(dir, 'medlegal.log'), 'utf8')).toContain('line 19');
      for (const f of fs.readdirSync(dir)) expect(fs.statSync(path.join(dir, f)).size).toBeLessThanOrEqual(100);
      expect(fs.readFileSync(path.join(dir, 'medlegal.2.log'), 'utf8')).not.toContain('line 00');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
