/** `npm run bench`: prints the product's speed and memory figures. */
import { benchApi } from './api.js';
import { benchBigCluster, benchMemoryPer100Pods } from './sim.js';
import { benchUi } from './ui.js';
import { benchClassroom } from './classroom.js';
import { benchFleet } from './fleet.js';
import { benchGrading } from './grading.js';

const only = process.argv[2];
console.log('kube playground benchmarks\n');
if (!only || only === 'api') await benchApi();
if (!only || only === 'sim') {
  benchMemoryPer100Pods();
  benchBigCluster(1000, 1000, 100);
}
if (!only || only === 'ui') await benchUi();
if (!only || only === 'fleet') await benchFleet(1000, 200);
if (!only || only === 'grading') await benchGrading();
if (!only || only === 'classroom') await benchClassroom(30);
process.exit(0);
