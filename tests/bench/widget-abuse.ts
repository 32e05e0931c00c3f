// `pnpm --filter @tip-report/tests widget-abuse`: the widget in real Chromium under hostile input.
// Every attribute gets markup, huge strings, unknown ids and NaN years; attributes change rapidly;
// the element is removed and re-added 100 times. Passes with no console error, no page error, no
// injected node or dialog, and DOM node and listener counts back at their level after garbage
// collection (read through the DevTools protocol).
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../support/chromium.js';

// widget.js and the chunks it loads with import() from beside itself (dist/widget-*.js: the words
// of a problem, the table, a series…), served as the API serves them, so what moved to a chunk is
// abused here too.
const dist = new URL('../../apps/widget/dist/', import.meta.url);
const scripts = new Map(
  readdirSync(dist)
    .filter((name) => /^widget(-[\w-]+)?\.js$/.test(name))
    .map((name) => [`/${name}`, readFileSync(new URL(name, dist))]),
);

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>abuse</title>
<script type="module" src="/widget.js"></script></head><body><main id="host"></main></body></html>`;
const serve = (req: IncomingMessage, res: ServerResponse) => {
  const csp = "default-src 'self'; img-src 'self' data:";
  const script = scripts.get(req.url ?? '');
  if (script) {
    res
      .writeHead(200, { 'content-type': 'text/javascript', 'content-security-policy': csp })
      .end(script);
  } else {
    res.writeHead(200, { 'content-type': 'text/html', 'content-security-policy': csp }).end(page);
  }
};

const hostile = [
  '<img src=x onerror="window.__pwned=1">',
  '"><script>window.__pwned=1</script>',
  'javascript:window.__pwned=1',
  'x'.repeat(200_000),
  'NaN',
  '-Infinity',
  '1e309',
  '2016.5',
  '',
  ' ',
  ',,,',
  'victims.identified,<b>x</b>,victims.identified',
  'aze-2018\u0000',
  '__proto__',
  'constructor',
  '💥'.repeat(1000),
];

export interface AbuseResult {
  problems: string[];
  measurements: string[];
}

/** Runs the abuse with `cycles` remove/re-add rounds; the problems list is empty on a pass. */
export async function abuseWidget(cycles: number): Promise<AbuseResult> {
  const server = createServer(serve);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchChromium();
  const problems: string[] = [];
  const measurements: string[] = [];
  try {
    const tab = await browser.newPage();
    tab.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning')
        problems.push(`console ${m.type()}: ${m.text().slice(0, 200)}`);
    });
    tab.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    tab.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    // tsx compiles with esbuild's keepNames, which wraps functions in __name(); the functions
    // handed to page.evaluate run in the page, so the page needs that helper too.
    await tab.addInitScript('globalThis.__name = (fn) => fn;');
    await tab.goto(origin);
    await tab.waitForFunction(() => customElements.get('tip-comparison') !== undefined);
    const cdp = await tab.context().newCDPSession(tab);
    await cdp.send('Memory.getDOMCounters');

    // Hostile values, one attribute at a time, then all at once.
    const injected = await tab.evaluate(
      async ({ hostile }) => {
        // Every attribute the element observes, as it declares them: a new one is abused too.
        const attributes = (
          customElements.get('tip-comparison') as unknown as { observedAttributes: string[] }
        ).observedAttributes;
        if (attributes.length === 0) throw new Error('the element observes no attribute');
        const el = document.createElement('tip-comparison');
        document.getElementById('host')?.append(el);
        const settle = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        for (const name of attributes) {
          for (const value of hostile) {
            el.setAttribute(name, value);
            await settle();
          }
          el.removeAttribute(name);
        }
        for (const value of hostile) for (const name of attributes) el.setAttribute(name, value);
        await settle();
        // Rapid changes: many in one task, the widget must end on the last.
        for (let i = 0; i < 500; i++) el.setAttribute('view', i % 2 ? 'table' : 'chart');
        for (const name of attributes) el.removeAttribute(name);
        await settle();
        const root = el.shadowRoot;
        const text = root?.textContent ?? '';
        // A bad report is named in words (their chunk served beside widget.js), not only by value.
        el.setAttribute('report', 'nope-2000');
        const alertText = () => root?.querySelector('[role=alert]')?.textContent ?? '';
        for (let i = 0; i < 100 && !alertText().includes('widget knows'); i++) await settle();
        const namesProblem = alertText().includes('"nope-2000" is not a report the widget knows');
        el.removeAttribute('report');
        const result = {
          namesProblem,
          pwned: (window as { __pwned?: number }).__pwned === 1,
          scripts: root?.querySelectorAll('script, img, iframe, object').length ?? -1,
          rendersDefault: text.includes('71'),
        };
        el.remove();
        return result;
      },
      { hostile },
    );
    if (injected.pwned) problems.push('an attribute value ran as script');
    if (injected.scripts !== 0)
      problems.push(`the shadow root holds ${injected.scripts} script/img/iframe/object nodes`);
    if (!injected.namesProblem)
      problems.push('a bad report is not named in words: the message of a problem did not come');
    if (!injected.rendersDefault)
      problems.push('after removing every attribute the widget does not show the default figures');

    // Remove and re-add, then compare DOM counters after forced garbage collection.
    const cycle = (n: number) =>
      tab.evaluate(async (n) => {
        const host = document.getElementById('host') as HTMLElement;
        for (let i = 0; i < n; i++) {
          const el = document.createElement('tip-comparison');
          el.setAttribute('view', i % 2 ? 'table' : 'chart');
          host.append(el);
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
          el.remove();
        }
      }, n);
    const counters = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      return cdp.send('Memory.getDOMCounters');
    };
    await cycle(10);
    const before = await counters();
    const heapBefore = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    await cycle(cycles);
    const after = await counters();
    const heapAfter = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    measurements.push(
      `DOM counters after 10 cycles ${JSON.stringify(before)}, after ${cycles} more ${JSON.stringify(after)}`,
    );
    measurements.push(
      `JS heap ${(heapBefore / 1024).toFixed(0)} KiB -> ${(heapAfter / 1024).toFixed(0)} KiB`,
    );
    // A leak of one widget per cycle would add hundreds of nodes per cycle; allow a little noise.
    if (after.nodes - before.nodes > 50)
      problems.push(`DOM nodes grew by ${after.nodes - before.nodes} over ${cycles} cycles`);
    if (after.jsEventListeners - before.jsEventListeners > 10) {
      problems.push(
        `event listeners grew by ${after.jsEventListeners - before.jsEventListeners} over ${cycles} cycles`,
      );
    }
  } finally {
    await browser.close();
    server.close();
  }
  return { problems, measurements };
}

async function main() {
  const { problems, measurements } = await abuseWidget(Number(process.env.ABUSE_CYCLES ?? 100));
  for (const line of measurements) console.log(`abuse: ${line}`);
  console.log(`abuse: ${problems.length} problems`);
  for (const p of problems.slice(0, 30)) console.log(`  ${p}`);
  if (problems.length) process.exitCode = 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
