// One of two top-level tabs of one site in test/node/two-tabs.test.ts: it sends whatever this instance's outbox
// holds with the SDK's real delivery (the site's localStorage and Web Locks, shared with the other tab) and keeps
// how that ended in `window.results`.
//   /tab.html?tab=<name>&hook=<webhook url>&instance=<outbox instance>
import { LeadDelivery } from '../../sdk/lead/delivery.js';
import type { StorageAdapter } from '../../sdk/storage.js';

const params = new URLSearchParams(location.search);
const tab = params.get('tab')!;

let paused = false;
/**
 * The site's localStorage, with one pause: the tab's first write (the lease it takes on the lead) waits at the
 * test server's barrier until the test lets it go. A synchronous request, so nothing else runs on this page
 * meanwhile, not even the other tab's storage changes: the two tabs meet at their worst moment every time.
 */
const storage: StorageAdapter = {
  getItem: (key) => localStorage.getItem(key),
  removeItem: (key) => localStorage.removeItem(key),
  setItem(key, value) {
    if (!paused) {
      paused = true;
      const request = new XMLHttpRequest();
      request.open('POST', `/barrier/${encodeURIComponent(tab)}`, false);
      request.send();
    }
    localStorage.setItem(key, value);
  },
};

const delivery = new LeadDelivery(
  { url: params.get('hook')!, timeoutMs: 1000 },
  { storage, instance: params.get('instance')! },
);
(window as unknown as { results: Promise<string[]> }).results = delivery
  .flush()
  .then((results) => results.map((r) => r.state));
