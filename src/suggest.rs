//! "Did you mean": the closest known word to a misspelt one.

/// The candidate closest to `word`, when it is close enough to be a typo.
pub(crate) fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let word_lower = word.to_lowercase();
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(&word_lower, &c.to_lowercase()), c))
        .filter(|(score, _)| *score >= 0.8)
        // Highest score wins; ties go to the alphabetically first candidate.
        .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.cmp(a.1)))
        .map(|(_, c)| c)
}

/// The `n` candidates closest to `word`, closest first (ties in name
/// order), however far: for a help that names a few known ids instead of
/// all of them.
pub(crate) fn closest<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
    n: usize,
) -> Vec<&'a str> {
    let word_lower = word.to_lowercase();
    let mut scored: Vec<(f64, &str)> = candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(&word_lower, &c.to_lowercase()), c))
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(b.1)));
    scored.into_iter().take(n).map(|(_, c)| c).collect()
}

#[cfg(test)]
mod tests {
    use super::did_you_mean;

    #[test]
    fn suggests_close_keys_only() {
        let keys = ["schedule", "response_time", "reply_limit", "handle"];
        assert_eq!(did_you_mean("schedul", keys), Some("schedule"));
        assert_eq!(did_you_mean("respnse_time", keys), Some("response_time"));
        assert_eq!(did_you_mean("colour", keys), None);
    }

    #[test]
    fn names_the_closest_few() {
        let ids = [
            "care",
            "sales",
            "legal",
            "lead",
            "community",
            "press",
            "social",
        ];
        assert_eq!(super::closest("leagl", ids, 3), ["legal", "lead", "social"]);
        assert_eq!(super::closest("x", ["b", "a"], 5), ["a", "b"]);
    }
}
