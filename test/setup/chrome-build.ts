// Builds the Chrome extension once for the whole run, before any real-browser test file starts.
import { existsSync } from 'node:fs';
import { buildExtension, CHROMIUM } from '../../src/cli/chromium-extension';

export function setup(): void {
  // Without Chromium the browser tests skip (or fail under CI) with their own reason: no build needed.
  if (existsSync(CHROMIUM)) buildExtension('chrome');
}
