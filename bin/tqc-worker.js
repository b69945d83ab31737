// A worker thread of tqc (`--jobs`, or the second thread on one large input): the built bundle,
// compiled with its code cache like the main thread's (load-bundle.js). Loaded as a plain file, the
// bundle was compiled from source in every worker: ~50 ms of CPU each, on a machine whose cores
// the checks already keep busy. The bundle itself sees it is a worker and serves its job.
'use strict';
const { loadBundle } = require('./load-bundle.js');

loadBundle();
