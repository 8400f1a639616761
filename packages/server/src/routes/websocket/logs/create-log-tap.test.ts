import { describe, expect, it } from 'vitest';
import { createLogTap, type LogEntry } from './create-log-tap.js';

const line = JSON.stringify({ level: 30, time: 1, msg: 'hello', reqId: 'r1' });

describe('createLogTap', () => {
  it('hands pretty entries (level, time, msg) to listeners until they stop listening', () => {
    const tap = createLogTap('pretty');
    const heard: LogEntry[] = [];
    const stop = tap.listen((entry) => heard.push(entry));
    tap.write(`${line}\n`);
    stop();
    tap.write(`${line}\n`);
    expect(heard).toEqual([{ level: 30, time: 1, msg: 'hello' }]);
  });

  it('passes whole lines in raw style, and skips what is not a log line', () => {
    const tap = createLogTap('raw');
    const heard: LogEntry[] = [];
    tap.listen((entry) => heard.push(entry));
    tap.write('not json');
    tap.write('{"msg":"no level"}');
    tap.write(line);
    expect(heard).toEqual([{ level: 30, time: 1, msg: 'hello', reqId: 'r1' }]);
  });

  it('keeps serving the other listeners when one throws', () => {
    const tap = createLogTap();
    const heard: number[] = [];
    tap.listen(() => {
      throw new Error('broken');
    });
    tap.listen((entry) => heard.push(entry.level));
    expect(() => tap.write(line)).not.toThrow();
    expect(heard).toEqual([30]);
  });
});
