import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/spotlight/styles.css';
import './i18n';
import { App } from './App';
import { firstAnswersIn, sendFirstCalls } from './first-calls';
import { sendFirstDashboardCalls } from './features/dashboard/first-overview';

// Before React renders anything: see first-calls.ts. A third of a second at most: past that the core is still
// opening the file, and the screens say so.
sendFirstCalls();
const dashboardSent = sendFirstDashboardCalls(window.location.hash);

void firstAnswersIn(300, [dashboardSent]).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
