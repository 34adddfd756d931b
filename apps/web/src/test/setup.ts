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
// server, tested end to end in the browser suite. Here it is a connection that never opens
// by itself, whose server events a test can play (`serverSends`).
vi.mock('socket.io-client', async () => (await import('./live-socket')).fakeSocketModule());
