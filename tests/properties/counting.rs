//! Property 6: each way a platform counts agrees with an independent count
//! of the same text: graphemes with `unicode-segmentation` (UAX #29),
//! UTF-8 bytes with `str::len`, UTF-16 units with `encode_utf16`, Unicode
//! characters with `chars`; and a link counted as 23 replaces exactly its
//! own length.

use proptest::prelude::*;
use unicode_segmentation::UnicodeSegmentation;

use commstrat::platforms::{Unit, measure};

use super::{config, nasty_text};

proptest! {
    #![proptest_config(config(512))]

    #[test]
    fn each_unit_agrees_with_an_independent_count(text in nasty_text(40)) {
        prop_assert_eq!(measure(&text, Unit::Graphemes, None), text.graphemes(true).count());
        prop_assert_eq!(measure(&text, Unit::Utf8Bytes, None), text.len());
        prop_assert_eq!(measure(&text, Unit::Utf16Units, None), text.encode_utf16().count());
        prop_assert_eq!(measure(&text, Unit::Characters, None), text.chars().count());
    }

    #[test]
    fn a_link_counts_its_fixed_length_wherever_it_sits(
        before in nasty_text(12),
        path in "[a-z0-9/._-]{0,40}",
        after in nasty_text(12),
    ) {
        // The link ends at white space, as on the platforms.
        let link = format!("https://example.com/{path}");
        let text = format!("{before} {link} {after}");
        let plain = format!("{before}  {after}");
        prop_assume!(!plain.contains("http"));
        prop_assert_eq!(
            measure(&text, Unit::Characters, Some(23)),
            plain.chars().count() + 23
        );
        prop_assert_eq!(measure(&text, Unit::Links, None), 1);
    }
}
