/** `npm run bench`: prints the product's speed and memory figures. */
import { benchApi } from './api.js';
import { benchBigCluster, benchMemoryPer100Pods } from './sim.js';

const only = process.argv[2];
console.log('kube playground benchmarks\n');
if (!only || only === 'api') await benchApi();
if (!only || only === 'sim') {
  benchMemoryPer100Pods();
  benchBigCluster(1000, 1000, 100);
}
process.exit(0);
