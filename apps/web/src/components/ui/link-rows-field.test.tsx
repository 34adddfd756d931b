import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { type LinkRow, LinkRowsField } from './link-rows-field';

function Links({ initial, max = 2, urlFirst }: { initial: LinkRow[]; max?: number; urlFirst?: boolean }) {
  const [links, setLinks] = useState(initial);
  return (
    <>
      <LinkRowsField
        links={links}
        onChange={setLinks}
        fieldId={(path) => `field-${path}`}
        error={(path) => (path === 'links.0.url' ? 'Not an address' : undefined)}
        max={max}
        urlFirst={urlFirst}
        text={{
          row: (count) => `Link ${count}`,
          label: 'Label',
          url: 'Address',
          remove: 'Remove',
          removeRow: (count) => `Remove link ${count}`,
          add: 'Add a link',
        }}
      />
      <output>{JSON.stringify(links)}</output>
    </>
  );
}

describe('LinkRowsField', () => {
  it('adds rows up to the maximum, edits them in place and removes the chosen one', async () => {
    const user = userEvent.setup();
    render(<Links initial={[{ label: 'Site', url: 'https://a.example' }]} />);
    await user.click(screen.getByRole('button', { name: 'Add a link' }));
    expect(screen.queryByRole('button', { name: 'Add a link' })).toBeNull();
    const labels = screen.getAllByRole('textbox', { name: 'Label' });
    await user.type(labels[1] as HTMLElement, 'Report');
    expect(screen.getByRole('status')).toHaveTextContent(
      '[{"label":"Site","url":"https://a.example"},{"label":"Report","url":"https://"}]',
    );
    await user.click(screen.getByRole('button', { name: 'Remove link 1' }));
    expect(screen.getByRole('status')).toHaveTextContent('[{"label":"Report","url":"https://"}]');
  });

  it('shows each row’s errors and puts the address first when asked', () => {
    render(<Links initial={[{ label: '', url: 'nope' }]} urlFirst />);
    const fields = screen.getAllByRole('textbox');
    expect(fields[0]).toHaveAccessibleName('Address');
    expect(fields[0]).toHaveAccessibleDescription(/Not an address/);
    expect(fields[1]).toHaveAccessibleName('Label');
  });
});
