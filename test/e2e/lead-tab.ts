// A second (or third) tab in the browser tests, loaded in an iframe of the test page: same origin, so the same
// localStorage and Web Locks as any tab of the site, but a page and modules of its own. It sends leads with the
// SDK's real delivery and tells the test page what happened, and each request it makes (the webhook's log also
// counts what the browser may send on its own).
//   ?hook=<webhook url>&instance=<outbox instance>&timeoutMs=<n>&action=flush|deliver#<lead JSON for deliver>
import { LeadDelivery, type DeliveryResult } from '../../sdk/lead/delivery.js';
import type { Lead } from '../../src/schemas/lead.js';

const params = new URLSearchParams(location.search);
/** This page, told apart from the same tab before or after a reload. */
const page = crypto.randomUUID();
const delivery = new LeadDelivery(
  { url: params.get('hook')!, timeoutMs: Number(params.get('timeoutMs') ?? 10_000) },
  {
    fetch: (input, init) => {
      parent.postMessage(
        { tab: params.get('name'), sent: { page, keepalive: init?.keepalive === true } },
        '*',
      );
      return globalThis.fetch(input, init);
    },
    // The tab's real localStorage: the test page's own is page-local (see web-test-runner.config.js).
    storage: window.localStorage,
    instance: params.get('instance')!,
    onStatus: (status) => parent.postMessage({ tab: params.get('name'), status: status.state }, '*'),
  },
);
delivery.connect();
const report = (results: DeliveryResult[]) =>
  parent.postMessage({ tab: params.get('name'), results: results.map((r) => r.state) }, '*');
if (params.get('action') === 'deliver') {
  const lead = JSON.parse(decodeURIComponent(location.hash.slice(1))) as Lead;
  void delivery.deliver(lead).then((r) => report([r]));
} else {
  void delivery.flush().then(report);
}
