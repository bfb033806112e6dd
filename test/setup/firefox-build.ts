// Builds the Firefox extension once for the run, for Mozilla's linter.
import { buildExtension } from '../../src/cli/chromium-extension';

export function setup(): void {
  buildExtension('firefox');
}
