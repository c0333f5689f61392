//! `lint --fix`: the voice's substitutions made and the sign-off added,
//! as edits of the file's bytes, each with what it changed.

use std::ops::Range;

use super::voice::{is_signed, sign_off_pieces};
use super::{Draft, Settings, Target};
use crate::fold::fold;
use crate::source::Source;

/// One draft's new bytes in place of `range` of the file, and what changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    pub range: Range<usize>,
    pub text: String,
    pub changes: Vec<String>,
}

/// The edits `--fix` makes to the drafts of `source`, in file order.
/// What needs a person's words (an avoided phrase with no substitution, a
/// limit, a placeholder) is left for the findings.
pub fn fixes(settings: &Settings<'_>, source: &Source, drafts: &[Draft]) -> Vec<Edit> {
    let format = super::Format::of(&source.path);
    drafts
        .iter()
        .filter_map(|draft| {
            // A draft that names an unknown network is not fixed: it is
            // not known what it is for.
            let target = super::resolve(settings, draft, format, &mut Vec::new())?;
            edit(settings, source, &target)
        })
        .collect()
}

fn edit(settings: &Settings<'_>, source: &Source, t: &Target<'_>) -> Option<Edit> {
    let draft = t.draft;
    let mut changes = Vec::new();
    let mut text = substituted(settings, source, draft, &mut changes);
    if t.reply
        && let Some(sign_off) = signed(settings, &text)
    {
        // On a line of its own, with the line ends the file has.
        let newline = if source.text.contains("\r\n") {
            "\r\n"
        } else {
            "\n"
        };
        text = format!("{}{newline}{sign_off}", text.trim_end());
        changes.push(format!("added the sign-off \"{sign_off}\""));
    }
    (text != draft.text).then(|| Edit {
        range: draft.raw.clone(),
        text: draft.encode(&text),
        changes,
    })
}

/// The draft's text with every substitution made, an occurrence at a time
/// from the first; where two overlap, the earlier wins.
fn substituted(
    settings: &Settings<'_>,
    source: &Source,
    draft: &Draft,
    changes: &mut Vec<String>,
) -> String {
    let folded = fold(&draft.text);
    let mut found: Vec<(Range<usize>, &str)> = settings
        .strategy
        .voice
        .avoided()
        .into_iter()
        .filter_map(|a| Some((a.prefer?, a.folded)))
        .flat_map(|(prefer, phrase)| {
            folded
                .find_all(&phrase)
                .into_iter()
                .map(move |r| (r, prefer))
        })
        .collect();
    found.sort_by_key(|(r, _)| (r.start, std::cmp::Reverse(r.end)));
    let mut text = String::with_capacity(draft.text.len());
    let mut at = 0;
    for (range, prefer) in found {
        if range.start < at {
            continue;
        }
        let said = &draft.text[range.clone()];
        let prefer = capitalised_like(said, prefer);
        let line = source.position(draft.offset(range.start)).line;
        changes.push(format!("line {line}: \"{said}\" → \"{prefer}\""));
        text.push_str(&draft.text[at..range.start]);
        text.push_str(&prefer);
        at = range.end;
    }
    text.push_str(&draft.text[at..]);
    text
}

/// `prefer` with a capital first letter when `said` starts a sentence with one.
fn capitalised_like(said: &str, prefer: &str) -> String {
    let capital = said.chars().next().is_some_and(char::is_uppercase);
    let mut chars = prefer.chars();
    match chars.next() {
        Some(first) if capital && first.is_lowercase() => {
            first.to_uppercase().chain(chars).collect()
        }
        _ => prefer.to_string(),
    }
}

/// The sign-off to add to `text`: none when it is signed already, when the
/// voice has none, or when a value it needs was not given with `--set`.
fn signed(settings: &Settings<'_>, text: &str) -> Option<String> {
    let template = settings.strategy.voice.sign_off.as_ref()?.as_str();
    let pieces = sign_off_pieces(template)?;
    if is_signed(text, template, &pieces) {
        return None;
    }
    let env = crate::replies::environment();
    let compiled = env.template_from_str(template).ok()?;
    let needed = compiled.undeclared_variables(false);
    if needed.iter().any(|v| !settings.values.contains_key(v)) {
        return None;
    }
    let values = minijinja::Value::from_pairs(
        settings
            .values
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str())),
    );
    let rendered =
        crate::replies::render_limited(&compiled, values, crate::replies::MAX_RENDERED_BYTES)
            .ok()?;
    let rendered = rendered.trim().to_string();
    (!rendered.is_empty()).then_some(rendered)
}

#[cfg(test)]
mod tests {
    use super::capitalised_like;

    #[test]
    fn a_substitution_keeps_a_capital_at_the_start() {
        assert_eq!(capitalised_like("Utilize", "use"), "Use");
        assert_eq!(capitalised_like("utilize", "use"), "use");
        assert_eq!(capitalised_like("Utilize", "URL"), "URL");
        assert_eq!(capitalised_like("Été", "éte"), "Éte");
    }
}
