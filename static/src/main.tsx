import { createRoot } from 'react-dom/client';
import * as z from 'zod/mini';
import { App } from './app';
import './styles/main.css';

// Forge's CSP forbids eval: without this zod probes `new Function`, which the browser reports as a violation.
z.config({ jitless: true });

const container = document.getElementById('root');
if (container) createRoot(container).render(<App />);
