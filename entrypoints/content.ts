import { POLICY_URL_MATCHES } from '../src/page/policy-urls';
import { PageController } from '../src/page/controller';
import { measureSince } from '../src/page/timing';

// Declared only for policy-looking URLs; the popup injects it elsewhere when the user asks.
export default defineContentScript({
  matches: POLICY_URL_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    const start = performance.now();
    const g = globalThis as { __fineprint?: PageController; __fineprintForce?: boolean };
    if (g.__fineprint) return;
    const controller = new PageController(document);
    g.__fineprint = controller;
    ctx.onInvalidated(() => controller.stop());
    // WXT notices history.pushState navigations that fire no event of their own.
    ctx.addEventListener(window, 'wxt:locationchange', () => controller.onNavigation());
    void controller.start(g.__fineprintForce === true);
    measureSince('start', start);
  },
});
