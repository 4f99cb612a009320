/** The one line that tells a user how to call the command line. */
export const USAGE = 'Usage: notebook inspect <file>... [--json]';

/** What the command line was asked to do, or why it cannot tell. */
export type CliCommand =
  | { readonly kind: 'inspect'; readonly files: readonly string[]; readonly json: boolean }
  | { readonly kind: 'help' }
  | { readonly kind: 'usage-error'; readonly message: string };

/**
 * Parses the arguments after the script name. Flags may come anywhere; `--` ends them, so a
 * file whose name starts with a dash can still be given.
 */
export function parseArgs(argv: readonly string[]): CliCommand {
  const [command, ...rest] = argv;
  if (command === undefined) return { kind: 'usage-error', message: 'No command given.' };
  if (command === '--help' || command === '-h' || command === 'help') return { kind: 'help' };
  if (command !== 'inspect')
    return { kind: 'usage-error', message: `Unknown command "${command}".` };
  const files: string[] = [];
  let json = false;
  let flagsEnded = false;
  for (const argument of rest) {
    if (flagsEnded || !argument.startsWith('-') || argument === '-') {
      files.push(argument);
    } else if (argument === '--') {
      flagsEnded = true;
    } else if (argument === '--json') {
      json = true;
    } else if (argument === '--help' || argument === '-h') {
      return { kind: 'help' };
    } else {
      return { kind: 'usage-error', message: `Unknown option "${argument}".` };
    }
  }
  if (files.length === 0) return { kind: 'usage-error', message: 'No files given to inspect.' };
  return { kind: 'inspect', files, json };
}
