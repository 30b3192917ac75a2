import { openBrowser } from '../../tests/e2e/browser.js';
const b = await openBrowser();
const url = process.argv[2]!;
const t0 = Date.now();
await b.page.goto(url);
await b.page.waitForFunction(() => (window as any).__kgReady === true || (window as any).__kgError, null, { timeout: 30000 });
console.log('ready in', Date.now() - t0, await b.page.evaluate(() => JSON.stringify([(window as any).__kgTimings, (window as any).__kgError])));
await b.page.waitForFunction(() => (window as any).__kgLayoutDone === true, null, { timeout: 30000 });
for (const step of process.argv.slice(4)) {
  const [kind, ...rest] = step.split(':');
  const arg = rest.join(':');
  if (kind === 'click') await b.page.click(arg);
  if (kind === 'fill') { const [sel, val] = arg.split('='); await b.page.fill(sel!, val!); }
  if (kind === 'press') await b.page.keyboard.press(arg);
  if (kind === 'wait') await b.page.waitForSelector(arg, { timeout: 15000 });
  if (kind === 'sleep') await new Promise((r) => setTimeout(r, Number(arg)));
}
await b.page.screenshot({ path: process.argv[3]! });
console.log('errors', b.errors);
await b.close();
