/**
 * Layout: ForceAtlas2 in a web worker (graphology-layout-forceatlas2/worker)
 * for a time that grows with the graph, then noverlap to separate nodes
 * that still overlap (in a worker too for large graphs). The page stays
 * interactive throughout; `onDone` fires once positions are final.
 * Returns its cleanup (kills the workers).
 */
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import noverlap from 'graphology-layout-noverlap';
import NoverlapLayout from 'graphology-layout-noverlap/worker';
import type { KgGraph } from './graph-data';

export function runLayout(graph: KgGraph, onDone: () => void): () => void {
  let fa2: FA2Layout | null = null;
  let nv: NoverlapLayout | null = null;
  const timers: ReturnType<typeof setTimeout>[] = [];
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    onDone();
  };
  if (graph.order < 2) {
    finish();
    return () => undefined;
  }
  const n = graph.order;
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    // Interaction counts pull harder on actors that interact a lot.
    edgeWeightInfluence: 0.5,
    // Strong gravity keeps isolated actors and small components near the centre.
    strongGravityMode: true,
    gravity: 0.2,
  };
  fa2 = new FA2Layout(graph, { settings });
  fa2.start();
  const duration = Math.min(8000, 1200 + n * 0.6);
  timers.push(
    setTimeout(() => {
      fa2?.kill();
      fa2 = null;
      if (n <= 1500) {
        noverlap.assign(graph, { maxIterations: 60, settings: { ratio: 1.3, margin: 2 } });
        finish();
        return;
      }
      nv = new NoverlapLayout(graph, {
        settings: { ratio: 1.2, margin: 1 },
        onConverged: () => {
          nv?.kill();
          nv = null;
          finish();
        },
      });
      nv.start();
      // Noverlap may never fully converge on dense graphs: stop it after a while.
      timers.push(
        setTimeout(() => {
          nv?.kill();
          nv = null;
          finish();
        }, 2500),
      );
    }, duration),
  );
  return () => {
    timers.forEach(clearTimeout);
    fa2?.kill();
    nv?.kill();
  };
}
