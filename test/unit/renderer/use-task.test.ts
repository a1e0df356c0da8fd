// A settings card's task (useTask): which task shows as running, the message the card shows when it fails, and the card's
// refresh after each. Rendered with React in jsdom through a component that only calls the hook.
// @vitest-environment jsdom
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
// The hook reaches api/client.ts, which types the preload's window.medlegal through this declaration (renderer tsconfig only).
import type {} from '../../../renderer/src/api/medlegal-global';
import { ApiError } from '../../../renderer/src/api/client';
import { useTask, type Task } from '../../../renderer/src/hooks/use-task';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

type Which = 'backup' | 'check';
const unmounts: (() => void)[] = [];
afterEach(() => unmounts.splice(0).forEach((unmount) => unmount()));

function mount(after?: () => Promise<unknown>): () => Task<Which> {
  let latest: Task<Which> | undefined;
  function Card() {
    latest = useTask<Which>(after);
    return null;
  }
  const root = createRoot(document.createElement('div'));
  act(() => root.render(createElement(Card)));
  unmounts.push(() => act(() => root.unmount()));
  return () => latest!;
}

function pending() {
  let finish!: () => void;
  let fail!: (error: unknown) => void;
  const promise = new Promise<void>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  return { promise, finish, fail };
}

describe('useTask', () => {
  it('shows the task running until its work ends, then refreshes the card', async () => {
    const steps: string[] = [];
    const task = mount(async () => steps.push('refresh'));
    const work = pending();
    let done!: Promise<void>;
    await act(async () => {
      done = task().run('check', () => work.promise.then(() => void steps.push('work')));
    });
    expect(task().running).toBe('check');
    expect(steps).toEqual([]);

    await act(async () => {
      work.finish();
      await done;
    });
    expect(task().running).toBeNull();
    expect(task().error).toBeNull();
    expect(steps).toEqual(['work', 'refresh']);
  });

  it('keeps the message meant for the user from a failure, and clears it when the next task starts', async () => {
    const task = mount();
    await act(() =>
      task().run('backup', () => Promise.reject(new ApiError({ code: 'io-error', message: 'The drive is full. Free space.' }))),
    );
    expect(task().error).toBe('The drive is full. Free space.');
    expect(task().running).toBeNull();

    const work = pending();
    let done!: Promise<void>;
    await act(async () => {
      done = task().run('backup', () => work.promise);
    });
    expect(task().error).toBeNull();
    await act(async () => {
      work.fail(new TypeError('bridge gone'));
      await done;
    });
    expect(task().error).toMatch(/^Something went wrong and this did not complete/);
  });

  it('never rejects, even when the refresh after it fails', async () => {
    let refreshes = 0;
    const task = mount(async () => {
      refreshes += 1;
      throw new ApiError({ code: 'internal', message: 'Status unavailable.' });
    });
    await act(() => expect(task().run('backup', async () => undefined)).resolves.toBeUndefined());
    expect(refreshes).toBe(1);
    expect(task().error).toBeNull();
  });
});
