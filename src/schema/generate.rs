//! The schema written from the model's types with schemars, in the shape
//! editors read best: no nulls, closed sets as enums with descriptions.

use schemars::transform::{Transform, transform_subschemas};
use schemars::{Schema, generate::SchemaSettings};
use serde_json::Value;

use crate::model::Strategy;

/// The schema derived from the model's types, as the committed file should read.
pub fn generate() -> String {
    let mut settings = SchemaSettings::draft2020_12();
    settings.transforms.push(Box::new(NoNull));
    let schema = settings.into_generator().into_root_schema_for::<Strategy>();
    let mut schema = schema.to_value();
    let defs = schema.get("$defs").cloned().unwrap_or_default();
    inline_described_refs(&mut schema, &defs, 0);
    let mut text = serde_json::to_string_pretty(&schema).expect("schema serialises");
    text.push('\n');
    text
}

/// How deep definitions may be inlined into each other; the model's types
/// nest five deep, and none holds itself.
const MAX_INLINE_DEPTH: usize = 16;

/// A property written `{ "$ref": …, "description": … }` becomes the
/// definition's content with the property's own description. Editors that
/// follow `$ref` for hover (taplo, and Even Better TOML through it) replace
/// the node by its target and drop the sibling description, so every key
/// would show its type's generic text ("A slug: …") instead of its own.
/// `$defs` keep every definition, for `items` and for other tools.
fn inline_described_refs(node: &mut Value, defs: &Value, depth: usize) {
    if depth > MAX_INLINE_DEPTH {
        return;
    }
    let Some(obj) = node.as_object_mut() else {
        if let Some(items) = node.as_array_mut() {
            items
                .iter_mut()
                .for_each(|v| inline_described_refs(v, defs, depth));
        }
        return;
    };
    if let Some(Value::Object(properties)) = obj.get_mut("properties") {
        for property in properties.values_mut() {
            let target = property
                .get("$ref")
                .and_then(Value::as_str)
                .and_then(|r| r.strip_prefix("#/$defs/"))
                .and_then(|name| defs.get(name));
            if let (Some(Value::Object(target)), Some(own)) = (target, property.as_object())
                && own.contains_key("description")
            {
                let mut inlined = target.clone();
                for (key, value) in own {
                    if key != "$ref" {
                        inlined.insert(key.clone(), value.clone());
                    }
                }
                *property = Value::Object(inlined);
                inline_described_refs(property, defs, depth + 1);
            }
        }
    }
    for (key, value) in obj.iter_mut() {
        if key != "$defs" || depth == 0 {
            inline_described_refs(value, defs, depth);
        }
    }
}

/// TOML has no null: an optional field is simply absent.
#[derive(Clone)]
struct NoNull;

impl Transform for NoNull {
    fn transform(&mut self, schema: &mut Schema) {
        if let Some(obj) = schema.as_object_mut() {
            // Integer formats (uint8, uint32) are Rust details, not the format's.
            if obj
                .get("format")
                .and_then(Value::as_str)
                .is_some_and(|f| f.contains("int"))
            {
                obj.remove("format");
            }
            // A closed set reads best as an `enum`; each variant's doc comment
            // goes to `enumDescriptions`, which editors show on completion.
            let consts: Option<(Vec<Value>, Vec<Value>)> = obj
                .get("oneOf")
                .and_then(Value::as_array)
                .and_then(|branches| {
                    branches
                        .iter()
                        .map(|b| {
                            Some((
                                b.get("const")?.clone(),
                                b.get("description").cloned().unwrap_or_default(),
                            ))
                        })
                        .collect()
                });
            if let Some((values, descriptions)) = consts {
                obj.remove("oneOf");
                obj.insert("type".into(), "string".into());
                obj.insert("enum".into(), values.into());
                obj.insert("enumDescriptions".into(), descriptions.into());
            }
            if let Some(Value::Array(types)) = obj.get_mut("type") {
                types.retain(|t| t != "null");
                if types.len() == 1 {
                    let only = types[0].clone();
                    obj.insert("type".into(), only);
                }
            }
            for key in ["anyOf", "oneOf"] {
                if let Some(Value::Array(branches)) = obj.get_mut(key) {
                    branches.retain(|b| b.get("type") != Some(&Value::from("null")));
                    if branches.len() == 1 {
                        let Some(Value::Object(only)) = branches.pop() else {
                            continue;
                        };
                        obj.remove(key);
                        for (k, v) in only {
                            obj.entry(k).or_insert(v);
                        }
                    }
                }
            }
        }
        transform_subschemas(self, schema);
    }
}
