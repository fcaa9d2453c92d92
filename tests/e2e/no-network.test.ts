// No network at all: every area of the app is opened, and every request the page made stayed on
// the app's own origin (in the desktop shell the session would cancel anything else; here it is
// recorded, so a font, a CDN script or a telemetry call fails this test).
import { describe, expect, it } from 'vitest';
import { useE2eSession } from '../helpers/e2e';

const session = useE2eSession();

describe('no network', () => {
  it('opens every area and requests nothing outside the app', async () => {
    const { page, requests, harness } = session();
    const areas = await page.getByRole('menuitem').allInnerTexts();
    expect(areas.length).toBeGreaterThanOrEqual(11);
    for (const area of areas) {
      await page.getByRole('menuitem', { name: area.trim() }).click();
      await page.waitForLoadState('networkidle');
    }
    expect(requests.length).toBeGreaterThan(10);
    expect(requests.filter((u) => !u.startsWith(`${harness.url}/`) && !u.startsWith('data:') && !u.startsWith('blob:'))).toEqual([]);
  });
});
