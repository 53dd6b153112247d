import type { ReactNode } from 'react';
import { render } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { MemoryRouter } from 'react-router-dom';
import '../../renderer/src/i18n';

/** Renders `ui` inside the app's providers, at the route `at`. */
export function renderUi(ui: ReactNode, at = '/') {
  return render(
    <MantineProvider env="test">
      <ModalsProvider>
        <Notifications />
        <MemoryRouter initialEntries={[at]}>{ui}</MemoryRouter>
      </ModalsProvider>
    </MantineProvider>,
  );
}
