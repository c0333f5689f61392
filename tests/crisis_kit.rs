//! The crisis kit on the crisis page: each level's update statement tied to
//! its rhythm, all-clear criteria and closing statement; each escalation
//! step's channel and time limit; the debrief after the crisis.

use crate::support::{render_guide, root};

fn crisis_page(dir: &std::path::Path, file: &str) -> String {
    let run = render_guide(dir, &[file]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let start = run.stdout.find("## Crisis manual").expect("a crisis page");
    let end = run.stdout[start..]
        .find("\n## ")
        .map_or(run.stdout.len(), |e| start + e);
    run.stdout[start..end].to_string()
}

#[test]
fn levels_carry_their_statements_and_all_clear() {
    let page = crisis_page(&root(), "strategies/northwind-outdoor.toml");
    let level = &page[page.find("#### Level 2: Alert").expect("level 2")..];
    let level = &level[..level.find("#### Level 3").expect("level 3")];
    let want = "**Public update, every 4 hours**\n\n> Update: we're still working on it. \
        Here is what we know now, and what it means for you. Next update at \
        `[time of next update]`.\n\n**It is over when**\n\n- The cause is fixed and \
        confirmed by the team that owns it\n- No new report for 12 hours\n- Everyone \
        affected has had a private answer\n\n**Closing statement**\n\n> It's fixed.";
    assert!(level.contains(want), "{level}");
    // A level with none of them shows none of their headings.
    let watch = &page[page.find("#### Level 1: Watch").expect("level 1")..];
    let watch = &watch[..watch.find("#### Level 2").expect("level 2")];
    for heading in [
        "**Public update,",
        "**Public update**",
        "**It is over when**",
        "**Closing statement**",
    ] {
        assert!(!watch.contains(heading), "{watch}");
    }
}

#[test]
fn escalation_steps_say_how_and_how_fast_and_the_crisis_ends_with_a_debrief() {
    let page = crisis_page(&root(), "strategies/northwind-outdoor.toml");
    assert!(
        page.contains(
            "- **T+0** · Via: phone call · answer within 15 minutes, or call their backup\n  - Product quality"
        ),
        "{page}"
    );
    // A step with a channel and no time limit says only the channel.
    assert!(page.contains("- **T+4 hours** · Via: email\n"), "{page}");
    assert!(
        page.contains(
            "### After the crisis: debrief\n\n1. Within a week: walk through the timeline"
        ),
        "{page}"
    );
}

/// An update statement without a rhythm is shown without one; a strategy
/// without a debrief has no debrief heading.
#[test]
fn an_update_without_a_rhythm_says_none() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = commstrat::STARTER.replace(
        "description = \"Unusual negative comments\"\nrespond_within = \"2h\"\n",
        "description = \"Unusual negative comments\"\nrespond_within = \"2h\"\n\
         update_template = \"We're looking into it.\"\n",
    );
    std::fs::write(dir.path().join("s.toml"), text).expect("write");
    let page = crisis_page(dir.path(), "s.toml");
    assert!(
        page.contains("**Public update**\n\n> We're looking into it.\n"),
        "{page}"
    );
    assert!(!page.contains("debrief"), "{page}");
}
