import { html, nothing, type TemplateResult } from 'lit';
import type { LeadStrings } from '../../src/i18n/en/lead.js';
import { CompanySizeSchema, type ContactField } from '../../src/schemas/lead-config.js';

const AUTOCOMPLETE: Record<ContactField, string> = {
  name: 'name',
  email: 'email',
  company: 'organization',
  role: 'organization-title',
  companySize: 'off',
  phone: 'tel',
  message: 'off',
};
const INPUT_TYPE: Partial<Record<ContactField, string>> = { email: 'email', phone: 'tel' };

/** One contact field: label (with "optional" where it is), native control with its autocomplete token, error. */
export function renderField(
  field: ContactField,
  rule: 'required' | 'optional',
  id: string,
  error: string | undefined,
  s: LeadStrings,
): TemplateResult {
  const label = html`<label class="field__label" for=${id}
    >${s.fields[field]}${rule === 'optional' ? html` <span class="field__optional">${s.optionalMark}</span>` : nothing}</label
  >`;
  const common = {
    id,
    invalid: error ? 'true' : undefined,
    describedBy: error ? `${id}-error` : undefined,
  };
  let control: TemplateResult;
  if (field === 'companySize') {
    control = html`<select
      part="input"
      class="field__input"
      id=${common.id}
      name=${field}
      autocomplete="off"
      ?required=${rule === 'required'}
      aria-invalid=${common.invalid ?? nothing}
      aria-describedby=${common.describedBy ?? nothing}
    >
      <option value="">${s.companySizes.choose}</option>
      ${CompanySizeSchema.options.map((size) => html`<option value=${size}>${s.companySizes[size]}</option>`)}
    </select>`;
  } else if (field === 'message') {
    control = html`<textarea
      part="input"
      class="field__input field__input--area"
      id=${common.id}
      name=${field}
      rows="4"
      autocomplete="off"
      ?required=${rule === 'required'}
      aria-invalid=${common.invalid ?? nothing}
      aria-describedby=${common.describedBy ?? nothing}
    ></textarea>`;
  } else {
    control = html`<input
      part="input"
      class="field__input"
      id=${common.id}
      name=${field}
      type=${INPUT_TYPE[field] ?? 'text'}
      autocomplete=${AUTOCOMPLETE[field]}
      ?required=${rule === 'required'}
      aria-invalid=${common.invalid ?? nothing}
      aria-describedby=${common.describedBy ?? nothing}
    />`;
  }
  return html`<div part="field" class="field">
    ${label}${control}
    <p part="error" class="field__error" id="${id}-error" ?hidden=${!error}>${error ?? nothing}</p>
  </div>`;
}
