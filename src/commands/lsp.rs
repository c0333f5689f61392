//! `commstrat lsp`: a language server over standard input and output
//! (lsp-server and lsp-types, as rust-analyzer). Strategy files get every
//! finding of `check` on open and on each change, hover, completion of ids
//! and go to definition; drafts (`.txt` and `.md` under the folders
//! `[lint] drafts` of commstrat.toml names) get `lint`'s findings and its
//! fixes as code actions. Documents are synchronised whole.

mod drafts;
mod position;
mod strategy;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use lsp_server::{Connection, Message, Notification, Request, Response};
use lsp_types::notification::{
    DidChangeTextDocument, DidCloseTextDocument, DidOpenTextDocument, Notification as _,
    PublishDiagnostics,
};
use lsp_types::request::{
    CodeActionRequest, Completion, GotoDefinition, HoverRequest, Request as _,
};
use lsp_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, CodeActionParams,
    CodeActionProviderCapability, CompletionOptions, CompletionParams, CompletionResponse,
    Diagnostic as LspDiagnostic, DiagnosticSeverity, GotoDefinitionParams, GotoDefinitionResponse,
    Hover, HoverContents, HoverParams, HoverProviderCapability, InitializeParams, Location,
    MarkupContent, MarkupKind, NumberOrString, OneOf, PositionEncodingKind,
    PublishDiagnosticsParams, ServerCapabilities, TextDocumentSyncCapability, TextDocumentSyncKind,
    TextEdit, Uri, WorkspaceEdit,
};

use super::Outcome;
use crate::diagnostic::{Diagnostic, Severity};
use crate::error::{Error, Result};
use position::Units;

/// What the server knows of one open document.
struct Document {
    text: String,
    path: PathBuf,
    kind: Kind,
}

enum Kind {
    Strategy(Box<strategy::Strategic>),
    Draft {
        findings: Vec<Diagnostic>,
        edits: Vec<crate::lint::Edit>,
    },
    /// Any other file: nothing to say.
    Other,
}

/// The server: the open documents by URI (only looked up, never listed
/// into an answer), the agreed position units, and the strategies drafts
/// are held to, by the path of commstrat.toml that names them.
struct Server {
    documents: HashMap<String, Document>,
    units: Units,
    held: HashMap<PathBuf, drafts::Held>,
}

pub(super) fn run() -> Result<Outcome> {
    let (connection, threads) = Connection::stdio();
    let failed = |e: &dyn std::fmt::Display| Error::Internal {
        message: format!("the language server stopped: {e}"),
    };
    let (id, params) = connection.initialize_start().map_err(|e| failed(&e))?;
    let params: InitializeParams = serde_json::from_value(params).map_err(|e| failed(&e))?;
    let offered = params
        .capabilities
        .general
        .and_then(|g| g.position_encodings)
        .unwrap_or_default();
    let (units, encoding) = if offered.contains(&PositionEncodingKind::UTF8) {
        (Units::Utf8, PositionEncodingKind::UTF8)
    } else {
        (Units::Utf16, PositionEncodingKind::UTF16)
    };
    let capabilities = ServerCapabilities {
        position_encoding: Some(encoding),
        text_document_sync: Some(TextDocumentSyncCapability::Kind(TextDocumentSyncKind::FULL)),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        completion_provider: Some(CompletionOptions {
            trigger_characters: Some(vec!["\"".into()]),
            ..CompletionOptions::default()
        }),
        definition_provider: Some(OneOf::Left(true)),
        code_action_provider: Some(CodeActionProviderCapability::Simple(true)),
        ..ServerCapabilities::default()
    };
    let result = serde_json::json!({
        "capabilities": capabilities,
        "serverInfo": { "name": "commstrat", "version": env!("CARGO_PKG_VERSION") },
    });
    connection
        .initialize_finish(id, result)
        .map_err(|e| failed(&e))?;
    let mut server = Server {
        documents: HashMap::new(),
        units,
        held: HashMap::new(),
    };
    for message in &connection.receiver {
        match message {
            Message::Request(request) => {
                if connection
                    .handle_shutdown(&request)
                    .map_err(|e| failed(&e))?
                {
                    break;
                }
                let response = server.answer(request);
                connection
                    .sender
                    .send(Message::Response(response))
                    .map_err(|e| failed(&e))?;
            }
            Message::Notification(notification) => {
                for out in server.notice(notification) {
                    connection
                        .sender
                        .send(Message::Notification(out))
                        .map_err(|e| failed(&e))?;
                }
            }
            Message::Response(_) => {}
        }
    }
    drop(connection);
    threads.join().map_err(|e| failed(&e))?;
    Ok(Outcome::Clean)
}

/// The path of a `file:` URI, percent-decoded; other schemes keep their text.
fn path_of(uri: &Uri) -> PathBuf {
    let text = uri.as_str();
    let path = text.strip_prefix("file://").unwrap_or(text);
    PathBuf::from(
        percent_encoding::percent_decode_str(path)
            .decode_utf8_lossy()
            .into_owned(),
    )
}

impl Server {
    fn notice(&mut self, n: Notification) -> Vec<Notification> {
        let uri = match n.method.as_str() {
            DidOpenTextDocument::METHOD => {
                let Ok(p) =
                    serde_json::from_value::<lsp_types::DidOpenTextDocumentParams>(n.params)
                else {
                    return Vec::new();
                };
                self.update(&p.text_document.uri, p.text_document.text);
                p.text_document.uri
            }
            DidChangeTextDocument::METHOD => {
                let Ok(p) =
                    serde_json::from_value::<lsp_types::DidChangeTextDocumentParams>(n.params)
                else {
                    return Vec::new();
                };
                // Full synchronisation: the last change is the whole text.
                let Some(change) = p.content_changes.into_iter().last() else {
                    return Vec::new();
                };
                self.update(&p.text_document.uri, change.text);
                p.text_document.uri
            }
            DidCloseTextDocument::METHOD => {
                let Ok(p) =
                    serde_json::from_value::<lsp_types::DidCloseTextDocumentParams>(n.params)
                else {
                    return Vec::new();
                };
                self.documents.remove(p.text_document.uri.as_str());
                return vec![publish(p.text_document.uri, Vec::new())];
            }
            _ => return Vec::new(),
        };
        let diagnostics = self.diagnostics(&uri);
        vec![publish(uri, diagnostics)]
    }

    /// Read a document's new text.
    fn update(&mut self, uri: &Uri, text: String) {
        let path = path_of(uri);
        let shown = super::display(&path);
        let last = self.documents.remove(uri.as_str());
        let kind = if is_strategy(&path, &text) {
            let previous = last.and_then(|d| match d.kind {
                Kind::Strategy(s) => s.loaded,
                _ => None,
            });
            Kind::Strategy(Box::new(strategy::read(&shown, &text, previous)))
        } else {
            Kind::Other
        };
        let mut document = Document { text, path, kind };
        if matches!(document.kind, Kind::Other) {
            document.kind = self.draft(&document.path, &document.text);
        }
        self.documents.insert(uri.as_str().to_string(), document);
    }

    /// A draft's findings and fixes, when the file is under a drafts folder
    /// of its commstrat.toml and that names a strategy that loads.
    fn draft(&mut self, path: &Path, text: &str) -> Kind {
        let folder = path.parent().unwrap_or(Path::new("."));
        let Ok(config) = crate::config::Config::discover(folder) else {
            return Kind::Other;
        };
        let (Some(config_path), Some(strategy)) =
            (config.path.clone(), config.lint_strategy.clone())
        else {
            return Kind::Other;
        };
        if !drafts::is_draft(path, &config.lint_drafts) {
            return Kind::Other;
        }
        if self.held.get(&config_path).is_none_or(|h| !h.is_current()) {
            match drafts::Held::read(PathBuf::from(strategy)) {
                Some(held) => self.held.insert(config_path.clone(), held),
                None => return Kind::Other,
            };
        }
        let Some(held) = self.held.get(&config_path) else {
            return Kind::Other;
        };
        match drafts::lint_text(&held.strategy, &super::display(path), text) {
            Ok((findings, edits)) => Kind::Draft { findings, edits },
            Err(_) => Kind::Other,
        }
    }

    fn diagnostics(&self, uri: &Uri) -> Vec<LspDiagnostic> {
        let Some(d) = self.documents.get(uri.as_str()) else {
            return Vec::new();
        };
        let findings: Vec<Diagnostic> = match &d.kind {
            Kind::Strategy(s) => s
                .report
                .as_ref()
                .map(|r| r.diagnostics.clone())
                .unwrap_or_default(),
            Kind::Draft { findings, .. } => findings.clone(),
            Kind::Other => Vec::new(),
        };
        // Positions in one walk of the text, however many findings.
        let offsets: Vec<usize> = findings
            .iter()
            .flat_map(|f| [f.span.start, f.span.end.max(f.span.start)])
            .collect();
        let positions = self.units.positions(&d.text, &offsets);
        findings
            .iter()
            .zip(positions.chunks(2))
            .map(|(f, p)| {
                lsp_diagnostic(
                    f,
                    lsp_types::Range {
                        start: p[0],
                        end: p[1],
                    },
                )
            })
            .collect()
    }

    fn answer(&self, request: Request) -> Response {
        let id = request.id.clone();
        let result = match request.method.as_str() {
            HoverRequest::METHOD => self.with(request, |s, p: HoverParams| s.hover(p)),
            Completion::METHOD => self.with(request, |s, p: CompletionParams| s.complete(p)),
            GotoDefinition::METHOD => self.with(request, |s, p: GotoDefinitionParams| s.define(p)),
            CodeActionRequest::METHOD => self.with(request, |s, p: CodeActionParams| s.actions(p)),
            _ => {
                return Response::new_err(
                    id,
                    lsp_server::ErrorCode::MethodNotFound as i32,
                    format!(
                        "commstrat's language server does not answer {}",
                        request.method
                    ),
                );
            }
        };
        match result {
            Ok(value) => Response::new_ok(id, value),
            Err(message) => {
                Response::new_err(id, lsp_server::ErrorCode::InvalidParams as i32, message)
            }
        }
    }

    /// Decode a request's parameters, answer, and encode the answer.
    fn with<P: serde::de::DeserializeOwned, R: serde::Serialize>(
        &self,
        request: Request,
        answer: impl Fn(&Self, P) -> R,
    ) -> std::result::Result<serde_json::Value, String> {
        let params: P = serde_json::from_value(request.params).map_err(|e| e.to_string())?;
        serde_json::to_value(answer(self, params)).map_err(|e| e.to_string())
    }

    /// The strategy document at `uri` and the byte offset of `position`.
    fn strategy_at(
        &self,
        uri: &Uri,
        position: lsp_types::Position,
    ) -> Option<(&Document, &strategy::Loaded, usize)> {
        let d = self.documents.get(uri.as_str())?;
        let Kind::Strategy(s) = &d.kind else {
            return None;
        };
        let loaded = s.loaded.as_ref()?;
        Some((d, loaded, self.units.offset(&d.text, position)))
    }

    fn hover(&self, p: HoverParams) -> Option<Hover> {
        let at = p.text_document_position_params;
        let (d, loaded, offset) = self.strategy_at(&at.text_document.uri, at.position)?;
        let text = strategy::hover(loaded, &d.text, offset)?;
        Some(Hover {
            contents: HoverContents::Markup(MarkupContent {
                kind: MarkupKind::Markdown,
                value: text,
            }),
            range: None,
        })
    }

    fn complete(&self, p: CompletionParams) -> Option<CompletionResponse> {
        let at = p.text_document_position;
        let (d, loaded, offset) = self.strategy_at(&at.text_document.uri, at.position)?;
        Some(CompletionResponse::Array(strategy::completion(
            loaded, &d.text, offset,
        )))
    }

    fn define(&self, p: GotoDefinitionParams) -> Option<GotoDefinitionResponse> {
        let at = p.text_document_position_params;
        let (d, loaded, offset) = self.strategy_at(&at.text_document.uri, at.position)?;
        if loaded.text != d.text {
            return None;
        }
        let span = strategy::definition(loaded, offset)?;
        Some(GotoDefinitionResponse::Scalar(Location {
            uri: at.text_document.uri,
            range: self.units.range(&d.text, span),
        }))
    }

    fn actions(&self, p: CodeActionParams) -> Option<Vec<CodeActionOrCommand>> {
        let d = self.documents.get(p.text_document.uri.as_str())?;
        let Kind::Draft { edits, .. } = &d.kind else {
            return None;
        };
        let wanted =
            self.units.offset(&d.text, p.range.start)..self.units.offset(&d.text, p.range.end);
        let actions = edits
            .iter()
            .filter(|e| e.range.start <= wanted.end && wanted.start <= e.range.end)
            .map(|e| {
                let edit = TextEdit {
                    range: self.units.range(&d.text, e.range.clone()),
                    new_text: e.text.clone(),
                };
                CodeActionOrCommand::CodeAction(CodeAction {
                    title: format!("commstrat: {}", e.changes.join("; ")),
                    kind: Some(CodeActionKind::QUICKFIX),
                    edit: Some(WorkspaceEdit {
                        changes: Some(
                            std::iter::once((p.text_document.uri.clone(), vec![edit])).collect(),
                        ),
                        ..WorkspaceEdit::default()
                    }),
                    is_preferred: Some(true),
                    ..CodeAction::default()
                })
            })
            .collect();
        Some(actions)
    }
}

/// Is `text` at `path` a strategy: a TOML file that declares the format?
fn is_strategy(path: &Path, text: &str) -> bool {
    path.extension().is_some_and(|e| e == "toml") && crate::load::declares_format(text)
}

fn publish(uri: Uri, diagnostics: Vec<LspDiagnostic>) -> Notification {
    Notification::new(
        PublishDiagnostics::METHOD.to_string(),
        PublishDiagnosticsParams {
            uri,
            diagnostics,
            version: None,
        },
    )
}

/// A finding as the protocol carries it, at `range`.
fn lsp_diagnostic(f: &Diagnostic, range: lsp_types::Range) -> LspDiagnostic {
    let message = match &f.help {
        Some(help) => format!("{}\nhelp: {help}", f.message),
        None => f.message.clone(),
    };
    LspDiagnostic {
        range,
        severity: Some(match f.severity {
            Severity::Error => DiagnosticSeverity::ERROR,
            Severity::Warning => DiagnosticSeverity::WARNING,
            Severity::Info => DiagnosticSeverity::INFORMATION,
        }),
        code: Some(NumberOrString::String(f.rule.code.to_string())),
        source: Some("commstrat".into()),
        message,
        ..LspDiagnostic::default()
    }
}
