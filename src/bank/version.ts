/** Version of the question bank; bump it whenever items or their meaning change. */
export const BANK_VERSION = '2026.12.2';
