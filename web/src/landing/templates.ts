/** The cluster templates offered on the landing page (names the server's CreatePlaygroundRequest accepts). */
export interface TemplateChoice {
  id: string;
  title: string;
  blurb: string;
  /** Nodes drawn in the card's little diagram: 'cp' for control plane, 'w' for worker. */
  shape: ('cp' | 'w')[];
}

export const TEMPLATES: TemplateChoice[] = [
  { id: 'default', title: '3-node cluster', blurb: 'A control plane and two workers. The usual place to start.', shape: ['cp', 'w', 'w'] },
  { id: 'single-node', title: 'Single node', blurb: 'One node that runs everything, like minikube or kind.', shape: ['cp'] },
  { id: 'multi-zone', title: '5 nodes, 3 zones', blurb: 'Five workers spread over zones: try spreading, affinity and failures.', shape: ['cp', 'w', 'w', 'w', 'w', 'w'] },
  { id: 'empty', title: 'Bare control plane', blurb: 'Only the tainted control-plane node: pods wait until you add a node or a toleration.', shape: ['cp'] },
];
