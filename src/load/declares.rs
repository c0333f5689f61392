//! Is a TOML file a strategy? A folder walk checks only the files that
//! declare the format (`../shared/spec/cli.md`): a `#:schema` line naming
//! the strategy schema, or a top-level `schema` integer beside a top-level
//! `id`. Other TOML files of a repository (`commstrat.toml`, `taplo.toml`,
//! `Cargo.toml`, `pyproject.toml`) are skipped.
//!
//! The top level is read with toml's own lexer, up to the first table
//! header, so that a strategy with a syntax error further down is still
//! recognised, and checked, and a file costs its first lines, not a parse.

use toml_parser::lexer::TokenKind;

/// The name the strategy schema has in `schemas/` and next to a starter.
const SCHEMA_FILE: &str = "strategy.schema.json";

/// Does `text` declare the strategy format?
pub fn declares_format(text: &str) -> bool {
    let names_schema = |line: &str| {
        line.trim_start()
            .strip_prefix("#:schema")
            .is_some_and(|rest| rest.trim_end().ends_with(SCHEMA_FILE))
    };
    text.lines().any(names_schema) || top_level_schema_and_id(text)
}

/// A top-level `schema = <integer>` and a top-level `id = …`, before the
/// first table header.
fn top_level_schema_and_id(text: &str) -> bool {
    let (mut schema, mut id) = (false, false);
    // Brackets and braces open around the current token: a value of
    // several lines, whose `[` at a line's start is no table header.
    let mut depth = 0usize;
    // Where the current line is: its first token, after the key, after `=`.
    #[derive(PartialEq)]
    enum At {
        LineStart,
        Key(String),
        Equals(String),
        Elsewhere,
    }
    let mut at = At::LineStart;
    for token in toml_parser::Source::new(text).lex() {
        let span = token.span();
        let raw = text.get(span.start()..span.end()).unwrap_or_default();
        let kind = token.kind();
        match kind {
            TokenKind::Whitespace | TokenKind::Comment => continue,
            TokenKind::Newline => {
                if depth == 0 {
                    at = At::LineStart;
                }
                continue;
            }
            TokenKind::Eof => break,
            _ => {}
        }
        if depth == 0 && at == At::LineStart && kind == TokenKind::LeftSquareBracket {
            break; // a table header: the top level is over
        }
        at = match (at, kind) {
            (At::LineStart, TokenKind::Atom) if depth == 0 => At::Key(raw.to_string()),
            (At::LineStart, TokenKind::BasicString | TokenKind::LiteralString) if depth == 0 => {
                At::Key(raw.trim_matches(['"', '\'']).to_string())
            }
            (At::Key(key), TokenKind::Equals) => At::Equals(key),
            (At::Equals(key), _) => {
                schema |= key == "schema" && kind == TokenKind::Atom && raw.parse::<i64>().is_ok();
                id |= key == "id";
                At::Elsewhere
            }
            _ => At::Elsewhere,
        };
        match kind {
            TokenKind::LeftSquareBracket | TokenKind::LeftCurlyBracket => depth += 1,
            TokenKind::RightSquareBracket | TokenKind::RightCurlyBracket => {
                depth = depth.saturating_sub(1);
            }
            _ => {}
        }
        if schema && id {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::declares_format;

    #[test]
    fn strategies_declare_the_format_and_other_toml_files_do_not() {
        for strategy in [
            crate::STARTER,
            "#:schema ./strategy.schema.json\n",
            "id = \"x\"\nschema = 1\n",
            "\"schema\" = 1 # the format\n'id' = \"x\"\n[voice]\nbroken = \n",
            "values = [\n  [\"a\"],\n]\nschema = 1\nid = \"x\"\n",
            "schema = 1\nid = \"x\"\n[[networks]]\nid = \"\n",
        ] {
            assert!(declares_format(strategy), "{strategy:?}");
        }
        for other in [
            "[rules]\ninvisible-character = \"off\"\n",
            "[formatting]\nalign_entries = true\n[schema]\npath = \"x.json\"\n",
            "[package]\nname = \"x\"\nid = 1\nschema = 1\n",
            "schema = \"1\"\nid = \"x\"\n",
            "schema.version = 1\nid = \"x\"\n",
            "id = \"x\"\n[table]\nschema = 1\n",
            "#:schema https://json.schemastore.org/cargo.json\n",
            "",
        ] {
            assert!(!declares_format(other), "{other:?}");
        }
    }
}
