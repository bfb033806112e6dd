import { PageController } from '../src/page/controller';
import { startReader } from '../src/page/lifecycle';
import { timed } from '../src/page/timing';

// The content script. Not a WXT content script: WXT's context announces itself to the page (leaking the
// extension id) and stops when the page fires that announcement back. wxt.config.ts declares it for
// policy-looking URLs; the popup injects it elsewhere when the user asks.
export default defineUnlistedScript(() => {
  timed('start', () => startReader(globalThis, () => new PageController(document)));
});
