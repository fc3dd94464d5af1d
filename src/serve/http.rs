//! Serve, HTTP: the accept loop (connection limit, header and connection
//! time limits), the routes, and the guard every request passes: its
//! `Host` must be the server's own (against DNS rebinding), a post must
//! come from the server's own page (against cross-site forgery), it must
//! finish in time, and every response carries the safety headers. One log
//! line per request: method, route, status and time; never a query, a
//! body or an unknown path.

use super::form::{self, Action, Field, Problem};
use super::page::{self, PageState};
use super::words::Words;
use super::work::{self, Document};
use super::{Server, CONNECTION_TIME, HEADER_TIME, MAX_CONNECTIONS, REQUEST_TIME};
use axum::body::{Body, Bytes};
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::header::{self, HeaderMap, HeaderName, HeaderValue};
use axum::http::{Method, StatusCode, Uri};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use std::net::IpAddr;
use std::sync::Arc;
use std::time::Instant;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;

/// Accepts connections until the process ends, each served on a task of
/// its own; at most [`MAX_CONNECTIONS`] at once.
pub(super) async fn serve(listener: TcpListener, server: Arc<Server>) {
    let router = routes(server);
    let slots = Arc::new(Semaphore::new(MAX_CONNECTIONS));
    loop {
        let Ok(slot) = slots.clone().acquire_owned().await else {
            return;
        };
        let stream = match listener.accept().await {
            Ok((stream, _)) => stream,
            Err(_) => {
                // Out of file descriptors, say: wait, then go on.
                tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                continue;
            }
        };
        let _ = stream.set_nodelay(true);
        let service = TowerToHyperService::new(router.clone());
        tokio::spawn(async move {
            let connection = hyper::server::conn::http1::Builder::new()
                .timer(TokioTimer::new())
                .header_read_timeout(HEADER_TIME)
                .serve_connection(TokioIo::new(stream), service);
            let _ = tokio::time::timeout(CONNECTION_TIME, connection).await;
            drop(slot);
        });
    }
}

/// The routes, behind the guard.
fn routes(server: Arc<Server>) -> Router {
    Router::new()
        .route("/", get(form_page))
        .route("/leaflet", post(leaflet))
        .route("/api/topics", get(topics))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(DefaultBodyLimit::max(form::MAX_BODY))
        .layer(middleware::from_fn_with_state(server.clone(), guard))
        .with_state(server)
}

/// The routes a log line may name; any other path is logged as `-`.
const ROUTES: [&str; 3] = ["/", "/leaflet", "/api/topics"];

/// Checks the `Host` and the origin, runs the request within its time,
/// adds the safety headers, and logs one line.
async fn guard(State(server): State<Arc<Server>>, req: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = req.method().clone();
    let route = ROUTES
        .iter()
        .find(|r| **r == req.uri().path())
        .copied()
        .unwrap_or("-");
    let response = match refusal(&server, &method, req.headers()) {
        Some(refused) => refused,
        None => match tokio::time::timeout(REQUEST_TIME, next.run(req)).await {
            Ok(response) => response,
            Err(_) => text(
                StatusCode::SERVICE_UNAVAILABLE,
                "The leaflet took too long to make. Try again in a moment.\n",
            ),
        },
    };
    let response = with_safety_headers(response);
    eprintln!(
        "{method} {route} {} {} ms",
        response.status().as_u16(),
        started.elapsed().as_millis()
    );
    response
}

/// Why a request may not be served, if it may not: its `Host` must name
/// this server, and a request that changes something must come from this
/// server's own page.
fn refusal(server: &Server, method: &Method, headers: &HeaderMap) -> Option<Response> {
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    if !host_is_ours(server, &host) {
        return Some(text(
            StatusCode::FORBIDDEN,
            "This server answers only to its own address (the Host header names another).\n\
             Open the address `handout serve` printed; behind a reverse proxy, pass its name \
             with --allowed-host.\n",
        ));
    }
    let safe = matches!(*method, Method::GET | Method::HEAD);
    if !safe && !same_origin(server, headers, &host) {
        return Some(text(
            StatusCode::FORBIDDEN,
            "This form may be sent only from the page this server shows (the request came \
             from another site).\n",
        ));
    }
    None
}

/// Whether a `Host` header (lower case) names this server: an address
/// (never a name a DNS answer could point here) or `localhost`, with the
/// server's port; or one of the names given with `--allowed-host`.
fn host_is_ours(server: &Server, host: &str) -> bool {
    if host.is_empty() {
        return false;
    }
    if server.allowed_hosts.iter().any(|h| h == host) {
        return true;
    }
    let (name, port) = match host.rsplit_once(':') {
        Some((n, p)) if !p.contains(']') => (n, p.parse::<u16>().ok()),
        _ => (host, Some(80)),
    };
    let name = name.trim_start_matches('[').trim_end_matches(']');
    port == Some(server.port) && (name == "localhost" || name.parse::<IpAddr>().is_ok())
}

/// Whether a post comes from this server's own page: the browser says so
/// (`Sec-Fetch-Site: same-origin`), or, from a browser that does not send
/// that, its `Origin` is this server; a client that sends neither (curl, a
/// script) is no browser a site could drive.
fn same_origin(server: &Server, headers: &HeaderMap, host: &str) -> bool {
    let value = |name: &str| {
        headers
            .get(name)
            .map(|v| v.to_str().unwrap_or("?").to_ascii_lowercase())
    };
    if let Some(site) = value("sec-fetch-site") {
        return site == "same-origin";
    }
    match value("origin") {
        None => true,
        Some(origin) => std::iter::once(host)
            .chain(server.allowed_hosts.iter().map(String::as_str))
            .any(|h| origin == format!("http://{h}") || origin == format!("https://{h}")),
    }
}

/// The headers every response carries; pages get the Content-Security-
/// Policy (a PDF does not: Chrome's viewer would not load under it).
fn with_safety_headers(mut response: Response) -> Response {
    let is_pdf = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|t| t.as_bytes().starts_with(b"application/pdf"));
    let has_policy = response
        .headers()
        .contains_key(header::CONTENT_SECURITY_POLICY);
    let h = response.headers_mut();
    let mut set = |name: HeaderName, value: &str| {
        h.insert(
            name,
            HeaderValue::from_str(value).expect("a valid header value"),
        );
    };
    set(header::CACHE_CONTROL, "no-store");
    set(header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    set(header::REFERRER_POLICY, "same-origin");
    set(header::X_FRAME_OPTIONS, "DENY");
    set(
        HeaderName::from_static("cross-origin-opener-policy"),
        "same-origin",
    );
    set(
        HeaderName::from_static("cross-origin-resource-policy"),
        "same-origin",
    );
    if !is_pdf && !has_policy {
        set(
            header::CONTENT_SECURITY_POLICY,
            &page::content_security_policy(),
        );
    }
    response
}

/// A plain-text response.
fn text(status: StatusCode, body: &str) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        body.to_string(),
    )
        .into_response()
}

/// An HTML page.
fn html(status: StatusCode, body: String) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        body,
    )
        .into_response()
}

/// `GET /`: the form; `?topic=ID` picks the topic.
async fn form_page(State(server): State<Arc<Server>>, uri: Uri, headers: HeaderMap) -> Response {
    let topic = uri.query().and_then(|q| {
        form_urlencoded::parse(q.as_bytes())
            .find(|(k, _)| k == "topic")
            .map(|(_, v)| v.into_owned())
    });
    let words = words_for(&server, &headers);
    let mut state = PageState::new(&server, topic.as_deref(), accept_language(&headers));
    state.fill_defaults();
    html(StatusCode::OK, page::render(&server, &words, &state))
}

/// `GET /api/topics`: `handout list --format json`.
async fn topics(State(server): State<Arc<Server>>) -> Response {
    (
        StatusCode::OK,
        [(header::CONTENT_TYPE, "application/json")],
        server.topics_json.clone(),
    )
        .into_response()
}

/// `POST /leaflet`: the document, or the form again with each problem at
/// its field (plain text for a client that does not ask for HTML).
async fn leaflet(
    State(server): State<Arc<Server>>,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    if uri.query().is_some() {
        return text(
            StatusCode::BAD_REQUEST,
            "Send the form's fields in the request body, never in the address: an address \
             is kept in histories and logs.\n",
        );
    }
    let form_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|t| t.to_str().ok())
        .is_some_and(|t| {
            t.to_ascii_lowercase()
                .starts_with("application/x-www-form-urlencoded")
        });
    if !form_type {
        return text(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "Send the form as application/x-www-form-urlencoded (what an HTML form sends).\n",
        );
    }
    let form = match form::parse(&body) {
        Ok(f) => f,
        Err(problems) => {
            return refused(&server, &headers, None, problems, StatusCode::BAD_REQUEST)
        }
    };
    drop(body);
    let choices = match form.choices() {
        Ok(c) => c,
        Err(p) => return refused(&server, &headers, Some(form), p, StatusCode::BAD_REQUEST),
    };
    let mut job = match work::job(&server, &form, &choices) {
        Ok(j) => j,
        Err(p) => return refused(&server, &headers, Some(form), p, StatusCode::BAD_REQUEST),
    };
    // A clinician copy is in the clinician's language: the page's.
    job.clinician_locale = words_for(&server, &headers).lang().to_string();
    let Ok(waiting) = server.waiting.clone().try_acquire_owned() else {
        return text(
            StatusCode::SERVICE_UNAVAILABLE,
            "The server is busy making other leaflets. Try again in a moment.\n",
        );
    };
    let Ok(turn) = server.renders.clone().acquire_owned().await else {
        return text(StatusCode::SERVICE_UNAVAILABLE, "The server is stopping.\n");
    };
    let worker = server.clone();
    let made = tokio::task::spawn_blocking(move || {
        let made = work::make(&worker, &job);
        drop((turn, waiting, job));
        made
    })
    .await;
    match made {
        Ok(Ok(doc)) => document(doc, choices.action),
        Ok(Err(p)) => refused(
            &server,
            &headers,
            Some(form),
            p,
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        Err(_) => refused(
            &server,
            &headers,
            Some(form),
            vec![Problem::new(Field::Form, "serve-error-leaflet")],
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
    }
}

/// A made document: shown by the browser's viewer, or saved.
fn document(doc: Document, action: Action) -> Response {
    let disposition = match action {
        Action::Print => "inline",
        Action::Download => "attachment",
    };
    let mut response = (
        StatusCode::OK,
        [
            (header::CONTENT_TYPE, doc.content_type.to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("{disposition}; filename=\"{}\"", doc.file_name),
            ),
        ],
        Body::from(doc.bytes.clone()),
    )
        .into_response();
    if doc.content_type.starts_with("text/html") {
        // The HTML twin: its own style sheet, allowed by its hash; its
        // pictures are inline data; no script, no form, no frame.
        let policy = page::twin_security_policy(&doc.bytes);
        if let Ok(v) = HeaderValue::from_str(&policy) {
            response
                .headers_mut()
                .insert(header::CONTENT_SECURITY_POLICY, v);
        }
    }
    response
}

/// A refused form: for a browser, the form again, filled in as sent, each
/// problem next to its field; for another client, one line per problem.
fn refused(
    server: &Server,
    headers: &HeaderMap,
    form: Option<form::LeafletForm>,
    problems: Vec<Problem>,
    status: StatusCode,
) -> Response {
    let words = words_for(server, headers);
    let wants_html = headers
        .get(header::ACCEPT)
        .and_then(|a| a.to_str().ok())
        .is_some_and(|a| a.contains("text/html"));
    if wants_html {
        let topic = form.as_ref().map(|f| f.topic.trim().to_string());
        let mut state = PageState::new(server, topic.as_deref(), accept_language(headers));
        match form {
            Some(f) => state.fill_from(f),
            None => state.fill_defaults(),
        }
        state.problems = problems;
        return html(status, page::render(server, &words, &state));
    }
    let mut body = String::new();
    for p in &problems {
        body.push_str(&format!(
            "{}: {}\n",
            p.field.name(),
            page::problem_text(&words, p)
        ));
    }
    text(status, &body)
}

/// Any other path.
async fn not_found() -> Response {
    text(
        StatusCode::NOT_FOUND,
        "There is nothing at this address. The form is at /.\n",
    )
}

/// A known path with the wrong method (`GET /leaflet`, say).
async fn method_not_allowed() -> Response {
    text(
        StatusCode::METHOD_NOT_ALLOWED,
        "This address does not take that method: the form is GET /, a leaflet is POST /leaflet.\n",
    )
}

/// The request's `Accept-Language`, if readable.
fn accept_language(headers: &HeaderMap) -> Option<&str> {
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .filter(|v| v.len() <= 512)
}

/// The page's words for a request.
fn words_for(server: &Server, headers: &HeaderMap) -> Words {
    Words::for_request(server.lib, accept_language(headers))
}
