/** Command-line failures are one line on stderr and a non-zero exit, never a stack trace. */

export class CliError extends Error {}

export function fail(message: string): never {
  throw new CliError(message);
}

export function runCli(main: () => void | Promise<void>): void {
  Promise.resolve()
    .then(main)
    .catch((e: unknown) => {
      const message = e instanceof CliError ? e.message : `unexpected error: ${e instanceof Error ? e.message : String(e)}`;
      process.stderr.write(`fineprint: ${message}\n`);
      process.exitCode = 1;
    });
}
