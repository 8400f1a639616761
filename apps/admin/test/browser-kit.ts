import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Calls the API of `url` with a static token; resolves with the envelope's `data`, throws on 4xx/5xx. */
export function createApi(url: () => string, token: string) {
  return async function api(method: string, path: string, body?: unknown): Promise<unknown> {
    const response = await fetch(`${url()}${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text}`);
    return text ? (JSON.parse(text) as { data: unknown }).data : null;
  };
}

/**
 * Collects the console errors of watched pages (with the failed responses they were about), except
 * those a step provokes on purpose; accepts every `confirm` dialog.
 */
export function createConsoleWatch() {
  const errors: string[] = [];
  const failedResponses: string[] = [];
  let allowed: { pattern: RegExp; seen: number } | null = null;

  function watch(target: Page): Page {
    target.on('console', (message) => {
      if (message.type() !== 'error') return;
      if (allowed?.pattern.test(message.text())) allowed.seen += 1;
      else errors.push(`${target.url()}: ${message.text()} (${failedResponses.join(', ')})`);
    });
    target.on('response', (response) => {
      if (response.status() >= 400) failedResponses.push(`${response.status()} ${response.url()}`);
    });
    target.on('pageerror', (error) => errors.push(`${target.url()}: ${error.message}`));
    target.on('dialog', (dialog) => void dialog.accept());
    return target;
  }

  /** Runs `step`, which must make the browser log at least one error matching `pattern`, and no other. */
  async function provoking(pattern: RegExp, step: () => Promise<void>): Promise<void> {
    allowed = { pattern, seen: 0 };
    try {
      await step();
      await expect.poll(() => allowed?.seen).toBeGreaterThan(0);
      // Requests sent together with the one that failed may fail the same way a moment later.
      await new Promise((resolve) => setTimeout(resolve, 500));
    } finally {
      allowed = null;
    }
  }

  return { errors, watch, provoking };
}
