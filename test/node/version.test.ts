import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { VERSION } from '../../widget/version.js';

describe('widget version', () => {
  it("should equal package.json's version, so every lead names the release that captured it", () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    expect(VERSION).to.equal(pkg.version);
  });
});
