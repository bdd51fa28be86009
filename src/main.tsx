import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { AppProviders, createQueryClient } from './app/providers';
import { preloadFirstView } from './app/preload';
import { keepPrerenderedPicture } from './features/map/prerendered-picture';
import './app/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const queryClient = createQueryClient();
// The root holds the first view rendered at build time; the app replaces it, all but the map's
// picture, which stays until Leaflet has drawn.
keepPrerenderedPicture(root);
// The first view's files are in the cache (or known to be broken) before the first render, so
// every view draws once with its data; a slow file only delays that render by a bounded wait.
void preloadFirstView(queryClient).then(() =>
  createRoot(root).render(
    <StrictMode>
      <AppProviders client={queryClient}>
        <App />
      </AppProviders>
    </StrictMode>,
  ),
);
