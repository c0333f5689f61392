# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_commstrat_global_optspecs
    string join \n color= h/help V/version
end

function __fish_commstrat_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_commstrat_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_commstrat_using_subcommand
    set -l cmd (__fish_commstrat_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c commstrat -n "__fish_commstrat_needs_command" -l color -d 'When to colour findings: auto (on a terminal, unless NO_COLOR is set; FORCE_COLOR or CLICOLOR_FORCE=1 colour a pipe too), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c commstrat -n "__fish_commstrat_needs_command" -s h -l help -d 'Print help'
complete -c commstrat -n "__fish_commstrat_needs_command" -s V -l version -d 'Print version'
complete -c commstrat -n "__fish_commstrat_needs_command" -f -a "check" -d 'Validate strategy files: TOML syntax, then the JSON Schema, then every rule'
complete -c commstrat -n "__fish_commstrat_needs_command" -f -a "rules" -d 'List every rule with its code, name and default severity'
complete -c commstrat -n "__fish_commstrat_needs_command" -f -a "platforms" -d 'Print the platform registry: every surface\'s limits, how each platform counts, the messaging windows and badges, each fact with its source, date and confidence'
complete -c commstrat -n "__fish_commstrat_needs_command" -f -a "lint" -d 'Check drafts against a strategy: avoided phrases, the surface\'s limits, placeholders left in, the sign-off, the voice\'s person and emoji, a crisis pause'
complete -c commstrat -n "__fish_commstrat_needs_command" -f -a "now" -d 'Who is on duty and what is promised right now, network by network'
complete -c commstrat -n "__fish_commstrat_needs_command" -f -a "due" -d 'When a reply is due: the promise for a kind of message on a network, counted in the network\'s staffed time from the instant it arrived'
complete -c commstrat -n "__fish_commstrat_needs_command" -f -a "drill" -d 'A crisis run sheet: every step of a level (and scenario) at its time'
complete -c commstrat -n "__fish_commstrat_needs_command" -f -a "reply" -d 'A reply ready to paste: a playbook\'s template filled in, the sign-off added; its length against the surface and lint\'s findings on stderr'
complete -c commstrat -n "__fish_commstrat_needs_command" -f -a "lsp" -d 'Serve the language server protocol over standard input and output, for editors'
complete -c commstrat -n "__fish_commstrat_needs_command" -f -a "explain" -d 'Print a rule\'s documentation: what it checks, why it matters, an example and its fix'
complete -c commstrat -n "__fish_commstrat_needs_command" -f -a "diff" -d 'What changed between two versions of a strategy, classified as breaking, additive or wording'
complete -c commstrat -n "__fish_commstrat_needs_command" -f -a "render" -d 'Render documents from a valid strategy'
complete -c commstrat -n "__fish_commstrat_needs_command" -f -a "schema" -d 'Print the JSON Schema that `check` uses (the same bytes as schemas/strategy.schema.json)'
complete -c commstrat -n "__fish_commstrat_needs_command" -f -a "completions" -d 'Print a shell completion script: `commstrat completions bash > /etc/bash_completion.d/commstrat`'
complete -c commstrat -n "__fish_commstrat_needs_command" -f -a "man" -d 'Print a manual page (roff): `commstrat man`, `commstrat man render guide`'
complete -c commstrat -n "__fish_commstrat_needs_command" -f -a "templates" -d 'The built-in templates of the guide and the Markdown calendar'
complete -c commstrat -n "__fish_commstrat_needs_command" -f -a "init" -d 'Write a starter strategy that passes `check`, with its schema for editors'
complete -c commstrat -n "__fish_commstrat_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c commstrat -n "__fish_commstrat_using_subcommand check" -l stdin-filename -d 'The name findings give the text read from standard input (`-`), as editors and formatters that pipe a buffer pass it. Default: <stdin>' -r
complete -c commstrat -n "__fish_commstrat_using_subcommand check" -l format -d 'Output format' -r -f -a "human\t'rustc-style diagnostics with source snippets'
json\t'One JSON document: every finding with its position, and a summary'
sarif\t'SARIF 2.1.0, for GitHub code scanning and other SARIF consumers'
github\t'GitHub Actions workflow commands: annotations on the pull request'
junit\t'JUnit XML: one test case per file, failing when it has errors'"
complete -c commstrat -n "__fish_commstrat_using_subcommand check" -l fail-level -d 'Lowest severity that makes the exit code 1' -r -f -a "warning\t''
error\t''"
complete -c commstrat -n "__fish_commstrat_using_subcommand check" -l base -d 'Compare with each file at this git revision: a changed strategy must bump `version` (major for a weakened promise, minor for an addition)' -r
complete -c commstrat -n "__fish_commstrat_using_subcommand check" -l color -d 'When to colour findings: auto (on a terminal, unless NO_COLOR is set; FORCE_COLOR or CLICOLOR_FORCE=1 colour a pipe too), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c commstrat -n "__fish_commstrat_using_subcommand check" -s q -l quiet -d 'Print the findings without the summary line (human output; the other formats are whole documents and stay as they are)'
complete -c commstrat -n "__fish_commstrat_using_subcommand check" -l silent -d 'Print nothing at all, not even why a run could not be done: the exit code alone says 0 clean, 1 findings, 2 no check made (run again without --silent to see why)'
complete -c commstrat -n "__fish_commstrat_using_subcommand check" -s v -l verbose -d 'Say which TOML files a folder walk skipped because they do not declare the strategy format (on standard error)'
complete -c commstrat -n "__fish_commstrat_using_subcommand check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c commstrat -n "__fish_commstrat_using_subcommand rules" -l format -d 'Output format: a table, or JSON for scripts' -r -f -a "human\t''
json\t''"
complete -c commstrat -n "__fish_commstrat_using_subcommand rules" -l color -d 'When to colour findings: auto (on a terminal, unless NO_COLOR is set; FORCE_COLOR or CLICOLOR_FORCE=1 colour a pipe too), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c commstrat -n "__fish_commstrat_using_subcommand rules" -s h -l help -d 'Print help'
complete -c commstrat -n "__fish_commstrat_using_subcommand platforms" -l format -d 'Output format: a table, or JSON for scripts' -r -f -a "human\t''
json\t''"
complete -c commstrat -n "__fish_commstrat_using_subcommand platforms" -l stale-before -d 'List only the facts checked before DATE (YYYY-MM-DD), to find the ones to check again. The date is given, never read from the clock' -r
complete -c commstrat -n "__fish_commstrat_using_subcommand platforms" -l color -d 'When to colour findings: auto (on a terminal, unless NO_COLOR is set; FORCE_COLOR or CLICOLOR_FORCE=1 colour a pipe too), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c commstrat -n "__fish_commstrat_using_subcommand platforms" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c commstrat -n "__fish_commstrat_using_subcommand lint" -l strategy -d 'The strategy the drafts are held to. Default: `[lint] strategy` in commstrat.toml, or the only strategy under strategies/' -r -F
complete -c commstrat -n "__fish_commstrat_using_subcommand lint" -l network -d 'The network of drafts that do not name theirs (an id of the strategy\'s networks). Default: every network, each with its limits' -r
complete -c commstrat -n "__fish_commstrat_using_subcommand lint" -l surface -d 'The surface of drafts that do not name theirs. Default: that of the --kind playbook\'s replies; else post for CSV, reply for the others' -r -f -a "reply\t'A public reply or comment'
dm\t'A private message'
review\t'A reply to a review'
post\t'A post, a caption or a pinned statement'"
complete -c commstrat -n "__fish_commstrat_using_subcommand lint" -l kind -d 'The kind of message the drafts answer: they are replies, so they need the sign-off, and they go where that kind\'s playbook replies' -r -f -a "welcome\t'Welcoming new followers'
question\t'Questions'
request\t'Requests (orders, bookings, help)'
suggestion\t'Suggestions and ideas'
complaint\t'Complaints'
criticism\t'Public criticism'
praise\t'Praise and thanks'
abuse\t'Abuse, trolling, harassment'
other\t'Anything else'"
complete -c commstrat -n "__fish_commstrat_using_subcommand lint" -l crisis -d 'The crisis level declared now: posts that it pauses are findings' -r
complete -c commstrat -n "__fish_commstrat_using_subcommand lint" -l set -d 'A value for the sign-off\'s variables, for --fix: `--set agent=Sam`' -r
complete -c commstrat -n "__fish_commstrat_using_subcommand lint" -l column -d 'The CSV column that holds the message. Default: message_text (Sprout Social\'s bulk import), else message' -r
complete -c commstrat -n "__fish_commstrat_using_subcommand lint" -l stdin-filename -d 'The name findings give standard input (`-`); its extension says how to read it (.md, .csv). Default: <stdin>, read as text' -r
complete -c commstrat -n "__fish_commstrat_using_subcommand lint" -l format -d 'Output format' -r -f -a "human\t'rustc-style diagnostics with source snippets'
json\t'One JSON document: every finding with its position, and a summary'
sarif\t'SARIF 2.1.0, for GitHub code scanning and other SARIF consumers'
github\t'GitHub Actions workflow commands: annotations on the pull request'
junit\t'JUnit XML: one test case per file, failing when it has errors'"
complete -c commstrat -n "__fish_commstrat_using_subcommand lint" -l fail-level -d 'Lowest severity that makes the exit code 1' -r -f -a "warning\t''
error\t''"
complete -c commstrat -n "__fish_commstrat_using_subcommand lint" -l color -d 'When to colour findings: auto (on a terminal, unless NO_COLOR is set; FORCE_COLOR or CLICOLOR_FORCE=1 colour a pipe too), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c commstrat -n "__fish_commstrat_using_subcommand lint" -l fix -d 'Make the voice\'s substitutions and add the sign-off, in place (each file written whole, atomically), then report what is left. Says what it changed on standard error'
complete -c commstrat -n "__fish_commstrat_using_subcommand lint" -s q -l quiet -d 'Print the findings without the summary line'
complete -c commstrat -n "__fish_commstrat_using_subcommand lint" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c commstrat -n "__fish_commstrat_using_subcommand now" -l at -d 'The instant to answer for, as `due --received` takes it. Default: now, read from the clock' -r
complete -c commstrat -n "__fish_commstrat_using_subcommand now" -l format -d 'Output format: a line per fact, or JSON for scripts' -r -f -a "human\t''
json\t''"
complete -c commstrat -n "__fish_commstrat_using_subcommand now" -l color -d 'When to colour findings: auto (on a terminal, unless NO_COLOR is set; FORCE_COLOR or CLICOLOR_FORCE=1 colour a pipe too), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c commstrat -n "__fish_commstrat_using_subcommand now" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c commstrat -n "__fish_commstrat_using_subcommand due" -l network -d 'The network the message arrived on (an id of the strategy\'s networks)' -r
complete -c commstrat -n "__fish_commstrat_using_subcommand due" -l kind -d 'The kind of message: its playbook\'s `respond_within` is the promise, else the network\'s `response_time`' -r -f -a "welcome\t'Welcoming new followers'
question\t'Questions'
request\t'Requests (orders, bookings, help)'
suggestion\t'Suggestions and ideas'
complaint\t'Complaints'
criticism\t'Public criticism'
praise\t'Praise and thanks'
abuse\t'Abuse, trolling, harassment'
other\t'Anything else'"
complete -c commstrat -n "__fish_commstrat_using_subcommand due" -l received -d 'When it arrived: RFC 3339 (2026-12-04T19:50:00+01:00), or a local date-time with a zone (2026-12-04T19:50[Europe/Paris], or "2026-12-04 19:50 Europe/Paris"). Never read from the clock' -r
complete -c commstrat -n "__fish_commstrat_using_subcommand due" -l format -d 'Output format: the calculation in words, or JSON for scripts' -r -f -a "human\t''
json\t''"
complete -c commstrat -n "__fish_commstrat_using_subcommand due" -l color -d 'When to colour findings: auto (on a terminal, unless NO_COLOR is set; FORCE_COLOR or CLICOLOR_FORCE=1 colour a pipe too), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c commstrat -n "__fish_commstrat_using_subcommand due" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c commstrat -n "__fish_commstrat_using_subcommand drill" -l level -d 'The crisis level declared (its number)' -r
complete -c commstrat -n "__fish_commstrat_using_subcommand drill" -l scenario -d 'The scenario (its id). Default: the level\'s only scenario, if it has one' -r
complete -c commstrat -n "__fish_commstrat_using_subcommand drill" -l start -d 'When the level was declared, as `due --received` takes it. Without it, steps read T+0, T+30m… and the calendar is not read' -r
complete -c commstrat -n "__fish_commstrat_using_subcommand drill" -l for -d 'How far ahead to plan updates and paused posts' -r
complete -c commstrat -n "__fish_commstrat_using_subcommand drill" -l format -d 'Output format: Markdown for a shared document, iCalendar (an event and an alarm per step, for the people on call; needs --start), or JSON' -r -f -a "md\t''
ics\t''
json\t''"
complete -c commstrat -n "__fish_commstrat_using_subcommand drill" -s o -l output -d 'Write to PATH (atomically) instead of standard output' -r -F
complete -c commstrat -n "__fish_commstrat_using_subcommand drill" -l color -d 'When to colour findings: auto (on a terminal, unless NO_COLOR is set; FORCE_COLOR or CLICOLOR_FORCE=1 colour a pipe too), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c commstrat -n "__fish_commstrat_using_subcommand drill" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c commstrat -n "__fish_commstrat_using_subcommand reply" -l playbook -d 'The playbook whose reply to use (its id)' -r
complete -c commstrat -n "__fish_commstrat_using_subcommand reply" -l network -d 'The network it goes to (an id of the strategy\'s networks)' -r
complete -c commstrat -n "__fish_commstrat_using_subcommand reply" -l channel -d 'Where it goes: public, private or review. Default: the first of the playbook\'s replies for the network' -r -f -a "public\t'A public reply under the post or comment'
private\t'A private message'
review\t'A public reply to a review (Google Business Profile)'"
complete -c commstrat -n "__fish_commstrat_using_subcommand reply" -l index -d 'Which of the matching replies, from 1. Default: the first' -r
complete -c commstrat -n "__fish_commstrat_using_subcommand reply" -l set -d 'A value for the template: `--set follower=Alex --set agent=Sam`. brand, network and availability come from the strategy unless set; a variable with no value stays as `{{ name }}`, and lint says so' -r
complete -c commstrat -n "__fish_commstrat_using_subcommand reply" -l color -d 'When to colour findings: auto (on a terminal, unless NO_COLOR is set; FORCE_COLOR or CLICOLOR_FORCE=1 colour a pipe too), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c commstrat -n "__fish_commstrat_using_subcommand reply" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c commstrat -n "__fish_commstrat_using_subcommand lsp" -l color -d 'When to colour findings: auto (on a terminal, unless NO_COLOR is set; FORCE_COLOR or CLICOLOR_FORCE=1 colour a pipe too), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c commstrat -n "__fish_commstrat_using_subcommand lsp" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c commstrat -n "__fish_commstrat_using_subcommand explain" -l color -d 'When to colour findings: auto (on a terminal, unless NO_COLOR is set; FORCE_COLOR or CLICOLOR_FORCE=1 colour a pipe too), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c commstrat -n "__fish_commstrat_using_subcommand explain" -s h -l help -d 'Print help'
complete -c commstrat -n "__fish_commstrat_using_subcommand diff" -l format -d 'Output format: Markdown (for a pull-request comment) or JSON' -r -f -a "md\t''
json\t''"
complete -c commstrat -n "__fish_commstrat_using_subcommand diff" -l color -d 'When to colour findings: auto (on a terminal, unless NO_COLOR is set; FORCE_COLOR or CLICOLOR_FORCE=1 colour a pipe too), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c commstrat -n "__fish_commstrat_using_subcommand diff" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c commstrat -n "__fish_commstrat_using_subcommand render; and not __fish_seen_subcommand_from guide calendar help" -l color -d 'When to colour findings: auto (on a terminal, unless NO_COLOR is set; FORCE_COLOR or CLICOLOR_FORCE=1 colour a pipe too), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c commstrat -n "__fish_commstrat_using_subcommand render; and not __fish_seen_subcommand_from guide calendar help" -s h -l help -d 'Print help'
complete -c commstrat -n "__fish_commstrat_using_subcommand render; and not __fish_seen_subcommand_from guide calendar help" -f -a "guide" -d 'The response guide / handbook, in Markdown, in the strategy\'s language'
complete -c commstrat -n "__fish_commstrat_using_subcommand render; and not __fish_seen_subcommand_from guide calendar help" -f -a "calendar" -d 'The content calendar between two dates: Markdown, iCalendar, CSV or JSON'
complete -c commstrat -n "__fish_commstrat_using_subcommand render; and not __fish_seen_subcommand_from guide calendar help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c commstrat -n "__fish_commstrat_using_subcommand render; and __fish_seen_subcommand_from guide" -s o -l output -d 'Write to this file (with --book: this folder) instead of standard output. The guide\'s pictures go in a folder beside the file, named after it (guide.md: guide-pictures/); printed, the guide has none. Only a regular file, or a path where nothing is, is written: a symbolic link, a device, a FIFO, a folder or the strategy itself is refused (exit 2)' -r -F
complete -c commstrat -n "__fish_commstrat_using_subcommand render; and __fish_seen_subcommand_from guide" -l templates -d 'Folder of minijinja templates overriding the built-in ones by file name' -r -F
complete -c commstrat -n "__fish_commstrat_using_subcommand render; and __fish_seen_subcommand_from guide" -l color -d 'When to colour findings: auto (on a terminal, unless NO_COLOR is set; FORCE_COLOR or CLICOLOR_FORCE=1 colour a pipe too), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c commstrat -n "__fish_commstrat_using_subcommand render; and __fish_seen_subcommand_from guide" -l book -d 'Write an mdBook folder at -o: book.toml, src/SUMMARY.md and one page per part'
complete -c commstrat -n "__fish_commstrat_using_subcommand render; and __fish_seen_subcommand_from guide" -l check -d 'Write nothing: exit 1, naming each file at -o that is not what would be written'
complete -c commstrat -n "__fish_commstrat_using_subcommand render; and __fish_seen_subcommand_from guide" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c commstrat -n "__fish_commstrat_using_subcommand render; and __fish_seen_subcommand_from calendar" -l from -d 'First day (YYYY-MM-DD). Default: today in the strategy\'s zone' -r
complete -c commstrat -n "__fish_commstrat_using_subcommand render; and __fish_seen_subcommand_from calendar" -l to -d 'Last day, inclusive (YYYY-MM-DD)' -r
complete -c commstrat -n "__fish_commstrat_using_subcommand render; and __fish_seen_subcommand_from calendar" -l weeks -d 'Number of weeks from --from. Default: 4' -r
complete -c commstrat -n "__fish_commstrat_using_subcommand render; and __fish_seen_subcommand_from calendar" -l format -d 'Output format' -r -f -a "md\t'Markdown, a table per ISO week, in the strategy\'s language'
ics\t'iCalendar (RFC 5545), one event per occurrence'
csv\t'CSV (RFC 4180) with a header row'
json\t'JSON: the window and the occurrences'"
complete -c commstrat -n "__fish_commstrat_using_subcommand render; and __fish_seen_subcommand_from calendar" -s o -l output -d 'Write to this file instead of standard output (with --csv-profile: this folder). Only a regular file, or a path where nothing is, is written: a symbolic link, a device, a FIFO, a folder or the strategy itself is refused (exit 2)' -r -F
complete -c commstrat -n "__fish_commstrat_using_subcommand render; and __fish_seen_subcommand_from calendar" -l templates -d 'Folder with a calendar.md overriding the built-in Markdown calendar template (`commstrat templates export DIR` writes it)' -r -F
complete -c commstrat -n "__fish_commstrat_using_subcommand render; and __fish_seen_subcommand_from calendar" -l csv-profile -d 'CSV for a scheduling tool\'s bulk import: one file per network in the folder at -o, with a warning for each importer rule the calendar breaks' -r -f -a "sprout\t'Sprout Social bulk scheduling: date, time_24hr, message_text; 350 rows; 10 min apart'"
complete -c commstrat -n "__fish_commstrat_using_subcommand render; and __fish_seen_subcommand_from calendar" -l csv-header -d 'The CSV\'s header row: the column keys (date, local_time, …), or their names in the strategy\'s language for people opening it in a spreadsheet. The cells keep ids either way. Default: keys' -r -f -a "keys\t'date, local_time, zone, utc_instant, network, platform, handle, practice, title, owner, brief'
labels\t'The same columns named in the strategy\'s language'"
complete -c commstrat -n "__fish_commstrat_using_subcommand render; and __fish_seen_subcommand_from calendar" -l alarm -d 'A reminder this long before each post in the iCalendar (a VALARM), e.g. 15m or 1h (with --format ics)' -r
complete -c commstrat -n "__fish_commstrat_using_subcommand render; and __fish_seen_subcommand_from calendar" -l date-order -d 'How the tool reads dates (Sprout follows its import preference)' -r -f -a "mdy\t'mm/dd/yyyy'
dmy\t'dd/mm/yyyy'"
complete -c commstrat -n "__fish_commstrat_using_subcommand render; and __fish_seen_subcommand_from calendar" -l color -d 'When to colour findings: auto (on a terminal, unless NO_COLOR is set; FORCE_COLOR or CLICOLOR_FORCE=1 colour a pipe too), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c commstrat -n "__fish_commstrat_using_subcommand render; and __fish_seen_subcommand_from calendar" -l check -d 'Write nothing: exit 1 if the file at -o is not what would be written'
complete -c commstrat -n "__fish_commstrat_using_subcommand render; and __fish_seen_subcommand_from calendar" -l bom -d 'Start the CSV with a byte-order mark, so that Excel on Windows reads its accents and Arabic as UTF-8 (with --format csv)'
complete -c commstrat -n "__fish_commstrat_using_subcommand render; and __fish_seen_subcommand_from calendar" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c commstrat -n "__fish_commstrat_using_subcommand render; and __fish_seen_subcommand_from help" -f -a "guide" -d 'The response guide / handbook, in Markdown, in the strategy\'s language'
complete -c commstrat -n "__fish_commstrat_using_subcommand render; and __fish_seen_subcommand_from help" -f -a "calendar" -d 'The content calendar between two dates: Markdown, iCalendar, CSV or JSON'
complete -c commstrat -n "__fish_commstrat_using_subcommand render; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c commstrat -n "__fish_commstrat_using_subcommand schema" -l color -d 'When to colour findings: auto (on a terminal, unless NO_COLOR is set; FORCE_COLOR or CLICOLOR_FORCE=1 colour a pipe too), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c commstrat -n "__fish_commstrat_using_subcommand schema" -s h -l help -d 'Print help'
complete -c commstrat -n "__fish_commstrat_using_subcommand completions" -l color -d 'When to colour findings: auto (on a terminal, unless NO_COLOR is set; FORCE_COLOR or CLICOLOR_FORCE=1 colour a pipe too), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c commstrat -n "__fish_commstrat_using_subcommand completions" -s h -l help -d 'Print help'
complete -c commstrat -n "__fish_commstrat_using_subcommand man" -l color -d 'When to colour findings: auto (on a terminal, unless NO_COLOR is set; FORCE_COLOR or CLICOLOR_FORCE=1 colour a pipe too), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c commstrat -n "__fish_commstrat_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c commstrat -n "__fish_commstrat_using_subcommand templates; and not __fish_seen_subcommand_from export help" -l color -d 'When to colour findings: auto (on a terminal, unless NO_COLOR is set; FORCE_COLOR or CLICOLOR_FORCE=1 colour a pipe too), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c commstrat -n "__fish_commstrat_using_subcommand templates; and not __fish_seen_subcommand_from export help" -s h -l help -d 'Print help'
complete -c commstrat -n "__fish_commstrat_using_subcommand templates; and not __fish_seen_subcommand_from export help" -f -a "export" -d 'Write the built-in templates into a folder, to customize them'
complete -c commstrat -n "__fish_commstrat_using_subcommand templates; and not __fish_seen_subcommand_from export help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c commstrat -n "__fish_commstrat_using_subcommand templates; and __fish_seen_subcommand_from export" -l color -d 'When to colour findings: auto (on a terminal, unless NO_COLOR is set; FORCE_COLOR or CLICOLOR_FORCE=1 colour a pipe too), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c commstrat -n "__fish_commstrat_using_subcommand templates; and __fish_seen_subcommand_from export" -l force -d 'Overwrite templates already in the folder'
complete -c commstrat -n "__fish_commstrat_using_subcommand templates; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c commstrat -n "__fish_commstrat_using_subcommand templates; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write the built-in templates into a folder, to customize them'
complete -c commstrat -n "__fish_commstrat_using_subcommand templates; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c commstrat -n "__fish_commstrat_using_subcommand init" -l color -d 'When to colour findings: auto (on a terminal, unless NO_COLOR is set; FORCE_COLOR or CLICOLOR_FORCE=1 colour a pipe too), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c commstrat -n "__fish_commstrat_using_subcommand init" -s h -l help -d 'Print help'
complete -c commstrat -n "__fish_commstrat_using_subcommand help; and not __fish_seen_subcommand_from check rules platforms lint now due drill reply lsp explain diff render schema completions man templates init help" -f -a "check" -d 'Validate strategy files: TOML syntax, then the JSON Schema, then every rule'
complete -c commstrat -n "__fish_commstrat_using_subcommand help; and not __fish_seen_subcommand_from check rules platforms lint now due drill reply lsp explain diff render schema completions man templates init help" -f -a "rules" -d 'List every rule with its code, name and default severity'
complete -c commstrat -n "__fish_commstrat_using_subcommand help; and not __fish_seen_subcommand_from check rules platforms lint now due drill reply lsp explain diff render schema completions man templates init help" -f -a "platforms" -d 'Print the platform registry: every surface\'s limits, how each platform counts, the messaging windows and badges, each fact with its source, date and confidence'
complete -c commstrat -n "__fish_commstrat_using_subcommand help; and not __fish_seen_subcommand_from check rules platforms lint now due drill reply lsp explain diff render schema completions man templates init help" -f -a "lint" -d 'Check drafts against a strategy: avoided phrases, the surface\'s limits, placeholders left in, the sign-off, the voice\'s person and emoji, a crisis pause'
complete -c commstrat -n "__fish_commstrat_using_subcommand help; and not __fish_seen_subcommand_from check rules platforms lint now due drill reply lsp explain diff render schema completions man templates init help" -f -a "now" -d 'Who is on duty and what is promised right now, network by network'
complete -c commstrat -n "__fish_commstrat_using_subcommand help; and not __fish_seen_subcommand_from check rules platforms lint now due drill reply lsp explain diff render schema completions man templates init help" -f -a "due" -d 'When a reply is due: the promise for a kind of message on a network, counted in the network\'s staffed time from the instant it arrived'
complete -c commstrat -n "__fish_commstrat_using_subcommand help; and not __fish_seen_subcommand_from check rules platforms lint now due drill reply lsp explain diff render schema completions man templates init help" -f -a "drill" -d 'A crisis run sheet: every step of a level (and scenario) at its time'
complete -c commstrat -n "__fish_commstrat_using_subcommand help; and not __fish_seen_subcommand_from check rules platforms lint now due drill reply lsp explain diff render schema completions man templates init help" -f -a "reply" -d 'A reply ready to paste: a playbook\'s template filled in, the sign-off added; its length against the surface and lint\'s findings on stderr'
complete -c commstrat -n "__fish_commstrat_using_subcommand help; and not __fish_seen_subcommand_from check rules platforms lint now due drill reply lsp explain diff render schema completions man templates init help" -f -a "lsp" -d 'Serve the language server protocol over standard input and output, for editors'
complete -c commstrat -n "__fish_commstrat_using_subcommand help; and not __fish_seen_subcommand_from check rules platforms lint now due drill reply lsp explain diff render schema completions man templates init help" -f -a "explain" -d 'Print a rule\'s documentation: what it checks, why it matters, an example and its fix'
complete -c commstrat -n "__fish_commstrat_using_subcommand help; and not __fish_seen_subcommand_from check rules platforms lint now due drill reply lsp explain diff render schema completions man templates init help" -f -a "diff" -d 'What changed between two versions of a strategy, classified as breaking, additive or wording'
complete -c commstrat -n "__fish_commstrat_using_subcommand help; and not __fish_seen_subcommand_from check rules platforms lint now due drill reply lsp explain diff render schema completions man templates init help" -f -a "render" -d 'Render documents from a valid strategy'
complete -c commstrat -n "__fish_commstrat_using_subcommand help; and not __fish_seen_subcommand_from check rules platforms lint now due drill reply lsp explain diff render schema completions man templates init help" -f -a "schema" -d 'Print the JSON Schema that `check` uses (the same bytes as schemas/strategy.schema.json)'
complete -c commstrat -n "__fish_commstrat_using_subcommand help; and not __fish_seen_subcommand_from check rules platforms lint now due drill reply lsp explain diff render schema completions man templates init help" -f -a "completions" -d 'Print a shell completion script: `commstrat completions bash > /etc/bash_completion.d/commstrat`'
complete -c commstrat -n "__fish_commstrat_using_subcommand help; and not __fish_seen_subcommand_from check rules platforms lint now due drill reply lsp explain diff render schema completions man templates init help" -f -a "man" -d 'Print a manual page (roff): `commstrat man`, `commstrat man render guide`'
complete -c commstrat -n "__fish_commstrat_using_subcommand help; and not __fish_seen_subcommand_from check rules platforms lint now due drill reply lsp explain diff render schema completions man templates init help" -f -a "templates" -d 'The built-in templates of the guide and the Markdown calendar'
complete -c commstrat -n "__fish_commstrat_using_subcommand help; and not __fish_seen_subcommand_from check rules platforms lint now due drill reply lsp explain diff render schema completions man templates init help" -f -a "init" -d 'Write a starter strategy that passes `check`, with its schema for editors'
complete -c commstrat -n "__fish_commstrat_using_subcommand help; and not __fish_seen_subcommand_from check rules platforms lint now due drill reply lsp explain diff render schema completions man templates init help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c commstrat -n "__fish_commstrat_using_subcommand help; and __fish_seen_subcommand_from render" -f -a "guide" -d 'The response guide / handbook, in Markdown, in the strategy\'s language'
complete -c commstrat -n "__fish_commstrat_using_subcommand help; and __fish_seen_subcommand_from render" -f -a "calendar" -d 'The content calendar between two dates: Markdown, iCalendar, CSV or JSON'
complete -c commstrat -n "__fish_commstrat_using_subcommand help; and __fish_seen_subcommand_from templates" -f -a "export" -d 'Write the built-in templates into a folder, to customize them'
