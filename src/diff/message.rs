//! The words of a change: a message of the catalogues' `diff` group and
//! its values. Written once in English for `check`'s findings and the JSON
//! (`Change::summary`), and in the strategy's language for the Markdown
//! report, so that both say the same thing from the same message.

use serde_json::Value;

use crate::render::i18n::{Arg, Catalogue};
use crate::render::markdown::{inline, keep_spaces};
use crate::source::{visible, visible_line};
use crate::time::MINUTES_PER_WEEK;

/// A value given to a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Part {
    /// An id, a field's name, a role or a file: code.
    Code(String),
    /// A field's value as written: text in quotes, anything else as JSON.
    Value(Value),
    /// A duration in minutes, in words: "2 hours", "1 day 4 hours".
    Duration(i64),
    /// Minutes of a week, in hours: "37 hours 30 minutes".
    Hours(i64),
    /// Staffed minutes a week: "24/7", "40 hours a week", "never staffed".
    Weekly(i64),
    /// A moment of a crisis timeline: "T+2 hours".
    After(i64),
    /// A count or a level: chooses plural variants.
    Number(i64),
    /// A section of the format (`crisis_level`): chooses the variant whose
    /// words agree with it, and gives `$name`, its name in the language.
    Section(&'static str),
}

/// A message of the `diff` group with its values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Message {
    pub key: &'static str,
    pub args: Vec<(&'static str, Part)>,
}

/// How the values are written: as plain text (findings, JSON), or as
/// Markdown for a pull-request comment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Form {
    Plain,
    Markdown,
}

impl Message {
    pub(crate) fn new(key: &'static str, args: Vec<(&'static str, Part)>) -> Message {
        Message { key, args }
    }

    /// The message in `t`'s language, its values written in `form`.
    pub(crate) fn write(&self, t: &Catalogue, form: Form) -> String {
        let mut texts: Vec<(&str, String)> = Vec::new();
        let mut numbers: Vec<(&str, i64)> = Vec::new();
        for (name, part) in &self.args {
            match part {
                Part::Number(n) => numbers.push((name, *n)),
                Part::Section(key) => {
                    texts.push((name, key.to_string()));
                    let section = [("section", Arg::Text(key))];
                    texts.push(("name", t.fill_with("diff.section", &section)));
                }
                other => texts.push((name, value(other, t, form))),
            }
        }
        let mut args: Vec<(&str, Arg)> = texts.iter().map(|(n, v)| (*n, Arg::Text(v))).collect();
        args.extend(numbers.iter().map(|(n, v)| (*n, Arg::Number(*v))));
        t.fill_with(&format!("diff.{}", self.key), &args)
    }
}

/// One value as text.
fn value(part: &Part, t: &Catalogue, form: Form) -> String {
    match part {
        Part::Code(text) => code(text, form),
        Part::Value(Value::Null) => t.text("diff.nothing"),
        Part::Value(Value::String(text)) => {
            // A backtick in a value would open a code span in the comment.
            let text = text.replace('`', "'");
            let text = match form {
                Form::Plain => text,
                Form::Markdown => markdown(&text),
            };
            t.fill("diff.quoted", &[("text", &text)])
        }
        Part::Value(other) => match form {
            Form::Plain => other.to_string().replace('`', "'"),
            Form::Markdown => markdown(&other.to_string().replace('`', "'")),
        },
        Part::Duration(minutes) => t.duration(*minutes, true),
        Part::Hours(minutes) => t.duration(*minutes, false),
        Part::Weekly(minutes) if *minutes >= MINUTES_PER_WEEK => t.text("diff.always"),
        // A schedule without hours: not "immediately a week".
        Part::Weekly(minutes) if *minutes <= 0 => t.text("diff.never"),
        Part::Weekly(minutes) => {
            let hours = t.duration(*minutes, false);
            t.fill("diff.per_week", &[("duration", &hours)])
        }
        Part::After(0) => t.text("crisis.at_start"),
        Part::After(minutes) => {
            let duration = t.duration(*minutes, true);
            t.fill("crisis.after", &[("duration", &duration)])
        }
        Part::Number(n) => n.to_string(),
        Part::Section(key) => key.to_string(),
    }
}

/// An id or a name as code, on one line. Ids hold no backtick; a file name
/// may, and gets a quote instead.
pub(crate) fn code(text: &str, form: Form) -> String {
    let text = match form {
        Form::Plain => text.to_string(),
        Form::Markdown => visible_line(text).into_owned(),
    };
    format!("`{}`", text.replace('`', "'"))
}

/// Text as Markdown for a pull-request comment: hidden characters shown as
/// `<U+202E>` (`source::visible`), Markdown escaped, and each `@mention`
/// written as code, `` `@octocat` ``, so that GitHub notifies nobody.
///
/// Code is the neutral form that stays visible and honest: the reader sees
/// `@octocat` as written, GitHub never links or notifies a mention inside a
/// code span, and the Markdown source reads the same in an e-mail. (A
/// zero-width joiner after the `@` is invisible, the very thing this report
/// shows; `@<!-- -->octocat` needs raw HTML, which the escaping refuses.)
pub(crate) fn markdown(text: &str) -> String {
    let text = visible(text);
    let mut out = String::new();
    let mut at = 0;
    for mention in mentions(&text) {
        out.push_str(&keep_spaces(&text[at..mention.start], &inline));
        out.push_str(&format!("`{}`", &text[mention.clone()]));
        at = mention.end;
    }
    out.push_str(&keep_spaces(&text[at..], &inline));
    out
}

/// Byte ranges of what GitHub reads as a mention: `@` after the start or a
/// character that is not an ASCII letter, digit or `_` (so `team@example.com`
/// is an address, not a mention), then a user name (ASCII letters, digits,
/// `-`) and maybe `/team`.
fn mentions(text: &str) -> Vec<std::ops::Range<usize>> {
    let name = |c: char| c.is_ascii_alphanumeric() || c == '-';
    let mut found = Vec::new();
    let mut previous = None;
    for (i, c) in text.char_indices() {
        let after_boundary = !previous.is_some_and(|p: char| p.is_ascii_alphanumeric() || p == '_');
        previous = Some(c);
        let rest = &text[i + c.len_utf8()..];
        if c != '@' || !after_boundary || !rest.starts_with(|n: char| n.is_ascii_alphanumeric()) {
            continue;
        }
        let mut end = i + 1 + rest.find(|n: char| !name(n)).unwrap_or(rest.len());
        if let Some(team) = text[end..].strip_prefix('/') {
            let len = team
                .find(|n: char| !(name(n) || n == '_'))
                .unwrap_or(team.len());
            if len > 0 {
                end += 1 + len;
            }
        }
        found.push(i..end);
    }
    found
}

#[cfg(test)]
mod tests {
    use super::{Form, Message, Part, markdown};
    use crate::render::i18n::Catalogue;

    #[test]
    fn mentions_are_code_and_addresses_stay_text() {
        assert_eq!(
            markdown("thanks @octocat and @github/support, mail team@example.com"),
            "thanks `@octocat` and `@github/support`, mail team@example.com"
        );
        assert_eq!(markdown("(@a-b)"), "(`@a-b`)");
        assert_eq!(markdown("@ alone, @-dash"), "@ alone, @-dash");
        // Letters past ASCII, before and after a mention.
        assert_eq!(
            markdown("Lumière @boulangerie سوق"),
            "Lumière `@boulangerie` سوق"
        );
        assert_eq!(markdown("é@x"), "é`@x`");
    }

    #[test]
    fn a_schedule_left_without_hours_is_never_staffed() {
        let message = Message::new(
            "availability_reduced",
            vec![
                ("id", Part::Code("x".into())),
                ("before", Part::Weekly(40 * 60)),
                ("after", Part::Weekly(0)),
            ],
        );
        assert_eq!(
            message.write(&Catalogue::for_language("en"), Form::Plain),
            "availability on network `x` reduced from 40 hours a week to never staffed"
        );
        assert_eq!(
            message.write(&Catalogue::for_language("fr"), Form::Plain),
            "disponibilité sur le réseau `x` réduite de 40 heures par semaine à aucune permanence"
        );
    }

    #[test]
    fn a_value_never_opens_a_code_span_or_a_line() {
        let message = Message::new(
            "changed",
            vec![
                ("section", Part::Section("playbook")),
                ("id", Part::Code("welcome".into())),
                ("field", Part::Code("title".into())),
                ("before", Part::Value("a`\n# Heading`b".into())),
                ("after", Part::Value(serde_json::Value::Null)),
            ],
        );
        let en = Catalogue::for_language("en");
        assert_eq!(
            message.write(&en, Form::Markdown),
            "playbook `welcome`: `title` changed from \"a' \\# Heading'b\" to nothing"
        );
        assert_eq!(
            message.write(&en, Form::Plain),
            "playbook `welcome`: `title` changed from \"a'\n# Heading'b\" to nothing"
        );
    }
}
