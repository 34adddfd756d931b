import './lib/i18n';
import './styles/base.css';
import './components/ui/ui.css';
import './app/layout/layout.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element to render into.');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
