import { launchBrowser, openPage, startApp } from './tests/browser/support.ts';
const b = await launchBrowser(); const app = await startApp();
const { page } = await openPage(b);
await page.goto(app.base + '/');
await page.fill('#bullets', ['Increased clinic capacity 18% by redesigning templates and adding open-access blocks; new-patient lag –12 days, CG-CAHPS +7 pts.', 'Cut RN overtime 22% through float pool expansion and self-scheduling; agency spend –$1.1M', 'Responsible for staff scheduling and overtime'].join('\n'));
await page.click('button[value="analyze"]');
await page.waitForURL(/\/w\//);
const ys = process.argv.slice(2).map(Number);
for (const [i, y] of ys.entries()) { await page.evaluate((y) => window.scrollTo(0, y), y); await page.screenshot({ path: `/tmp/shot${i}.png` }); }
await b.close(); await app.close();
