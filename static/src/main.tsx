import { createRoot } from 'react-dom/client';
import * as z from 'zod/mini';
import { App } from './app';
import { enableTheme } from './context/enable-theme';
import './styles/main.css';

// Forge's CSP forbids eval: without this zod probes `new Function`, which the browser reports as a violation.
z.config({ jitless: true });

const container = document.getElementById('root');
// The theme first, so a dark page never flashes white.
if (container) void enableTheme().then(() => createRoot(container).render(<App />));
