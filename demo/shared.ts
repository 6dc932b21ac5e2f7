/** An asset of this demo as an absolute URL the widget accepts (https, or http on localhost). */
export function localAsset(path: string): string | undefined {
  const url = new URL(path, location.href);
  const local = ['localhost', '127.0.0.1'].includes(url.hostname);
  return url.protocol === 'https:' || local ? url.href : undefined;
}
