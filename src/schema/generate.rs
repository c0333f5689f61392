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
    let mut text = serde_json::to_string_pretty(&schema).expect("schema serialises");
    text.push('\n');
    text
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
