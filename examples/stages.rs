//! Where `check`'s time goes, on one thread: the wall time of each stage over
//! a folder of strategies already in memory, and with `--rules` the time of
//! each rule. The first line is the floor's parse (toml's document tree);
//! the next is `check`'s way from text to JSON (which mostly skips that
//! tree), and each line after it includes the ones above it: the schema,
//! the model, the rules. The benchmark
//! (`bench/run.sh`) is what speed claims come from; this shows where to look.
//!
//! Usage: cargo run --release --example stages -- FOLDER [--rules]

use std::time::Instant;

use commstrat::rules::{Context, RULES, Rule};
use commstrat::source::Source;

mod common;

/// The allocator `commstrat` itself uses.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Passes over the folder; the median is printed.
const PASSES: usize = 7;

type Stage = fn(&str) -> usize;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(folder) = args.next() else {
        eprintln!("usage: stages FOLDER [--rules]");
        std::process::exit(2);
    };
    let per_rule = args.next().as_deref() == Some("--rules");
    let paths = common::toml_files(&folder);
    let texts: Vec<String> = paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    println!(
        "{} files, one thread, median of {PASSES} passes",
        texts.len()
    );
    if per_rule {
        rules(&texts);
    } else {
        stages(&texts);
    }
}

fn source(text: &str) -> Source {
    Source::new("file.toml", text.to_string())
}

fn stages(texts: &[String]) {
    let stages: [(&str, Stage); 5] = [
        ("floor parse", |t| {
            toml::de::DeTable::parse_recoverable(t).0.get_ref().len()
        }),
        ("to JSON", |t| {
            let s = source(t);
            commstrat::load::parse(&s).map_or(0, |p| p.index.typed().len())
        }),
        ("+ schema", |t| {
            let s = source(t);
            commstrat::load::parse(&s).map_or(0, |mut p| commstrat::schema::validate(&mut p).len())
        }),
        ("+ model", |t| commstrat::load(&source(t)).1.len()),
        ("+ rules", |t| {
            commstrat::check_source(source(t)).diagnostics.len()
        }),
    ];
    let mut times = vec![Vec::new(); stages.len()];
    for _ in 0..PASSES {
        for (i, (_, stage)) in stages.iter().enumerate() {
            let start = Instant::now();
            let found: usize = texts.iter().map(|t| stage(t)).sum();
            std::hint::black_box(found);
            times[i].push(start.elapsed().as_secs_f64() * 1000.0);
        }
    }
    for ((name, _), mut t) in stages.iter().zip(times) {
        println!("{name:12} {:7.1} ms", median(&mut t));
    }
}

/// Each rule timed alone on each file, after the file is loaded.
fn rules(texts: &[String]) {
    let rules: Vec<&Rule> = RULES
        .iter()
        .copied()
        .filter(|r| r.check.is_some())
        .collect();
    let mut times = vec![Vec::new(); rules.len()];
    for _ in 0..PASSES {
        let mut pass = vec![0.0; rules.len()];
        for text in texts {
            let s = source(text);
            let (Some(loaded), _) = commstrat::load(&s) else {
                continue;
            };
            let ctx = Context::new(&loaded.strategy, &loaded.index, &s);
            let mut out = Vec::new();
            for (i, rule) in rules.iter().enumerate() {
                let Some(check) = rule.check else { continue };
                let start = Instant::now();
                check(&ctx, &mut out);
                pass[i] += start.elapsed().as_secs_f64() * 1000.0;
            }
        }
        for (t, p) in times.iter_mut().zip(pass) {
            t.push(p);
        }
    }
    let mut rows: Vec<(&str, f64)> = rules
        .iter()
        .zip(times)
        .map(|(r, mut t)| (r.name, median(&mut t)))
        .collect();
    rows.sort_by(|a, b| b.1.total_cmp(&a.1));
    for (name, ms) in rows {
        println!("{name:30} {ms:6.1} ms");
    }
    println!("(template compilation is counted in the first rule that reads the templates)");
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}
