/**
 * parseEvent in a worker, for tests of inputs that may hang it: the test can give up on a
 * worker (terminate it), never on a frozen page. See parseInWorker() in ./inert.ts.
 */
import { parseEvent } from '../../src/data.js';

self.onmessage = (e: MessageEvent) => self.postMessage(parseEvent(e.data));
// Loaded: the test starts the clock on the parse only now (loading can be slow in a busy engine).
self.postMessage('ready');
