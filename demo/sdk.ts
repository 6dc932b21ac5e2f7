import { assess, createSession, ReadinessError, type StandardId } from '../sdk/index.js';

const answersField = document.querySelector<HTMLTextAreaElement>('#answers')!;
const scopeField = document.querySelector<HTMLSelectElement>('#scope')!;
const summary = document.querySelector<HTMLParagraphElement>('#summary')!;
const output = document.querySelector<HTMLPreElement>('#output')!;

// Starting answers: every visible question answered with its first option, through a DOM-free session.
const session = createSession({ storage: null });
for (let guard = 0; session.current && guard < 200; guard++) {
  const item = session.current;
  const value =
    item.kind === 'control' ? 'partly' : item.input === 'single' ? item.options[0]! : [item.options[0]!];
  session.answer(item.id, value);
  session.next();
}
answersField.value = JSON.stringify(session.answers, null, 2);

function run(): void {
  try {
    const scope = scopeField.value.split(' ') as StandardId[];
    const result = assess(JSON.parse(answersField.value), { scope });
    summary.textContent = Object.values(result.classification)
      .map((c) => c!.headline)
      .join(' ');
    output.textContent = JSON.stringify(result, null, 2);
  } catch (error) {
    summary.textContent = error instanceof ReadinessError ? `${error.code}: ${error.message}` : String(error);
    output.textContent = '';
  }
}

document.querySelector('#run')!.addEventListener('click', run);
run();
