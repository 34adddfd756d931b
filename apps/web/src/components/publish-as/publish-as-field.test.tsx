import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { startSession } from '../../lib/api-client';
import { json, member, mockApi, renderWithApp } from '../../test/render';
import { PublishAsField } from './publish-as-field';

function Form({ initial = '', current }: { initial?: string; current?: { slug: string; name: string } }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <PublishAsField
        id="publish-as"
        label="Publish as"
        selfLabel="Myself"
        noneHint="Editors can publish as their organisation."
        value={value}
        current={current}
        onChange={setValue}
      />
      <output>{value || 'myself'}</output>
    </>
  );
}

const show = (items: { slug: string; name: string }[], form = <Form />) => {
  startSession({ accessToken: 'token-1', expiresIn: 900, user: member });
  mockApi({ 'GET /api/me/publishing-organisations': () => json(200, { items }) });
  renderWithApp(form, { user: member });
};

const select = () => screen.getByRole<HTMLSelectElement>('combobox', { name: 'Publish as' });
const choices = () => [...select().options].map((option) => option.textContent);

describe('PublishAsField', () => {
  it('offers oneself first, then the organisations by the name the API gives', async () => {
    show([
      { slug: 'civic-lab', name: 'Civic Lab' },
      { slug: 'zeta-watch', name: 'Zeta Watch' },
    ]);
    await waitFor(() => expect(choices()).toEqual(['Myself', 'Civic Lab', 'Zeta Watch']));
    await userEvent.selectOptions(select(), 'zeta-watch');
    expect(screen.getByRole('status')).toHaveTextContent('zeta-watch');
  });

  it('keeps the organisation content is published as when the person is no longer its editor', async () => {
    show(
      [{ slug: 'civic-lab', name: 'Civic Lab' }],
      <Form initial="old-network" current={{ slug: 'old-network', name: 'Old Network' }} />,
    );
    await waitFor(() => expect(choices()).toEqual(['Myself', 'Civic Lab', 'Old Network']));
    expect(select()).toHaveValue('old-network');
    expect(select()).toBeEnabled();
  });
});
