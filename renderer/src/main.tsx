import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/spotlight/styles.css';
import './i18n';
import { App } from './App';
import { sendFirstCalls } from './first-calls';
import { sendFirstDashboardCalls } from './features/dashboard/first-overview';

// Before React renders anything: see first-calls.ts.
sendFirstCalls();
sendFirstDashboardCalls(window.location.hash);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
