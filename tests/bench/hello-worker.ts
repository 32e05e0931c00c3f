// The baseline for the Worker's import time: a hello-world Hono Worker, bundled the same way.
import { Hono } from 'hono';

export default new Hono().get('/', (c) => c.text('hello'));
