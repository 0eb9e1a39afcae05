// Loaded first by mocha (.mocharc.json "require"): every unit test runs with the shared parts of pods frozen (the
// template pod specs and labels, src/core/controller/syncNodes.ts, and the pod conditions, src/core/cluster/store.ts),
// so code that changed one of them in place, for every pod sharing it, would throw here.
import { freezeSharedPodSpecs } from '../../../src/core/controller/syncNodes';
import { freezeSharedPodConditions } from '../../../src/core/cluster/store';

freezeSharedPodSpecs(true);
freezeSharedPodConditions(true);
