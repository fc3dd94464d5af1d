//! `handout serve`: the clinician's web form. Turns the flags and the
//! environment (`LC_PAPER`, `SOURCE_DATE_EPOCH`) into `crate::serve`'s
//! options, prints the address to open, and serves until stopped.

use super::{epoch_from_env, list, paper_from_env};
use crate::cli::{ListFormat, ServeArgs};
use crate::diag::Result;
use crate::serve::{run as serve, Options};
use std::io::Write;
use std::net::{Ipv4Addr, SocketAddr};

/// Starts the server; returns only on an error (a port in use, content
/// that does not load).
pub(super) fn run(args: ServeArgs) -> Result<()> {
    let listen = args
        .listen
        .unwrap_or(SocketAddr::from((Ipv4Addr::LOCALHOST, args.port)));
    let content = args.content.content.clone();
    let topics_json = list::listing(content.as_deref(), ListFormat::Json)?;
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    let opts = Options {
        listen,
        allowed_hosts: args.allowed_hosts,
        content,
        clinic: args.clinic,
        allow_fallback: args.allow_fallback,
        region_paper: paper_from_env(),
        epoch: epoch_from_env()?,
        topics_json,
        workers,
    };
    serve(opts, &mut |addr| {
        let shown = if addr.ip().is_unspecified() {
            format!(
                "http://localhost:{}/ (and this machine's other addresses)",
                addr.port()
            )
        } else {
            format!("http://{addr}/")
        };
        let mut out = std::io::stdout().lock();
        let _ = writeln!(
            out,
            "handout serve: open {shown} in a browser (Ctrl-C stops it)"
        );
        let _ = out.flush();
        if !addr.ip().is_loopback() {
            eprintln!(
                "warning: listening on {addr}: anyone who can reach this address can print \
                 leaflets; put it behind the clinic's reverse proxy and sign-on (see the README)"
            );
        }
    })
}
