/**
 * The floor under every stdio figure: a `vscode-languageserver` server that keeps open
 * documents (as PTX Lens does), answers the outline with nothing and hovers and definitions with
 * made-up answers of a similar size. What it takes to receive
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
  capabilities: { textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental }, documentSymbolProvider: true, hoverProvider: true, definitionProvider: true },
}));
connection.onDocumentSymbol(({ textDocument }) => (documents.get(textDocument.uri) ? [] : null));
// Answers of about the size PTX Lens gives, made of nothing: the transport's share of a request.
connection.onHover(({ textDocument, position }) => (documents.get(textDocument.uri) ? { contents: { kind: 'markdown', value: 'x'.repeat(1500) }, range: { start: position, end: position } } : null));
connection.onDefinition(({ textDocument, position }) => (documents.get(textDocument.uri) ? [{ uri: textDocument.uri, range: { start: position, end: position } }] : null));
documents.listen(connection);
connection.listen();
