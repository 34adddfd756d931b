import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { taxonomy } from '../../../test/fixtures';
import { json, mockApi, renderWithApp } from '../../../test/render';
import { ToolsDirectoryPage } from './tools-directory-page';

const tool = {
  id: '0b6f3c52-9a1e-4d59-8f1c-2a7e0c1b9d10',
  slug: 'cryptpad',
  name: 'CryptPad',
  website: 'https://cryptpad.org',
  category: 'documents',
  openSource: true,
  selfHostable: true,
  hostedInEu: true,
  priceModel: 'donation',
  languages: ['en', 'fr'],
  status: 'approved',
  usedByCount: 3,
};

describe('ToolsDirectoryPage', () => {
  it('lists tools with their flags and filters them by flag through the address', async () => {
    const user = userEvent.setup();
    const calls = mockApi({
      'GET /api/taxonomy': () => json(200, taxonomy),
      'GET /api/tools': () => json(200, { items: [tool], nextCursor: null }),
    });
    renderWithApp(<ToolsDirectoryPage />, { path: '/tools' });

    expect(await screen.findByRole('link', { name: 'CryptPad' })).toHaveAttribute('href', '/tools/cryptpad');
    expect(screen.getByText('Used by 3 organisations')).toBeInTheDocument();
    expect(screen.getAllByText('Hosted in the EU').length).toBeGreaterThan(0);

    await user.click(screen.getByRole('checkbox', { name: 'Open source' }));
    await screen.findByRole('link', { name: 'CryptPad' });
    const urls = calls.filter((call) => call.key === 'GET /api/tools').map((call) => call.url);
    expect(urls.at(-1)).toContain('openSource=true');
  });

  it('says when no tool matches', async () => {
    mockApi({
      'GET /api/taxonomy': () => json(200, taxonomy),
      'GET /api/tools': () => json(200, { items: [], nextCursor: null }),
    });
    renderWithApp(<ToolsDirectoryPage />, { path: '/tools' });
    expect(await screen.findByText('No tools are listed yet.')).toBeInTheDocument();
  });
});
