import { createApp } from './app.js';
import { contractSuite } from './contract-suite.js';

const app = createApp();
contractSuite('Node, app.request', async (path, init) => app.request(path, init));
