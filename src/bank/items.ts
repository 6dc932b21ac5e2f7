import type { BankItem } from '../schemas/bank.js';

/** The question bank's structure, in the order the visitor meets it. Text lives in `src/i18n/<locale>/bank.ts`. */
export const ITEMS: BankItem[] = [];
