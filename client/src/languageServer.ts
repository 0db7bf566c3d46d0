/** Starts, restarts and stops the PTX Lens language server child process. */
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind } from 'vscode-languageclient/node';
import {
  ServerInfoRequest,
  ToolchainStatusNotification,
  TrustChangedNotification,
  type ServerInfo,
  type ToolchainStatus,
} from '../../server/src/protocol';

/** PTX files, CUDA sources, and C++ headers (CUTLASS's `.hpp` hold much of its inline PTX). */
export const DOCUMENT_SELECTOR = [
  { language: 'ptx' },
  { language: 'cuda-cpp' },
  { language: 'cpp' },
];

export class LanguageServer implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when the server has (re)started. */
  readonly onDidStart = this.changed.event;
  private readonly statusChanged = new vscode.EventEmitter<ToolchainStatus>();
  /** Fires when the server reports which nvcc it found (or that it found none). */
  readonly onToolchainStatus = this.statusChanged.event;
  /** The last toolchain status the server reported. */
  toolchain: ToolchainStatus | undefined;
  /** How many diagnostics publications arrived per document uri (an empty one counts too). */
  readonly diagnosticsPublished = new Map<string, number>();

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly output: vscode.LogOutputChannel,
  ) {}

  async start(): Promise<void> {
    const module = this.context.asAbsolutePath('dist/server.js');
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: DOCUMENT_SELECTOR,
      outputChannel: this.output,
      initializationOptions: { workspaceTrusted: vscode.workspace.isTrusted },
      middleware: {
        handleDiagnostics: (uri, diagnostics, next) => {
          this.diagnosticsPublished.set(uri.toString(), (this.diagnosticsPublished.get(uri.toString()) ?? 0) + 1);
          next(uri, diagnostics);
        },
      },
    };
    // The id `ptxLens` makes the client read the `ptxLens.trace.server` setting.
    this.client = new LanguageClient('ptxLens', 'PTX Lens', serverOptions, clientOptions);
    this.client.onNotification(ToolchainStatusNotification, (status) => {
      this.toolchain = status;
      this.statusChanged.fire(status);
    });
    await this.client.start();
    this.changed.fire();
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  async info(): Promise<ServerInfo> {
    if (!this.client) throw new Error('The PTX Lens server is not running.');
    return this.client.sendRequest(ServerInfoRequest);
  }

  /** The running client, for requests; throws when the server is not running. */
  get connection(): LanguageClient {
    if (!this.client) throw new Error('The PTX Lens server is not running.');
    return this.client;
  }

  /** Tells the server the workspace is now trusted, so it may run the configured nvcc. */
  async trustGranted(): Promise<void> {
    await this.client?.sendNotification(TrustChangedNotification, { trusted: true });
  }

  get running(): boolean {
    return this.client?.isRunning() ?? false;
  }

  private async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client) await client.stop();
  }

  dispose(): void {
    void this.stop();
    this.changed.dispose();
    this.statusChanged.dispose();
  }
}
