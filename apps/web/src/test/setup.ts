import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { endSession } from '../lib/api-client';
import { i18n } from '../lib/i18n';

beforeEach(async () => {
  localStorage.clear();
  await i18n.changeLanguage('en');
});

afterEach(() => {
  cleanup();
  endSession();
});

// Components are tested against a mocked fetch; the live channel is a real Socket.IO
// server, tested end to end in the browser suite. Here it stays a connection that never
// opens, so a signed-in render makes no network attempt.
vi.mock('socket.io-client', () => ({
  io: () => {
    const listeners = new Map<string, unknown>();
    return {
      on: (name: string, listener: unknown) => listeners.set(name, listener),
      emit: () => undefined,
      connect: () => undefined,
      disconnect: () => undefined,
      removeAllListeners: () => listeners.clear(),
      recovered: false,
    };
  },
}));
