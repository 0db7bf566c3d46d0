/**
 * The floor under every stdio figure: a `vscode-languageserver` server that keeps open
 * documents (as PTX Lens does) and answers the outline with nothing. What it takes to receive
 * a large `didOpen` (pipe, JSON, the document's text) and how much memory that needs is paid
 * by any server on this transport; PTX Lens's own share is the difference.
 *
 * Bundled and started by `stdio.ts`.
 */
import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
connection.onInitialize(() => ({
  capabilities: { textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental }, documentSymbolProvider: true },
}));
connection.onDocumentSymbol(({ textDocument }) => (documents.get(textDocument.uri) ? [] : null));
documents.listen(connection);
connection.listen();
