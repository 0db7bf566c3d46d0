/**
 * One language-server session: wires the connection, the open documents and the feature
 * handlers. Handlers stay thin: they fetch the document's model and call a pure feature.
 */
import {
  type Connection,
  type InitializeResult,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ServerInfoRequest } from './protocol';
import { SERVER_VERSION } from './version';
import { hoverPtx } from './features/hover';

export function startSession(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);

  connection.onInitialize(
    (): InitializeResult => ({
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
      },
      serverInfo: { name: 'ptx-lens', version: SERVER_VERSION },
    }),
  );

  connection.onRequest(ServerInfoRequest, () => ({ pid: process.pid, version: SERVER_VERSION }));

  connection.onHover(({ textDocument, position }) => {
    const document = documents.get(textDocument.uri);
    if (!document || document.languageId !== 'ptx') return null;
    return hoverPtx(document.getText(), position) ?? null;
  });

  documents.listen(connection);
}
