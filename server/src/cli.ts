/**
 * `ptx-lens`: the PTX Lens command line. Each subcommand lives in `cli/`; this file only
 * dispatches.
 */
import { SERVER_VERSION } from './version';
import { docCommand } from './cli/doc';
import { hoverCommand } from './cli/hover';
import { checkCommand } from './cli/check';
import { explainCommand } from './cli/explain';
import type { Io } from './cli/io';

const USAGE = `Usage: ptx-lens <command> [options]

Commands:
  doc <mnemonic-or-prefix>            explain a PTX instruction, directive, special register or type
  doc concept:<name>                  a concept note (thread-hierarchy, tensor-cores …; concept: lists them)
  hover <file.ptx> <line>:<col>       what the editor's hover shows at that place (1-based)
  check <file.ptx>                    report problems in a PTX file (exit 1 on errors)
  explain <file.cu> [--arch sm_XX] [-- extra nvcc args]
                                      compile with nvcc and show each kernel's PTX and cost

Options:
  --json      machine-readable output (every command)
  --help      print this help
  --version   print the version`;

export async function runCli(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    io.out(`${USAGE}\n`);
    return command ? 0 : 2;
  }
  if (command === '--version' || command === '-v') {
    io.out(`${SERVER_VERSION}\n`);
    return 0;
  }
  switch (command) {
    case 'doc':
      return docCommand(rest, io);
    case 'hover':
      return hoverCommand(rest, io);
    case 'check':
      return checkCommand(rest, io);
    case 'explain':
      return explainCommand(rest, io);
    default:
      io.err(`ptx-lens: unknown command "${command}"\n\n${USAGE}\n`);
      return 2;
  }
}

if (require.main === module) {
  runCli(process.argv.slice(2), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  }).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      process.stderr.write(`ptx-lens: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
