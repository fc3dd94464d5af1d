//! The CLI's whole outputs, snapshot-tested with `insta` (STYLE.md: the
//! `--help` text is the flags' documentation; `list` is what a clinician
//! reads): `handout --help` and each subcommand's, and `handout list` in
//! both formats. A change shows as a diff; `cargo insta review` (or
//! `INSTA_UPDATE=always cargo test`, then reading every `.snap` file in
//! `tests/it/snapshots/`) accepts it.

use crate::support::*;

/// `handout ARGS` with a fixed terminal width, asserting exit 0; what it
/// printed on standard output (stderr must be empty).
#[track_caller]
fn stdout_of(args: &[&str]) -> String {
    let r = run(handout().env("COLUMNS", "100").args(args));
    r.assert_ok();
    assert_eq!(r.stderr, "", "nothing on stderr");
    r.stdout_text()
}

#[test]
fn help_of_every_command() {
    for (name, args) in [
        ("help", &["--help"][..]),
        ("help_render", &["render", "--help"]),
        ("help_list", &["list", "--help"]),
        ("help_batch", &["batch", "--help"]),
        ("help_check", &["check", "--help"]),
        ("help_locale", &["locale", "--help"]),
        ("help_locale_new", &["locale", "new", "--help"]),
        ("help_serve", &["serve", "--help"]),
    ] {
        insta::assert_snapshot!(
            name,
            stdout_of(args),
            &format!("handout {}", args.join(" "))
        );
    }
}

#[test]
fn help_lists_every_command() {
    // The snapshots above cover each command the top-level help lists.
    let help = stdout_of(&["--help"]);
    let listed: Vec<&str> = help
        .lines()
        .skip_while(|l| *l != "Commands:")
        .skip(1)
        .take_while(|l| !l.trim().is_empty())
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    assert_eq!(
        listed,
        ["render", "list", "batch", "check", "locale", "serve", "help"]
    );
}

#[test]
fn list_as_text() {
    insta::assert_snapshot!(stdout_of(&["list"]));
}

#[test]
fn list_as_json() {
    insta::assert_snapshot!(stdout_of(&["list", "--format", "json"]));
}
