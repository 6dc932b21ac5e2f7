import * as z from '../../src/zod.js';
import type { LeadStrings } from '../../src/i18n/en/lead.js';
import { format } from '../../src/i18n/format.js';
import {
  CONTACT_FIELDS,
  CONTACT_LIMITS,
  ContactSchema,
  codePointLength,
  type Contact,
  type ContactField,
  type LeadFields,
} from '../../src/schemas/lead-config.js';

/** Messages per field, plus `consent`. */
export type FormErrors = Partial<Record<ContactField | 'consent', string>>;

/**
 * Checks what the visitor typed against the same zod schemas the Lead is validated with, and explains each
 * problem in words. Values are kept exactly as typed: nothing is trimmed or normalised.
 */
export function validateContact(
  values: Partial<Record<ContactField, string>>,
  fields: LeadFields,
  s: LeadStrings,
): { contact: Contact; errors: FormErrors } {
  const contact: Contact = {};
  const errors: FormErrors = {};
  for (const field of CONTACT_FIELDS) {
    const rule = fields[field];
    if (!rule) continue;
    const value = values[field] ?? '';
    const label = s.fields[field].toLowerCase();
    if (value === '') {
      if (rule === 'required') {
        errors[field] = format(field === 'companySize' ? s.errors.requiredChoice : s.errors.required, {
          field: label,
        });
      }
      continue;
    }
    if (z.safeParse(ContactSchema.shape[field], value).success) {
      (contact as Record<string, string>)[field] = value;
      continue;
    }
    const max = (CONTACT_LIMITS as Partial<Record<ContactField, number>>)[field];
    const count = codePointLength(value);
    if (max !== undefined && count > max) errors[field] = format(s.errors.tooLong, { max, count });
    else if (field === 'email') errors[field] = s.errors.email;
    else if (field === 'phone') errors[field] = s.errors.phone;
    else if (!/\S/u.test(value)) errors[field] = format(s.errors.required, { field: label });
    else errors[field] = s.errors.invalidText;
  }
  return { contact, errors };
}

/** A value every contact field's rule accepts. */
const SAMPLE_CONTACT: Record<ContactField, string> = {
  name: 'A',
  email: 'a@example.com',
  company: 'A',
  role: 'A',
  companySize: '10-49',
  phone: '+1 555 0100',
  message: 'A',
};

/** Runs each contact field's check once, so its parser is built before a visitor's first send needs it. */
export function warmContactChecks(): void {
  for (const field of CONTACT_FIELDS) z.safeParse(ContactSchema.shape[field], SAMPLE_CONTACT[field]);
}
