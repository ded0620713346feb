/** Attaches simulation, ticking and broadcasting to a cluster when it is loaded (any runtime). */
import type { Cluster } from '../sim/cluster.js';
import { attachSimulation } from '../sim/simulation.js';
import { systemClient } from '../api/registry/system-client.js';
import { broadcast } from '../api/ws-session.js';
import { Ticker, type TimerPort } from './ticker.js';

/** Wires engine + ticker to a freshly loaded cluster and returns the ticker. */
export function attachRuntime(cluster: Cluster, timer: (run: () => void) => TimerPort, realNow: () => number): Ticker {
  const engine = attachSimulation(cluster, systemClient(cluster));
  let ticker: Ticker | undefined;
  const port = timer(() => ticker?.run());
  ticker = new Ticker(cluster, engine, port, realNow);
  const observe = cluster.onCommit;
  cluster.onCommit = (changes) => {
    observe?.(changes);
    ticker!.kick();
  };
  cluster.onClock = (clock) => {
    broadcast(cluster.id, { type: 'clock', clock });
    ticker!.kick();
  };
  ticker.kick();
  return ticker;
}
