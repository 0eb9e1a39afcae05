// Loaded first by mocha (.mocharc.json "require"): every unit test runs with the shared template pod specs frozen,
// so code that changed a pod's containers in place would throw here (src/core/controller/syncNodes.ts).
import { freezeSharedPodSpecs } from '../../../src/core/controller/syncNodes';

freezeSharedPodSpecs(true);
