export { createApp, defaultWebRoot, type AppOptions } from './app.js';
export { startServer, type RunningServer } from './server.js';
export type { ServeDeps } from './deps.js';
