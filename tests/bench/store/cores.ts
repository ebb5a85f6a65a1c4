import { Worker } from 'node:worker_threads';

/**
 * How much parallel compute this machine really gives: the work two busy
 * threads get done at once, over what one gets done alone. Two cores
 * should give about 2; a virtual machine whose two vCPUs share a physical
 * core gives about 1. The client processes and the server compete for it.
 */
const SPIN = `
const { parentPort, workerData } = require('node:worker_threads');
const end = Date.now() + workerData;
let n = 0;
while (Date.now() < end) n++;
parentPort.postMessage(n);
`;

function spin(ms: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(SPIN, { eval: true, workerData: ms });
    worker.once('message', (n: number) => {
      resolve(n);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

export async function effectiveCores(ms = 1500): Promise<number> {
  const alone = await spin(ms);
  const [a, b] = await Promise.all([spin(ms), spin(ms)]);
  return (a! + b!) / alone;
}
