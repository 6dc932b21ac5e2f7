// A deployment with the results part missing (audit G10): the widget retries, then tells the visitor and the host
// on the first question, not after the last one. The page is an iframe whose import map sends the results part's
// URL to one that does not exist (web-test-runner.config.js, /__missing-part.html).
import { expect } from '@open-wc/testing';
import { ui } from '../../src/i18n/en/ui.js';
import type { IsoReadiness } from '../../widget/iso-readiness/iso-readiness.component.js';
import { until } from '../support/wait.js';
import { choose, next, questionOf } from './helpers.js';

type ErrorDetail = { code: string; message: string };

describe('<iso-readiness> when its results part cannot be loaded', () => {
  let frame: HTMLIFrameElement;
  afterEach(() => frame.remove());

  it('should tell the visitor and the host on the first question, and keep trying as they answer', async () => {
    // Arrange
    frame = document.createElement('iframe');
    frame.src = '/__missing-part.html';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as Window & { readinessErrors: ErrorDetail[] };
    const el = frame.contentDocument!.querySelector('iso-readiness') as IsoReadiness;
    const notice = () =>
      [...el.shadowRoot!.querySelectorAll('[part=notice]')].find((n) =>
        n.textContent!.includes(ui.notices.unavailable),
      );
    await until(() => questionOf(el) !== null, 'the first question');
    const first = questionOf(el)!.item!.id;

    // Act: the visitor reads the first question while the widget tries, and fails, to load the part.
    await until(() => notice() !== undefined, 'the notice');

    // Assert: told before answering anything, in the live region, once to the host, without the raw browser text.
    expect(questionOf(el)!.item!.id).to.equal(first);
    expect(notice()!.closest('[role=status]')).to.exist;
    expect(notice()!.textContent).not.to.contain('dynamically imported');
    const loadErrors = () => win.readinessErrors.filter((e) => e.code === 'load-failed');
    expect(loadErrors()).to.have.length(1);

    // The next step tries again; still missing, the notice stays and the host is not told twice.
    await choose(el, questionOf(el)!.shadowRoot!.querySelector<HTMLInputElement>('input')!.value);
    await next(el);
    expect(questionOf(el)!.item!.id).not.to.equal(first);
    expect(notice()).to.exist;
    expect(loadErrors()).to.have.length(1);
  });
});
