//! Edge: the command line (clap derive). Each flag's `///` comment is its
//! `--help` text. Parsing only; `cmd` does the work.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Prints patient leaflets that answer the worries keeping patients from
/// 12-step meetings, in the patient's language, with the clinic's details.
#[derive(Debug, Parser)]
#[command(name = "handout", version, about, after_help = AFTER_HELP)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

const AFTER_HELP: &str = "\
Examples:
  handout list
  handout render --topic twelve-step-meetings --locale es \\
      --concern made-to-speak --concern maintenance-medication -o leaflet.pdf

Exit codes: 0 success (warnings allowed), 1 a leaflet failed, 2 usage error.";

/// A topic or concern id on the command line: `[a-z0-9-]+`, so that no
/// `../`, `/` or control character reaches a path or a terminal.
fn id_arg(s: &str) -> Result<String, String> {
    crate::model::Id::new(s).map(|_| s.to_string())
}

/// A language tag on the command line: letters, digits and `-`.
fn tag_arg(s: &str) -> Result<String, String> {
    crate::model::check_language_tag(s).map(|()| s.to_string())
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print one leaflet to a PDF file.
    Render(RenderArgs),
    /// List topics, their concerns, and the locales.
    List(ListArgs),
    /// Print many leaflets from a manifest (YAML or CSV), in parallel.
    Batch(BatchArgs),
    /// Check content and translations: syntax, completeness, variables,
    /// fonts, page fit.
    Check(CheckArgs),
    /// Work on translations.
    #[command(subcommand)]
    Locale(LocaleCommand),
    /// Serve the clinician's web form: tick the worries, pick the language,
    /// print.
    Serve(ServeArgs),
}

/// `handout serve`.
#[derive(Debug, Args)]
#[command(
    after_help = "Open the address it prints in a browser on this computer. It listens on\n\
127.0.0.1 only; --listen serves a clinic network: put it behind the clinic's reverse\n\
proxy and sign-on (README, \"The web form\"). The patient name is sent in the form\n\
only: never in an address, a log line, a file name or a cache. Stop it with Ctrl-C."
)]
pub struct ServeArgs {
    /// Port on 127.0.0.1 (0: any free port).
    #[arg(
        long,
        value_name = "N",
        default_value_t = 8470,
        conflicts_with = "listen"
    )]
    pub port: u16,
    /// Listen on ADDRESS:PORT instead (a clinic network; see the README first).
    #[arg(long, value_name = "ADDR:PORT")]
    pub listen: Option<std::net::SocketAddr>,
    /// Another name the server answers to, as browsers send it in the Host
    /// header (a reverse proxy's `handout.clinic.example`); repeatable.
    #[arg(long = "allowed-host", value_name = "NAME")]
    pub allowed_hosts: Vec<String>,
    /// Clinic profile (YAML) every leaflet gets: name, phone, paper, wording.
    #[arg(long, value_name = "FILE")]
    pub clinic: Option<PathBuf>,
    /// Print messages missing from a locale in en-US, with a warning each.
    #[arg(long)]
    pub allow_fallback: bool,
    /// Content options.
    #[command(flatten)]
    pub content: ContentArgs,
}

/// `handout check`.
#[derive(Debug, Args)]
#[command(
    after_help = "Exit code 1 when any error is found; warnings alone exit 0.\n\
See locales/README.md for what each message means and how to fix it."
)]
pub struct CheckArgs {
    /// Check only this locale (repeatable). Default: every locale.
    #[arg(long = "locale", value_name = "LANG", value_parser = tag_arg)]
    pub locales: Vec<String>,
    /// Output: for people, one line per problem, or JSON.
    #[arg(long, value_enum, default_value = "human")]
    pub format: CheckFormat,
    /// Record the reference text the locales' messages now translate
    /// (their source.lock), after bringing stale translations up to date.
    /// Needs --content and --locale.
    #[arg(long, requires_all = ["content", "locales"])]
    pub accept: bool,
    /// Content options.
    #[command(flatten)]
    pub content: ContentArgs,
}

/// Formats of `check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// Each problem with its line, a caret and a hint, then a table.
    Human,
    /// `path:line:col: severity: message`, one per line.
    Short,
    /// JSON: `locales` (completeness, status, counts) and `diagnostics`.
    Json,
}

/// `handout locale ...`.
#[derive(Debug, Subcommand)]
pub enum LocaleCommand {
    /// Start a translation: locales/LANG/ with every message to translate.
    New(LocaleNewArgs),
}

/// `handout locale new`.
#[derive(Debug, Args)]
pub struct LocaleNewArgs {
    /// The new locale's language tag (BCP 47: fr, pt-BR, zh-Hant...).
    #[arg(value_parser = tag_arg)]
    pub lang: String,
    /// The locale to translate from.
    #[arg(long, value_name = "LANG", default_value = "en-US", value_parser = tag_arg)]
    pub from: String,
    /// The content folder to create it in (default: the current folder).
    #[arg(long, value_name = "DIR")]
    pub content: Option<PathBuf>,
}

/// `handout batch`.
#[derive(Debug, Args)]
#[command(
    after_help = "The manifest is YAML (`defaults:` and `jobs:`) or CSV (header row with any of\n\
topic, locale, concerns, paper, large_print, output, clinic, patient_name, copy; concerns\n\
separated by `;`). A patient name is printed on its leaflet only: never in a file name,\n\
the report or a message.\n\
Output names come from `output` (a pattern: {topic} {locale} {paper} {large} {concerns} {line}),\n\
by default {topic}-{locale}{large}.pdf. A job whose PDF is up to date is skipped.\n\
Exit code 1 if any job failed; the others are still written."
)]
pub struct BatchArgs {
    /// The manifest: a .csv file, or YAML.
    pub manifest: PathBuf,
    /// Folder for the PDFs (created if missing).
    #[arg(long, value_name = "DIR", default_value = ".")]
    pub out_dir: PathBuf,
    /// Worker threads. Default: all cores.
    #[arg(long, value_name = "N")]
    pub jobs: Option<usize>,
    /// Make only slice K of N (job i goes to slice i mod N + 1), to spread a
    /// manifest over machines.
    #[arg(long, value_name = "K/N")]
    pub shard: Option<crate::model::Shard>,
    /// Remake every PDF, even those up to date.
    #[arg(long)]
    pub force: bool,
    /// Write a JSON report of every job (output, pages, bytes, ms, status).
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,
    /// No progress output (the summary and failures are still printed).
    #[arg(long, short)]
    pub quiet: bool,
    /// Clinic profile for jobs that name none.
    #[arg(long, value_name = "FILE")]
    pub clinic: Option<PathBuf>,
    /// Print messages missing from a locale in en-US, with a warning.
    #[arg(long)]
    pub allow_fallback: bool,
    /// Content options.
    #[command(flatten)]
    pub content: ContentArgs,
}

/// Options shared by every command that reads content.
#[derive(Debug, Args, Clone)]
pub struct ContentArgs {
    /// A folder laid out like the built-in content (topics/, locales/<lang>/,
    /// templates/, fonts/); its files replace the built-in ones of the same path.
    #[arg(long, value_name = "DIR")]
    pub content: Option<PathBuf>,
}

/// `handout render`.
#[derive(Debug, Args)]
#[command(
    after_help = "Without --concern, the leaflet answers every concern of the topic.\n\
Paper: --paper, else the clinic profile's, else the region of LC_ALL/LC_PAPER/LANG\n\
(US, CA, MX, PH and a few more: letter; elsewhere A4), never the leaflet's language."
)]
pub struct RenderArgs {
    /// Topic id (see `handout list`).
    #[arg(long, value_name = "ID", value_parser = id_arg)]
    pub topic: String,
    /// The patient's language, a BCP 47 tag (es, es-MX, en-US...).
    #[arg(long, value_name = "LANG", default_value = "en-US", value_parser = tag_arg)]
    pub locale: String,
    /// A worry the patient voiced; repeat for several. Default: all.
    #[arg(long = "concern", value_name = "ID", value_parser = id_arg)]
    pub concerns: Vec<String>,
    /// Clinic profile (YAML): name, phone, address, paper...
    #[arg(long, value_name = "FILE")]
    pub clinic: Option<PathBuf>,
    /// Paper size.
    #[arg(long, value_enum)]
    pub paper: Option<PaperArg>,
    /// Large print: body text 18 pt.
    #[arg(long)]
    pub large_print: bool,
    /// The patient's name, printed under the title ("Prepared for NAME"),
    /// at most 100 characters. It is never written to the PDF's metadata,
    /// the file name or any message.
    #[arg(long, value_name = "NAME")]
    pub patient_name: Option<String>,
    /// Which copy: the patient's leaflet, or the clinician copy (what the
    /// leaflet tells the patient, in --clinician-locale, with a teach-back
    /// question and an MI prompt per concern, and the sources).
    #[arg(long, value_enum, default_value = "patient")]
    pub copy: CopyArg,
    /// The clinician copy's language (a BCP 47 tag).
    #[arg(long, value_name = "LANG", default_value = "en-US", value_parser = tag_arg)]
    pub clinician_locale: String,
    /// Output file, or `-` for standard output. Default: TOPIC-LOCALE.pdf
    /// (TOPIC-LOCALE-clinician.pdf for the clinician copy; .html with
    /// --format html). A name ending in .html writes the HTML twin.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// The printable PDF, or the accessible HTML twin (one self-contained
    /// page). Default: from the output's extension, else pdf.
    #[arg(long, value_enum)]
    pub format: Option<FormatArg>,
    /// What to write: the PDF, or the rendered markup (to debug a template).
    #[arg(long, value_enum, default_value = "pdf")]
    pub emit: Emit,
    /// Print messages missing from the locale in en-US, with a warning each.
    #[arg(long)]
    pub allow_fallback: bool,
    /// Content options.
    #[command(flatten)]
    pub content: ContentArgs,
}

/// `handout list`.
#[derive(Debug, Args)]
pub struct ListArgs {
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    pub format: ListFormat,
    /// Content options.
    #[command(flatten)]
    pub content: ContentArgs,
}

/// Paper sizes on the command line.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum PaperArg {
    /// US Letter.
    Letter,
    /// ISO A4.
    A4,
}

/// Document formats on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// The printable PDF.
    Pdf,
    /// The accessible HTML page.
    Html,
}

/// Which copy `render` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CopyArg {
    /// The patient's leaflet.
    Patient,
    /// The clinician copy.
    Clinician,
}

/// What `render` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Emit {
    /// The PDF leaflet.
    Pdf,
    /// The markup the template produced.
    Markup,
}

/// Formats of `list`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    /// For people.
    Text,
    /// For programs.
    Json,
}
