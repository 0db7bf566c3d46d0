/**
 * `ptx-lens-server`: the PTX Lens language server. This file only reads the command line and
 * opens the connection; everything else lives in `session.ts` and the feature modules.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startSession } from './session';
import { SERVER_VERSION } from './version';

const USAGE = `Usage: ptx-lens-server (--stdio | --node-ipc | --socket=<port> | --pipe=<name>) [--clientProcessId=<pid>]

The PTX Lens language server for PTX and CUDA files. Pick exactly one transport:
  --stdio            speak LSP over standard input and output
  --node-ipc         speak LSP over Node's IPC channel (used by the VS Code extension)
  --socket=<port>    connect to a socket on 127.0.0.1
  --pipe=<name>      connect to a named pipe
Other options:
  --clientProcessId=<pid>  exit when that process ends
  --version          print the version
  --help             print this help`;

const TRANSPORTS = ['--stdio', '--node-ipc'];
const TRANSPORT_PREFIXES = ['--socket=', '--pipe='];
const OTHER_PREFIXES = ['--clientProcessId='];

function main(argv: string[]): void {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stderr.write(`${USAGE}\n`);
    return;
  }
  if (argv.includes('--version')) {
    process.stderr.write(`${SERVER_VERSION}\n`);
    return;
  }
  const unknown = argv.filter(
    (arg) =>
      !TRANSPORTS.includes(arg) &&
      !TRANSPORT_PREFIXES.some((prefix) => arg.startsWith(prefix)) &&
      !OTHER_PREFIXES.some((prefix) => arg.startsWith(prefix)),
  );
  if (unknown.length > 0) {
    process.stderr.write(`ptx-lens-server: unknown option ${unknown.join(' ')}\n\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  const transports = argv.filter((arg) => TRANSPORTS.includes(arg) || TRANSPORT_PREFIXES.some((p) => arg.startsWith(p)));
  if (transports.length !== 1) {
    const problem = transports.length === 0 ? 'no transport given' : `more than one transport given (${transports.join(' ')})`;
    process.stderr.write(`ptx-lens-server: ${problem}\n\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  // stdout may be the protocol channel: anything a library prints goes to stderr instead.
  const toStderr = (...args: unknown[]) => console.error(...args);
  Object.assign(console, { log: toStderr, info: toStderr, debug: toStderr });
  const connection = createConnection(ProposedFeatures.all);
  startSession(connection, { unsentBytes: transports[0] === '--stdio' ? () => process.stdout.writableLength : undefined });
  connection.listen();
}

main(process.argv.slice(2));
