import { createApp } from '../src/app.js';
import { nodeOptions } from '../src/node.js';
import { contractSuite } from './contract-suite.js';

const app = createApp(nodeOptions());
contractSuite('Node, app.request', async (path, init) => app.request(path, init));
