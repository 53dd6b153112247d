import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { PathModal } from '../../renderer/src/components/PathModal';
import { renderUi } from './render';

const texts = {
  title: 'Which file?',
  hint: 'Type it',
  label: 'Path',
  submit: 'Use it',
  placeholder: '/home/me/x.csv',
};

/** Opens the step as the import screens do: prefilled with the file chosen before, if any. */
function Harness() {
  const [opened, setOpened] = useState(false);
  const [file, setFile] = useState('/first.csv');
  return (
    <>
      <button onClick={() => setOpened(true)}>Open</button>
      <p>file: {file}</p>
      <PathModal
        opened={opened}
        texts={texts}
        initial={file}
        onClose={() => setOpened(false)}
        onPath={setFile}
      />
    </>
  );
}

describe('PathModal', () => {
  it('starts from the given path at every opening, hands on the trimmed path and closes', async () => {
    renderUi(<Harness />);
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    const field = await screen.findByRole('textbox', { name: 'Path' });
    expect(field).toHaveValue('/first.csv');
    fireEvent.change(field, { target: { value: '/typed-then-cancelled.csv' } });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Which file?' })).not.toBeInTheDocument(),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    expect(await screen.findByRole('textbox', { name: 'Path' })).toHaveValue('/first.csv');
    fireEvent.change(screen.getByRole('textbox', { name: 'Path' }), { target: { value: '  /second.csv ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Use it' }));
    expect(await screen.findByText('file: /second.csv')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Which file?' })).not.toBeInTheDocument(),
    );
  });
});
