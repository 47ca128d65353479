/**
 * The task pane's entry: find out whether Excel hosts the pane, then show it. Office.js comes from
 * Microsoft's CDN in `taskpane.html`; if it did not load, or reports no host, the pane works on files.
 */
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { detectHost } from './host/detectHost';

const container = document.getElementById('root');
if (container === null) throw new Error('taskpane.html has no #root element');
const root = createRoot(container);
void detectHost().then((host) =>
  root.render(
    <ErrorBoundary>
      <App host={host} currentYear={new Date().getFullYear()} />
    </ErrorBoundary>,
  ),
);
