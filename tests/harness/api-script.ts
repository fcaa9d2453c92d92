// The page-side half of the harness: defines window.api with one method per channel and one
// subscription per event, the same shape the preload builds, carried over fetch and an
// EventSource to the loopback server.
export function harnessApiScript(channels: readonly string[], events: readonly string[], token: string): string {
  return `(() => {
  const channels = ${JSON.stringify(channels)};
  const token = ${JSON.stringify(token)};
  const api = {};
  for (const channel of channels) {
    const [area, verb] = channel.split(':');
    api[area] = api[area] || {};
    api[area][verb] = async (input) => {
      const res = await fetch('./__api/' + encodeURIComponent(channel), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-harness-token': token },
        body: JSON.stringify(input === undefined ? {} : input),
      });
      return res.json();
    };
  }
  let source = null;
  api.events = {};
  for (const name of ${JSON.stringify(events)}) {
    api.events[name] = (listener) => {
      source = source || new EventSource('./__events?token=' + encodeURIComponent(token));
      const forward = (e) => listener(JSON.parse(e.data));
      source.addEventListener(name, forward);
      return () => source.removeEventListener(name, forward);
    };
  }
  Object.freeze(api.events);
  Object.freeze(api);
  Object.defineProperty(window, 'api', { value: api, writable: false });
})();
`;
}
