/**
 * The custom requests and notifications between the PTX Lens client and server, typed once
 * here and imported by both sides. Standard LSP features need nothing here.
 */
import { RequestType0 } from 'vscode-languageserver-protocol';

export interface ServerInfo {
  pid: number;
  version: string;
}

/** Who the server is: used by the client's status bar and by tests. */
export const ServerInfoRequest = new RequestType0<ServerInfo, void>('ptxLens/serverInfo');
