import { STRICT_CSP } from './csp-policy.js';

// Counts CSP violations: the widget must cause none under script-src/style-src 'self' and Trusted Types.
const output = document.querySelector<HTMLOutputElement>('#violations')!;
let violations = 0;
document.addEventListener('securitypolicyviolation', (event) => {
  violations++;
  output.value = `${violations} (last: ${event.violatedDirective} ${event.blockedURI})`;
});
document.querySelector('#policy')!.textContent = `Content-Security-Policy: ${STRICT_CSP}`;
void import('../widget/index.js');
