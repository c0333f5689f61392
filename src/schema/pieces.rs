//! Validation in pieces of bounded size.
//!
//! jsonschema gathers every error of a value before it hands out the first,
//! so 100,000 tables that each lack five keys cost half a million errors in
//! memory (about 500 bytes each) even though `check` reports 1,000. A value
//! with more than `PIECE` values below it is therefore validated one level
//! at a time: first on its own, with each child accepted as it is, then each
//! child as a piece of its own, until the caller has enough findings.
//!
//! A file of a few thousand values, as every real strategy is, is one piece:
//! the root validator runs once, as it always did. A test splits the
//! fixtures down to single values and compares the findings.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use jsonschema::{ValidationError, Validator};
use serde_json::Value;

use super::walk::{pick_branch, resolve, schema_json, validator};
use crate::load::escape_token;

/// Values below one node, past which the node is split: twice the values
/// of the biggest example, so every real file is one piece.
pub(super) const PIECE: usize = 4_096;

/// Run the schema on `value`, piece by piece (each piece at most `piece`
/// values), calling `each` with every error and the pointer its
/// `instance_path` is relative to; stop as soon as `each` returns false.
/// Returns the most errors the validator held at once (for the tests).
pub(super) fn errors(
    value: &Value,
    piece: usize,
    each: &mut dyn FnMut(&ValidationError<'_>, &str) -> bool,
) -> usize {
    let root = schema_json();
    let mut pointer = String::new();
    let mut held = 0;
    let mut each = |error: &ValidationError<'_>, at: &str, batch: usize| {
        held = held.max(batch);
        each(error, at)
    };
    walk(root, value, &mut pointer, piece, 0, &mut each);
    held
}

/// Every error of `validator` on `value`, to `each` with `pointer` and the
/// number of errors gathered with it; false once `each` has asked to stop.
fn report(
    validator: &Validator,
    value: &Value,
    pointer: &str,
    each: &mut dyn FnMut(&ValidationError<'_>, &str, usize) -> bool,
) -> bool {
    let errors = validator.iter_errors(value);
    // jsonschema gathers them all before the first: its hint is exact.
    let batch = errors.size_hint().0;
    errors.into_iter().all(|error| each(&error, pointer, batch))
}

/// Returns false once `each` has asked to stop.
fn walk(
    node: &'static Value,
    value: &Value,
    pointer: &mut String,
    piece: usize,
    depth: usize,
    each: &mut dyn FnMut(&ValidationError<'_>, &str, usize) -> bool,
) -> bool {
    // `load` refuses values nested deeper than 32, far below this.
    let split = depth < 64 && more_values_than(value, piece);
    let Some(node_for_split) = split.then(|| shallow_node(node, value)).flatten() else {
        return report(validator_for(node, false), value, pointer, each);
    };
    let (shape, children) = node_for_split;
    if !report(validator_for(shape, true), value, pointer, each) {
        return false;
    }
    let parent = pointer.len();
    let keep_going = match (value, children) {
        (Value::Array(items), Children::Items(schema)) => {
            items.iter().enumerate().all(|(i, item)| {
                pointer.truncate(parent);
                pointer.push_str(&format!("/{i}"));
                walk(schema, item, pointer, piece, depth + 1, each)
            })
        }
        (Value::Object(members), Children::Properties(schemas)) => {
            members.iter().all(|(key, member)| {
                // A key the schema does not know was reported by the
                // shallow pass (every table of the format is closed).
                let Some(schema) = schemas.get(key) else {
                    return true;
                };
                pointer.truncate(parent);
                pointer.push('/');
                pointer.push_str(&escape_token(key));
                walk(schema, member, pointer, piece, depth + 1, each)
            })
        }
        _ => true,
    };
    pointer.truncate(parent);
    keep_going
}

/// Does `value` hold more than `limit` values? Stops counting past it, so
/// the answer costs at most `limit` steps.
fn more_values_than(value: &Value, limit: usize) -> bool {
    let mut stack = vec![value];
    let mut seen = 0usize;
    while let Some(next) = stack.pop() {
        seen += 1;
        if seen > limit {
            return true;
        }
        match next {
            Value::Array(items) => stack.extend(items),
            Value::Object(members) => stack.extend(members.values()),
            _ => {}
        }
    }
    false
}

/// What a split node validates: its own shape, and its children's schemas.
enum Children {
    Items(&'static Value),
    Properties(&'static serde_json::Map<String, Value>),
}

/// The schema node describing `value` (`$ref` followed, the `anyOf` branch
/// of its type taken), and the schemas of its children; `None` for a node
/// with no children to split into.
fn shallow_node(node: &'static Value, value: &Value) -> Option<(&'static Value, Children)> {
    let root = schema_json();
    let node = resolve(root, node)?;
    let node = pick_branch(root, node, value);
    let node = resolve(root, node)?;
    let children = match value {
        Value::Array(_) => Children::Items(node.get("items")?),
        Value::Object(_) => Children::Properties(node.get("properties")?.as_object()?),
        _ => return None,
    };
    Some((node, children))
}

/// The compiled validator of `node`: in full, or (`shallow`) with every
/// child accepted as it is. Compiled once per node and kept for the run
/// (leaked on purpose): the schema has a few hundred nodes, so at most
/// twice that many validators ever exist.
fn validator_for(node: &'static Value, shallow: bool) -> &'static Validator {
    type Cache = Mutex<HashMap<(usize, bool), &'static Validator>>;
    static CACHE: OnceLock<Cache> = OnceLock::new();
    let root = schema_json();
    if std::ptr::eq(node, root) && !shallow {
        return validator();
    }
    let key = (std::ptr::from_ref(node) as usize, shallow);
    // A poisoned lock only means another thread panicked mid-insert; the
    // map itself is still whole.
    let mut cache = CACHE
        .get_or_init(Cache::default)
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    cache.entry(key).or_insert_with(|| {
        let mut schema = node.clone();
        if let Value::Object(fields) = &mut schema {
            if shallow {
                if fields.contains_key("items") {
                    fields.insert("items".into(), Value::Bool(true));
                }
                if let Some(Value::Object(properties)) = fields.get_mut("properties") {
                    for child in properties.values_mut() {
                        *child = Value::Bool(true);
                    }
                }
            }
            // The node's `$ref`s point into the root's `$defs`.
            fields.insert("$defs".into(), root["$defs"].clone());
        }
        // Every node of the embedded schema compiles: a test splits the
        // fixtures down to single values, which compiles each node they use.
        let compiled = jsonschema::options()
            .build(&schema)
            .expect("a node of the embedded schema compiles");
        Box::leak(Box::new(compiled))
    })
}
