/**
 * A fresh `localStorage` for one `describe` block. Every test page already has one of its own (see
 * web-test-runner.config.js: files run side by side on one origin); this one also starts empty for the block.
 */
class PageStorage {
  private readonly map = new Map<string, string>();
  get length(): number {
    return this.map.size;
  }
  key(index: number): string | null {
    return [...this.map.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.map.set(key, String(value));
  }
  removeItem(key: string): void {
    this.map.delete(key);
  }
  clear(): void {
    this.map.clear();
  }
}

/** Gives the calling `describe` block a page-local `localStorage`, restoring the real one after it. */
export function usePageStorage(): void {
  const real = Object.getOwnPropertyDescriptor(window, 'localStorage');
  const storage = new PageStorage();
  before(() => {
    Object.defineProperty(window, 'localStorage', { configurable: true, get: () => storage });
  });
  after(() => {
    if (real) Object.defineProperty(window, 'localStorage', real);
    else delete (window as { localStorage?: Storage }).localStorage;
  });
}

/** Every key in `localStorage`, read through the Storage interface (page-local or real alike). */
export function storageKeys(): string[] {
  return Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i) as string);
}
