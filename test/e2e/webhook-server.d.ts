/** Starts the test webhook on a free port of 127.0.0.1; resolves with its origin and a close function. */
export function startWebhookServer(): Promise<{ origin: string; close: () => Promise<void> }>;
