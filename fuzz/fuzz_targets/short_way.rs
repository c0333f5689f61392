//! The short way from TOML text to JSON (`load::direct`: toml_parser's
//! events turned into JSON without toml's document tree) against the
//! reference (toml's tree, then the conversion) on arbitrary text: on every
//! input the short way takes, both give the same JSON value and the same
//! located floats and dates.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        assert!(
            commstrat::load::short_way_agrees(text),
            "the short way and toml's tree disagree on {text:?}"
        );
    }
});
