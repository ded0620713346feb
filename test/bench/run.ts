/** `npm run bench`: prints the product's speed and memory figures. */
import { benchApi } from './api.js';

console.log('kube playground benchmarks\n');
await benchApi();
process.exit(0);
