//! Rules of the first two stages: TOML syntax and the JSON Schema. Their
//! findings are produced by `load` and `schema`; these entries give them a
//! code, a name and documentation.

use super::declare_rule;

declare_rule! {
    /// ## What it checks
    /// That the file is UTF-8 and valid TOML: quotes closed, one definition per
    /// key and table, dates that exist (no February 30).
    ///
    /// ## Why it matters
    /// Nothing else can be checked in a file that does not parse, and a
    /// duplicate key means one of two values is silently meant.
    ///
    /// ## Example
    /// ```toml
    /// [[networks]]
    /// id = "x"
    /// id = "x-fr"
    /// ```
    ///
    /// ## Fix
    /// Keep one definition of each key, close every string and bracket, and
    /// save the file as UTF-8.
    pub static TOML_SYNTAX = None;
}

declare_rule! {
    /// ## What it checks
    /// That every key is one the format defines at that place.
    ///
    /// ## Why it matters
    /// An unknown key is almost always a typo: `respone_time` is ignored by
    /// every reader, and the promise it was meant to carry is lost.
    ///
    /// ## Example
    /// ```toml
    /// [[networks]]
    /// respone_time = "1h"
    /// ```
    ///
    /// ## Fix
    /// Use the key the hint suggests (`response_time`), or remove the key.
    pub static UNKNOWN_KEY = None;
}

declare_rule! {
    /// ## What it checks
    /// That every required key is present and every list that needs an entry
    /// has one (at least one network, at least one schedule).
    ///
    /// ## Why it matters
    /// A network without a `response_time`, or a scenario without a
    /// `holding_statement`, leaves the team without an answer when it needs one.
    ///
    /// ## Example
    /// ```toml
    /// [[networks]]
    /// id = "x"
    /// platform = "x"
    /// ```
    ///
    /// ## Fix
    /// Add the missing keys the message names (`handle`, `audience`,
    /// `schedule`, `response_time`).
    pub static MISSING_KEY = None;
}

declare_rule! {
    /// ## What it checks
    /// That each value has the type the format gives it: strings for
    /// durations and times, integers for levels, lists where lists are expected,
    /// integers small enough to mean something.
    ///
    /// ## Why it matters
    /// `response_time = 2` could mean two minutes or two hours; the format asks
    /// for `"2h"` so that nobody has to guess.
    ///
    /// ## Example
    /// ```toml
    /// response_time = 2
    /// ```
    ///
    /// ## Fix
    /// ```toml
    /// response_time = "2h"
    /// ```
    pub static WRONG_TYPE = None;
}

declare_rule! {
    /// ## What it checks
    /// That values from a closed set (platform, playbook kind, voice settings,
    /// measure, review cadence, practice) are one of the allowed words, and that
    /// `language` is a BCP 47 tag.
    ///
    /// ## Why it matters
    /// The guide, the reply-length checks and the calendar all depend on these
    /// words: `platform = "twitter"` has no reply limit the tool knows.
    ///
    /// ## Example
    /// ```toml
    /// platform = "twitter"
    /// ```
    ///
    /// ## Fix
    /// ```toml
    /// platform = "x"
    /// ```
    pub static INVALID_VALUE = None;
}

declare_rule! {
    /// ## What it checks
    /// That numbers are in range: `schema = 1`, crisis levels 1 to 5, month days
    /// 1 to 31, `interval` and `reply_limit` at least 1.
    ///
    /// ## Why it matters
    /// A level 7 or a day 32 cannot be acted on; a newer format version may mean
    /// fields this version of commstrat does not know.
    ///
    /// ## Example
    /// ```toml
    /// [[crisis.levels]]
    /// level = 7
    /// ```
    ///
    /// ## Fix
    /// Use a level from 1 (lowest) to 5.
    pub static OUT_OF_RANGE = None;
}

declare_rule! {
    /// ## What it checks
    /// Any other disagreement between the file and the JSON Schema of the
    /// format (`commstrat schema` prints it), such as a list of networks or
    /// roles that names the same entry twice.
    ///
    /// ## Why it matters
    /// The schema is the contract editors and CI share; a file outside it may
    /// be read differently by each tool. A repeated entry is usually a
    /// copy-paste slip hiding the network that was meant.
    ///
    /// ## Example
    /// ```toml
    /// networks = ["instagram", "instagram"]
    /// ```
    ///
    /// ## Fix
    /// ```toml
    /// networks = ["instagram", "facebook"]
    /// ```
    /// For other cases, follow the message and the description the editor
    /// shows on hover when the file starts with `#:schema ../schemas/strategy.schema.json`.
    pub static SCHEMA_VIOLATION = None;
}

declare_rule! {
    /// ## What it checks
    /// That arrays and tables are not nested absurdly deep (more than 32 levels).
    ///
    /// ## Why it matters
    /// No strategy needs such nesting; refusing it early keeps every later stage
    /// fast and safe on hostile input.
    ///
    /// ## Example
    /// ```toml
    /// values = [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["deep"]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]
    /// ```
    ///
    /// ## Fix
    /// Write the value flat: `values = ["deep"]`.
    pub static NESTING_TOO_DEEP = None;
}

declare_rule! {
    /// ## What it checks
    /// That a strategy file is at most 8 MiB and 500,000 TOML tokens.
    /// Tokens are keys, values, punctuation, spaces, comments and line
    /// ends; a bundled example has about 3,800. A larger file is not read
    /// further: this is its only finding. Also that the playbooks apply to
    /// at most 20,000 (playbook, network) and (reply, network) pairs, each a
    /// deadline worked out and a reply measured: past that, replies are not
    /// measured and nothing is rendered.
    ///
    /// ## Why it matters
    /// The biggest real strategy is a few hundred lines (about 20 KiB). A file
    /// of megabytes is a mistake or an attack on CI, and reading it whole would
    /// cost time and memory for nothing.
    ///
    /// ## Example
    /// A 50 MB export pasted into `strategies/brand.toml`; or 3,000 networks
    /// and 3,000 playbooks that each apply to every network.
    ///
    /// ## Fix
    /// Keep one strategy per file and move generated data out of it.
    pub static FILE_TOO_LARGE = None;
}

declare_rule! {
    /// ## What it checks
    /// That a file has at most 1,000 findings. The first 1,000, in file
    /// order, are reported; this one finding counts the rest, and is an
    /// error when any of them is one.
    ///
    /// ## Why it matters
    /// A file with thousands of findings is not a strategy with mistakes but
    /// the wrong file or a generated one; listing every finding would bury
    /// the first, which are the ones to fix, and cost time and memory.
    ///
    /// ## Example
    /// A list of 20,000 networks that do not exist, each an unknown reference.
    ///
    /// ## Fix
    /// Fix the findings reported and check again, or check that the file is
    /// the strategy you meant.
    pub static TOO_MANY_FINDINGS = None;
}

declare_rule! {
    /// ## What it checks
    /// That every id is a slug: lowercase ASCII letters, digits and dashes,
    /// starting with a letter or digit, at most 63 characters.
    ///
    /// ## Why it matters
    /// Ids become file names, calendar UIDs and anchors in the guide; spaces,
    /// capitals and accents break them on some systems.
    ///
    /// ## Example
    /// ```toml
    /// id = "Support FR"
    /// ```
    ///
    /// ## Fix
    /// ```toml
    /// id = "support-fr"
    /// ```
    pub static INVALID_ID = None;
}

declare_rule! {
    /// ## What it checks
    /// That times are 24-hour `"HH:MM"` from `"00:00"` to `"23:59"`; the end of
    /// a staffed window may also be `"24:00"`.
    ///
    /// ## Why it matters
    /// "9am" or "9:00" reads fine to a person but not to the calendar or the
    /// availability grid, which would silently drop the slot.
    ///
    /// ## Example
    /// ```toml
    /// hours = [{ days = ["mon-fri"], from = "9:00", to = "18:00" }]
    /// ```
    ///
    /// ## Fix
    /// ```toml
    /// hours = [{ days = ["mon-fri"], from = "09:00", to = "18:00" }]
    /// ```
    pub static INVALID_TIME = None;
}

declare_rule! {
    /// ## What it checks
    /// That weekdays are `mon tue wed thu fri sat sun` or an inclusive range
    /// such as `"mon-fri"` or `"sun-thu"`; in a monthly series' `on`, also
    /// `"1st-mon"`…`"4th-sun"` and `"last-fri"`.
    ///
    /// ## Why it matters
    /// A misspelt day silently removes staffed hours or calendar slots.
    ///
    /// ## Example
    /// ```toml
    /// days = ["monday", "tues"]
    /// ```
    ///
    /// ## Fix
    /// ```toml
    /// days = ["mon", "tue"]
    /// ```
    pub static INVALID_WEEKDAY = None;
}

declare_rule! {
    /// ## What it checks
    /// That the file uses no syntax that only TOML 1.1 allows, which
    /// editors reading TOML 1.0 refuse. That syntax is an inline table
    /// (`{ … }`) written over several lines or ending with a comma, the
    /// escapes `\x41` and `\e` in a string, and a time or date-time
    /// without seconds (`09:00`, `2026-05-01T09:00`). commstrat reads
    /// TOML 1.1 and accepts them; this warning says where a TOML 1.0
    /// reader will not.
    ///
    /// ## Why it matters
    /// taplo, the Even Better TOML extension and most TOML libraries read
    /// TOML 1.0. They show such a file as broken, underline everything
    /// after the construct and stop completing keys or showing their
    /// descriptions, although `commstrat check` passes.
    ///
    /// ## Example
    /// ```toml
    /// traits = [{
    ///   is = "friendly",
    ///   is_not = "over-familiar",
    /// }]
    /// ```
    ///
    /// ## Fix
    /// Write the inline table on one line, without the last comma; write
    /// `\u001B` for `\e` and `\u0041` for `\x41`; put times of day in
    /// quotes, as the format asks (`"09:00"`):
    /// ```toml
    /// traits = [{ is = "friendly", is_not = "over-familiar" }]
    /// ```
    pub static TOML_1_0_PORTABILITY = None;
}
