/** The networking controllers, in the order a tick runs them. */
import type { Controller } from '../../controller.js';
import { endpointsController } from './endpoints.js';
import { endpointSliceController } from './endpoint-slice.js';
import { serviceLoadBalancerController } from './service-load-balancer.js';
import { ingressController } from './ingress.js';
import { loadGeneratorController } from './load-generator.js';
import { horizontalPodAutoscalerController } from './horizontal-pod-autoscaler.js';

export function networkingControllers(): Controller[] {
  return [
    endpointsController(),
    endpointSliceController(),
    serviceLoadBalancerController(),
    ingressController(),
    loadGeneratorController(),
    horizontalPodAutoscalerController(),
  ];
}
