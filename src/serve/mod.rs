//! Serve: `handout serve`, the clinician's web form. A small HTTP server
//! (axum on hyper and tokio) with one page and one action:
//!
//! - `GET /`: the form (topic, worries, the patient's language, paper,
//!   large print, the optional name), in the clinician's language;
//! - `POST /leaflet`: the document, the same bytes `handout render` makes;
//! - `GET /api/topics`: what `handout list --format json` prints.
//!
//! Safe by default: it listens on loopback unless told otherwise, refuses a
//! `Host` that is not its own (DNS rebinding) and cross-site posts (CSRF),
//! limits bodies, time and concurrency, sends a strict Content-Security-
//! Policy and `Cache-Control: no-store`, loads nothing from elsewhere, and
//! never writes the patient's name anywhere (see `work` for memory).
//!
//! `http` holds the routes and the guards, `page` the HTML, `form` the
//! fields, `work` the jobs and the blocking pool, `words` the page's
//! language.

mod form;
mod http;
mod page;
mod words;
mod work;

use crate::diag::{Diagnostic, Result};
use crate::layout::{Paragraphs, Typesetter};
use crate::leaflet::Library;
use crate::model::{Clinic, Paper};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::Semaphore;

/// The port `handout serve` listens on unless told otherwise.
pub const DEFAULT_PORT: u16 = 8470;

/// Longest a request may take, from its first header byte to its response.
const REQUEST_TIME: Duration = Duration::from_secs(30);

/// Longest a client may take to send a request's headers.
const HEADER_TIME: Duration = Duration::from_secs(10);

/// Longest one connection stays open (a browser opens another).
const CONNECTION_TIME: Duration = Duration::from_secs(300);

/// Connections served at once; more wait to be accepted.
const MAX_CONNECTIONS: usize = 256;

/// Leaflets waiting for a typesetting thread, beyond which a request is
/// told the server is busy (503).
const MAX_WAITING: usize = 128;

/// What `handout serve` was asked for, as plain values (the command line
/// and the environment are read by `cmd`).
#[derive(Debug, Clone)]
pub struct Options {
    /// The address to listen on (`127.0.0.1:8470` unless told otherwise).
    pub listen: SocketAddr,
    /// Extra names the server answers to (a reverse proxy's), as a `Host`
    /// header spells them: `handout.clinic.example` or `name:port`.
    pub allowed_hosts: Vec<String>,
    /// A content folder over the built-in content.
    pub content: Option<PathBuf>,
    /// The clinic profile every leaflet gets.
    pub clinic: Option<PathBuf>,
    /// Print messages a locale lacks in the reference locale.
    pub allow_fallback: bool,
    /// The paper of the server's own region (`LC_PAPER`), the last default
    /// before A4.
    pub region_paper: Option<Paper>,
    /// The PDF creation time (`SOURCE_DATE_EPOCH`).
    pub epoch: Option<i64>,
    /// The body of `GET /api/topics` (`handout list --format json`).
    pub topics_json: String,
    /// Leaflets typeset at once (default: the number of cores).
    pub workers: usize,
}

/// The running server's shared state.
pub(crate) struct Server {
    lib: &'static Library,
    clinic: Option<Clinic>,
    region_paper: Option<Paper>,
    epoch: Option<i64>,
    allow_fallback: bool,
    topics_json: String,
    /// Port and extra names the `Host` header may carry.
    port: u16,
    allowed_hosts: Vec<String>,
    /// Typesetters for leaflets without a patient name, with their caches.
    typesetters: Mutex<Vec<Typesetter<'static>>>,
    paragraphs: Arc<Paragraphs>,
    /// One permit per typesetting thread.
    renders: Arc<Semaphore>,
    /// One permit per leaflet waiting or being made.
    waiting: Arc<Semaphore>,
}

impl Server {
    /// A typesetter from the pool (a new one when all are in use).
    fn typesetter(&self) -> Typesetter<'static> {
        let pooled = self
            .typesetters
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .pop();
        pooled.unwrap_or_else(|| Typesetter::sharing(&self.lib.fonts, self.paragraphs.clone()))
    }

    /// Puts a typesetter back into the pool.
    fn give_back(&self, ts: Typesetter<'static>) {
        self.typesetters
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(ts);
    }
}

/// Loads the content, binds the address, calls `ready` with the address
/// it listens on (port 0 picks a free one), and serves until the process
/// is stopped. Errors: content that does not load, a clinic profile with
/// mistakes, an address that cannot be bound.
pub fn run(opts: Options, ready: &mut dyn FnMut(SocketAddr)) -> Result<()> {
    // The library lives as long as the process: typesetters borrow its fonts.
    let lib: &'static Library = Box::leak(Box::new(Library::open(opts.content.as_deref())?));
    let clinic = opts.clinic.as_deref().map(|p| lib.clinic(p)).transpose()?;
    // The page's fallback language must load; say so now, not per request.
    lib.localizer(crate::l10n::REFERENCE_LOCALE, true)?;
    let workers = opts.workers.max(1);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .max_blocking_threads(workers + 2)
        .enable_all()
        .build()
        .map_err(|e| Diagnostic::error(format!("cannot start the server's threads: {e}")))?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(opts.listen)
            .await
            .map_err(|e| bind_error(opts.listen, &e))?;
        let addr = listener
            .local_addr()
            .map_err(|e| Diagnostic::error(format!("cannot read the server's address: {e}")))?;
        let server = Arc::new(Server {
            lib,
            clinic,
            region_paper: opts.region_paper,
            epoch: opts.epoch,
            allow_fallback: opts.allow_fallback,
            topics_json: opts.topics_json,
            port: addr.port(),
            allowed_hosts: opts
                .allowed_hosts
                .iter()
                .map(|h| h.to_ascii_lowercase())
                .collect(),
            typesetters: Mutex::new(Vec::new()),
            paragraphs: Arc::default(),
            renders: Arc::new(Semaphore::new(workers)),
            waiting: Arc::new(Semaphore::new(MAX_WAITING)),
        });
        ready(addr);
        http::serve(listener, server).await;
        Ok(())
    })
}

/// Why an address could not be bound, with what to do.
fn bind_error(addr: SocketAddr, e: &std::io::Error) -> crate::diag::Diagnostics {
    let hint = match e.kind() {
        std::io::ErrorKind::AddrInUse => format!(
            "another program uses port {}; pass --port N (--port 0 picks a free one)",
            addr.port()
        ),
        std::io::ErrorKind::PermissionDenied => {
            "ports below 1024 need privileges; pick a port above 1024".to_string()
        }
        _ => "check the address: --listen takes ADDRESS:PORT of this machine".to_string(),
    };
    Diagnostic::error(format!("cannot listen on {addr}: {e}"))
        .hint(hint)
        .into()
}
