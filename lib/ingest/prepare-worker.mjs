// Worker-thread entry for the prepare pool: loads the TypeScript pipeline (via tsx) and runs one input.
import { register } from 'tsx/esm/api';

register();
const { prepareDocuments } = await import('../pipeline/prepare.ts');

export default function prepareInWorker({ raw, topics }) {
  return prepareDocuments(raw, topics);
}
