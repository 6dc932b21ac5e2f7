// Lead delivery against a real webhook: a Node server on a second origin (test/e2e/webhook-server.js, started by
// web-test-runner.config.js), reached cross-origin with CORS, and other tabs as iframes sharing this origin's
// localStorage and Web Locks. The audit's scenarios A11 (outage), A6a (reload mid-send) and A9 (two tabs).
import { expect } from '@open-wc/testing';
import { LeadDelivery } from '../../sdk/lead/delivery.js';
import { Outbox } from '../../sdk/lead/outbox.js';
import { memoryStorage, type StorageAdapter } from '../../sdk/storage.js';
import type { Lead } from '../../src/schemas/lead.js';
import { makeLead } from '../support/leads.js';
import { until } from '../support/wait.js';

interface Arrival {
  key: string | null;
  /** 0 while held; 200 or 503 once answered. */
  status: number;
  /** The browser gave up on it before it was answered. */
  closed?: boolean;
}

const served = '/__webhook.js';
const webhookOrigin = async (): Promise<string> =>
  ((await import(/* @vite-ignore */ served)) as { WEBHOOK_ORIGIN: string }).WEBHOOK_ORIGIN;

/** A webhook of its own for one test: scripted through /control, read through /log. */
async function webhook(mode: 'ok' | 'down' | 'hang') {
  const origin = await webhookOrigin();
  const bucket = crypto.randomUUID();
  const set = (next: 'ok' | 'down' | 'hang') =>
    fetch(`${origin}/control/${bucket}`, { method: 'POST', body: JSON.stringify({ mode: next }) });
  await set(mode);
  return {
    url: `${origin}/hook/${bucket}`,
    set,
    log: async (): Promise<Arrival[]> =>
      (await fetch(`${origin}/log/${bucket}`)).json() as Promise<Arrival[]>,
  };
}

/** A lead with a key no other test page uses (the webhook and the tabs are shared by every page). */
const freshLead = (): Lead => makeLead('contact', { id: crypto.randomUUID() });

/** Messages from the tab iframes. */
const messages: {
  tab: string;
  status?: string;
  results?: string[];
  /** A request the tab's page made: which page (a reload is another), and whether with keepalive. */
  sent?: { page: string; keepalive: boolean };
}[] = [];
window.addEventListener('message', (event: MessageEvent) => messages.push(event.data));

/** Opens a tab (an iframe of /__lead-tab.html) and resolves once its page has loaded and started sending. */
function openTab(name: string, query: Record<string, string>, hash = ''): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.src = `/__lead-tab.html?${new URLSearchParams({ name, ...query }).toString()}${hash}`;
  const loaded = new Promise<HTMLIFrameElement>((resolve) =>
    frame.addEventListener('load', () => resolve(frame), { once: true }),
  );
  document.body.append(frame);
  return loaded;
}

const resultsOf = (name: string) =>
  messages.filter((m) => m.tab === name && m.results).map((m) => m.results!);
const sentBy = (name: string) => messages.filter((m) => m.tab === name && m.sent).map((m) => m.sent!);

describe('lead delivery to a real webhook on another origin', () => {
  const frames: HTMLIFrameElement[] = [];
  const shared = (window as unknown as { originLocalStorage: StorageAdapter }).originLocalStorage;
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
    messages.length = 0;
  });

  it('should ride out a 90-second 503 outage with the page open: one delivery, one key (A11)', async () => {
    // Arrange: the webhook answers 503 until 90 s have passed on the delivery's clock, which each wait moves
    // on; the requests, CORS and answers are real, the waiting takes no wall-clock time.
    const hook = await webhook('down');
    const lead = freshLead();
    const start = Date.now();
    let clock = start;
    const states: string[] = [];
    const delivery = new LeadDelivery(
      { url: hook.url, timeoutMs: 5000 },
      {
        storage: memoryStorage(),
        isOnline: () => true,
        random: () => 0.999,
        clock: () => clock,
        sleep: async (ms) => {
          clock += ms;
          if (clock - start >= 90_000) await hook.set('ok');
        },
        onStatus: (status) => states.push(status.state),
      },
    );

    // Act
    const result = await delivery.deliver(lead);

    // Assert
    const arrivals = await hook.log();
    expect(result.state).to.equal('sent');
    expect(arrivals.every((a) => a.key === lead.id)).to.equal(true);
    expect(arrivals.filter((a) => a.status === 200)).to.have.length(1);
    expect(arrivals.at(-1)!.status).to.equal(200);
    expect(arrivals.length).to.be.greaterThan(5);
    expect(clock - start).to.be.at.least(90_000);
    expect(
      states.filter((s) => s === 'failed'),
      'the visitor is told once',
    ).to.have.length(1);
    expect(states.at(-1)).to.equal('sent');
  });

  // Iframes share their parent's main thread, so this passes without Web Locks too: test/node/two-tabs.test.ts
  // races two top-level tabs, each on its own thread.
  it('should send a pending lead once when two tabs load together (A9)', async () => {
    // Arrange: a lead an earlier page left pending; the webhook holds requests until told.
    const hook = await webhook('hang');
    const lead = freshLead();
    const instance = crypto.randomUUID();
    const outbox = new Outbox(shared, instance);
    outbox.add(lead, Date.now());
    outbox.update(lead.id, { notified: true });
    const query = { hook: hook.url, instance, action: 'flush', timeoutMs: '10000' };

    // Act: both tabs load, one gets its request to the webhook, then the webhook answers.
    frames.push(...(await Promise.all([openTab('a', query), openTab('b', query)])));
    await until(async () => (await hook.log()).length >= 1, 'a request');
    await hook.set('ok');
    await until(() => resultsOf('a').length + resultsOf('b').length === 2, 'both tabs');

    // Assert
    const arrivals = await hook.log();
    expect(arrivals.map((a) => [a.key, a.status])).to.deep.equal([[lead.id, 200]]);
    expect([...resultsOf('a'), ...resultsOf('b')].flat().sort()).to.deep.equal(['gone', 'sent']);
    expect(outbox.list()).to.deep.equal([]);
  });

  it('should re-send at most once after a reload mid-send, under the same key (A6a)', async () => {
    // Arrange: the tab sends, the webhook holds the request.
    const hook = await webhook('hang');
    const lead = freshLead();
    const instance = crypto.randomUUID();
    const query = { hook: hook.url, instance, timeoutMs: '1000' };
    const frame = await openTab(
      'reload',
      { ...query, action: 'deliver' },
      `#${encodeURIComponent(JSON.stringify(lead))}`,
    );
    frames.push(frame);
    await until(
      async () => (await hook.log()).length >= 1 && sentBy('reload').length >= 1,
      'the first request',
    );
    const before = sentBy('reload')[0]!.page;

    // Act: the visitor reloads; the page that comes back finds the lead in the outbox.
    const reloaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = `/__lead-tab.html?${new URLSearchParams({ name: 'reload', ...query, action: 'flush' }).toString()}`;
    await reloaded;
    // The first page is gone; the webhook recovers while the reloaded page waits out that page's lease. A request
    // of the first page that the browser kept going (WebKit may) is answered now, as a real webhook would answer it.
    await hook.set('ok');
    await until(() => resultsOf('reload').length === 1, 'the reloaded tab');

    // Assert: the first page's requests (fate unknown to it) and one re-send from the page after the reload, once
    // the first page's lease has run out. Firefox and WebKit cut the first request off as the navigation starts and
    // let the page see it fail before `pagehide`: that page sends nothing more (no keepalive copy), which is what
    // the page's own log says. On a slow machine the first page's attempt may time out (1 s) before the reload
    // starts, and that page then tries again on its own: more requests before the reload, never a copy because of it.
    const arrivals = await hook.log();
    const sends = sentBy('reload');
    expect(
      sends.filter((s) => s.keepalive),
      'keepalive copies as the page left',
    ).to.deep.equal([]);
    expect(
      sends.filter((s) => s.page !== before),
      'requests the page after the reload made',
    ).to.have.length(1);
    expect(sends.at(-1)!.page, 'the re-send comes last, from the reloaded page').to.not.equal(before);
    expect(resultsOf('reload')).to.deep.equal([['sent']]);
    // A request the first page started as it left may never have reached the webhook; every one that did is this
    // lead under its key (a receiver de-duplicates on it), and the re-send was answered.
    expect(arrivals.length).to.be.within(2, sends.length);
    expect(new Set(arrivals.map((a) => a.key))).to.deep.equal(new Set([lead.id]));
    expect(arrivals.at(-1)!.status).to.equal(200);
    expect(new Outbox(shared, instance).list()).to.deep.equal([]);
  });
});
