//! Semantic diff of two strategies: entities added, removed and changed,
//! matched by section and id (so reordering changes nothing), with
//! field-level before and after, each change classified as breaking (a
//! promise weakened or removed), additive, or wording only.
//!
//! One step per file: `entities` turns a strategy into the entities
//! compared, written one way; `classify` holds the table that says how each
//! field of the format is compared and classified, and compares entities
//! field by field; `promises` measures what a field by field comparison
//! cannot judge (staffed hours, deadlines, approvers, escalation);
//! `message` words each change from the catalogues; `report` writes the
//! result as Markdown in the strategy's language, or as JSON.

mod classify;
mod entities;
mod message;
mod promises;
mod report;

use serde::Serialize;
use serde_json::Value;

use crate::model::Strategy;
use crate::render::i18n::Catalogue;
use message::{Form, Message};

/// How much a change matters to the people who rely on the strategy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Class {
    /// Only wording changed: a patch bump.
    Wording,
    /// Something was added or strengthened: a minor bump.
    Additive,
    /// A promise was weakened or removed: a major bump.
    Breaking,
}

impl Class {
    pub fn as_str(self) -> &'static str {
        match self {
            Class::Wording => "wording",
            Class::Additive => "additive",
            Class::Breaking => "breaking",
        }
    }
}

/// One change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    pub section: String,
    pub id: String,
    /// `added`, `removed` or `changed`.
    pub kind: &'static str,
    pub class: Class,
    /// The field, for a change inside an entity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub before: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<Value>,
    /// The change in one plain English sentence, for findings and tools.
    pub summary: String,
    /// The same sentence as a message, for the report in any language.
    #[serde(skip)]
    pub(crate) message: Message,
}

/// The diff of two strategies.
#[derive(Debug, Clone, Serialize)]
pub struct Diff {
    pub old_version: String,
    pub new_version: String,
    /// The most serious class of any change; none when nothing changed.
    pub class: Option<Class>,
    pub changes: Vec<Change>,
    /// The new strategy's language, which the Markdown report speaks.
    #[serde(skip)]
    pub language: String,
}

/// The semantic diff from `old` to `new`.
pub fn diff(old: &Strategy, new: &Strategy) -> Diff {
    let mut changes = classify::changes(old, new);
    let english = Catalogue::for_language("en");
    for change in &mut changes {
        change.summary = change.message.write(&english, Form::Plain);
    }
    // Breaking first, then by section and id; stable for the same input.
    changes.sort_by(|a, b| {
        (b.class, &a.section, &a.id, &a.summary).cmp(&(a.class, &b.section, &b.id, &b.summary))
    });
    Diff {
        old_version: old.version.to_string(),
        new_version: new.version.to_string(),
        class: changes.iter().map(|c| c.class).max(),
        changes,
        language: new.language.clone(),
    }
}
