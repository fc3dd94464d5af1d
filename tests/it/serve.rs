//! `handout serve` as a clinician's browser uses it: the real binary on a
//! free port (the address read from what it prints), spoken to over HTTP
//! with a small client of our own. The form lists the worries by their
//! visible labels, a post returns the PDF `handout render` makes for the
//! same inputs, byte for byte; a foreign `Host` or a cross-site post is
//! refused; nothing is cached; a planted patient name appears in no output
//! of the server. The last test drives headless Chromium (tests/browser/)
//! and skips, saying so, where Chromium or the npm packages are missing.

use crate::support::*;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// A running `handout serve`, stopped when dropped.
struct Served {
    child: Child,
    /// `127.0.0.1:PORT`.
    addr: String,
    stdout: Arc<Mutex<String>>,
    stderr: Arc<Mutex<String>>,
}

/// Collects what a pipe prints, in a thread.
fn collect(pipe: impl Read + Send + 'static, into: Arc<Mutex<String>>) {
    std::thread::spawn(move || {
        let mut reader = BufReader::new(pipe);
        let mut line = String::new();
        while reader.read_line(&mut line).is_ok_and(|n| n > 0) {
            into.lock().unwrap().push_str(&line);
            line.clear();
        }
    });
}

impl Served {
    /// `handout serve --port 0 ARGS`, once it has printed its address.
    fn start(args: &[&str]) -> Served {
        let mut cmd = handout();
        cmd.lang_only(None)
            .args(["serve", "--port", "0"])
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = cmd.spawn().expect("start handout serve");
        let mut out = BufReader::new(child.stdout.take().expect("stdout"));
        let mut first = String::new();
        out.read_line(&mut first).expect("the address line");
        let addr = first
            .split_whitespace()
            .find_map(|w| w.strip_prefix("http://"))
            .unwrap_or_else(|| panic!("no address in `{first}`"))
            .trim_end_matches('/')
            .to_string();
        let stdout = Arc::new(Mutex::new(first));
        let stderr = Arc::new(Mutex::new(String::new()));
        collect(out, stdout.clone());
        collect(child.stderr.take().expect("stderr"), stderr.clone());
        Served {
            child,
            addr,
            stdout,
            stderr,
        }
    }

    /// Sends `head` (request line and headers, without the final blank
    /// line) with `body`; `Host` is added unless `head` has one.
    fn send(&self, head: &str, body: &[u8]) -> Reply {
        let mut req = head.trim_end().to_string();
        if !head.to_ascii_lowercase().contains("\nhost:") {
            req.push_str(&format!("\r\nHost: {}", self.addr));
        }
        req.push_str(&format!(
            "\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
            body.len()
        ));
        let mut s = TcpStream::connect(&self.addr).expect("connect");
        s.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
        s.write_all(req.as_bytes()).unwrap();
        s.write_all(body).unwrap();
        let mut raw = Vec::new();
        s.read_to_end(&mut raw).expect("read the response");
        Reply::parse(&raw)
    }

    fn get(&self, path: &str, headers: &str) -> Reply {
        self.send(&format!("GET {path} HTTP/1.1\r\n{headers}"), b"")
    }

    /// A form post to `/leaflet`.
    fn post(&self, body: &str, headers: &str) -> Reply {
        self.send(
            &format!(
                "POST /leaflet HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\n{headers}"
            ),
            body.as_bytes(),
        )
    }

    /// Stops the server; what it printed on stdout and stderr.
    fn stop(mut self) -> (String, String) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        // The collecting threads see the pipes close.
        std::thread::sleep(Duration::from_millis(200));
        let out = self.stdout.lock().unwrap().clone();
        let err = self.stderr.lock().unwrap().clone();
        (out, err)
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// An HTTP response.
struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Reply {
    fn parse(raw: &[u8]) -> Reply {
        let split = raw
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .expect("a response head");
        let head = String::from_utf8_lossy(&raw[..split]).into_owned();
        let mut lines = head.split("\r\n");
        let status = lines
            .next()
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|s| s.parse().ok())
            .expect("a status line");
        let headers = lines
            .filter_map(|l| l.split_once(':'))
            .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
            .collect();
        Reply {
            status,
            headers,
            body: raw[split + 4..].to_vec(),
        }
    }

    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// A form body from fields, percent-encoded.
fn form(fields: &[(&str, &str)]) -> String {
    fields
        .iter()
        .map(|(k, v)| format!("{k}={}", encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

fn encode(v: &str) -> String {
    let mut out = String::new();
    for b in v.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else if b == b' ' {
            out.push('+');
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The concerns of the twelve-step topic, in order, with their worry and
/// answer message ids.
fn concerns() -> Vec<(String, String, String)> {
    let topic = topic_yaml(TSM);
    topic["concerns"]
        .as_sequence()
        .expect("concerns")
        .iter()
        .map(|c| {
            (
                c["id"].as_str().unwrap().to_string(),
                c["worry"].as_str().unwrap().to_string(),
                c["answer"][0].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// The first sentence of a message, as the PDF's text gives it back.
fn first_sentence(text: &str) -> String {
    let end = text.find(". ").map_or(text.len(), |i| i + 1);
    words(&text[..end])
}

/// Asserts that a Spanish twelve-step leaflet answers exactly `chosen`.
#[track_caller]
fn assert_answers_exactly(pdf: &[u8], chosen: &[&str]) {
    let doc = lopdf::Document::load_mem(pdf).expect("a PDF");
    let text = words(&extracted_text(&doc)).replace("- ", "-");
    let es = ftl("locales/es/twelve-step-meetings.ftl");
    for (id, worry, answer) in concerns() {
        let sentence = first_sentence(msg(&es, &answer));
        // The worry, in the patient's words, is printed only in its box (an
        // answer's first sentence may also be a key point: "Meetings are
        // free.").
        let worry = words(msg(&es, &worry));
        if chosen.contains(&id.as_str()) {
            assert_contains(&text, &sentence, &format!("the answer to `{id}`"));
            assert_contains(&text, &worry, &format!("the worry `{id}`"));
        } else {
            assert_not_contains(&text, &worry, &format!("the worry `{id}`"));
        }
    }
}

/// `handout render ARGS -o -` (environment as the server's: no locale).
fn rendered(args: &[&str]) -> Vec<u8> {
    let out = handout()
        .lang_only(None)
        .arg("render")
        .args(args)
        .args(["-o", "-"])
        .output()
        .expect("run render");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

#[test]
fn the_form_lists_every_worry_by_its_visible_label_in_the_clinicians_language() {
    let server = Served::start(&[]);
    for (accept, lang, file) in [
        (
            "en-US,en;q=0.9",
            "en-US",
            "locales/en-US/twelve-step-meetings.ftl",
        ),
        (
            "es-MX,es;q=0.9,en;q=0.5",
            "es",
            "locales/es/twelve-step-meetings.ftl",
        ),
    ] {
        let r = server.get("/", &format!("Accept-Language: {accept}"));
        assert_eq!(r.status, 200);
        let page = r.text();
        assert!(
            page.contains(&format!("<html lang=\"{lang}\"")),
            "page language {lang}"
        );
        let messages = ftl(file);
        for (id, worry, _) in concerns() {
            let label = format!(
                "<input type=\"checkbox\" id=\"c-{id}\" name=\"concern\" value=\"{id}\"><label for=\"c-{id}\">{}</label>",
                msg(&messages, &worry)
            );
            assert!(
                page.contains(&label),
                "{lang}: no checkbox labelled {label}"
            );
        }
        // The patient's language, by its own name and script.
        for name in ["Español", "العربية", "简体中文", "English (United States)"] {
            assert!(
                page.contains(&format!(">{name}</option>")),
                "{lang}: option {name}"
            );
        }
        assert!(page.contains("<option value=\"ar\" lang=\"ar\" dir=\"rtl\""));
    }
    // Paper: the browser's region (Mexico and the US print on Letter).
    let mx = server.get("/", "Accept-Language: es-MX").text();
    assert!(mx.contains("value=\"letter\" checked"), "Letter for es-MX");
    let es = server.get("/", "Accept-Language: es-ES").text();
    assert!(es.contains("value=\"a4\" checked"), "A4 for es-ES");
    // The topic without worries says so.
    let fm = server.get("/?topic=first-meeting", "").text();
    assert!(fm.contains("This leaflet has no worries to choose"));
    assert!(!fm.contains("type=\"checkbox\" id=\"c-"));
}

#[test]
fn a_posted_leaflet_is_the_rendered_leaflet_byte_for_byte() {
    let server = Served::start(&[]);
    let r = server.post(
        &form(&[
            ("topic", TSM),
            ("locale", "es"),
            ("concern", "made-to-speak"),
            ("concern", "maintenance-medication"),
            ("paper", "letter"),
            ("large_print", ""),
            ("patient_name", "Ana"),
            ("copy", "patient"),
            ("format", "pdf"),
        ]),
        "",
    );
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.header("content-type"), Some("application/pdf"));
    assert_eq!(
        r.header("content-disposition"),
        Some("inline; filename=\"twelve-step-meetings-es.pdf\"")
    );
    let alone = rendered(&[
        "--topic",
        TSM,
        "--locale",
        "es",
        "--concern",
        "made-to-speak",
        "--concern",
        "maintenance-medication",
        "--paper",
        "letter",
        "--patient-name",
        "Ana",
    ]);
    assert!(
        r.body == alone,
        "the served PDF differs from `handout render`'s"
    );
    assert_answers_exactly(&r.body, &["made-to-speak", "maintenance-medication"]);

    // Large print, A4, no name, downloaded: the same as render too.
    let r = server.post(
        "topic=first-meeting&locale=zh-Hans&paper=a4&large_print=yes&action=download",
        "",
    );
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(
        r.header("content-disposition"),
        Some("attachment; filename=\"first-meeting-zh-Hans-large.pdf\"")
    );
    let alone = rendered(&[
        "--topic",
        FM,
        "--locale",
        "zh-Hans",
        "--paper",
        "a4",
        "--large-print",
    ]);
    assert!(
        r.body == alone,
        "the large-print PDF differs from `handout render`'s"
    );
}

#[test]
fn api_topics_is_what_list_prints_as_json() {
    let server = Served::start(&[]);
    let r = server.get("/api/topics", "");
    assert_eq!(r.status, 200);
    assert_eq!(r.header("content-type"), Some("application/json"));
    let listed = run(handout().args(["list", "--format", "json"]));
    listed.assert_ok();
    assert_eq!(r.text(), listed.stdout_text());
}

#[test]
fn a_foreign_host_and_a_cross_site_post_are_refused() {
    let server = Served::start(&[]);
    let port = server.addr.rsplit(':').next().unwrap().to_string();
    // DNS rebinding: a name that resolves here is still not this server.
    for host in [
        "evil.example",
        &format!("evil.example:{port}"),
        "127.0.0.1:1",
    ] {
        let r = server.get("/", &format!("Host: {host}"));
        assert_eq!(r.status, 403, "Host {host}");
        assert!(r.text().contains("answers only to its own address"));
    }
    for host in [format!("localhost:{port}"), server.addr.clone()] {
        assert_eq!(
            server.get("/", &format!("Host: {host}")).status,
            200,
            "Host {host}"
        );
    }
    let body = "topic=first-meeting";
    // Cross-site form posts, as browsers label them.
    for headers in [
        "Sec-Fetch-Site: cross-site\r\nOrigin: http://evil.example",
        "Sec-Fetch-Site: same-site",
        "Origin: http://evil.example",
        "Origin: null",
    ] {
        let r = server.post(body, headers);
        assert_eq!(r.status, 403, "{headers}");
        assert!(r.text().contains("only from the page this server shows"));
    }
    let own = format!("Origin: http://{}", server.addr);
    for headers in ["Sec-Fetch-Site: same-origin", own.as_str(), ""] {
        assert_eq!(server.post(body, headers).status, 200, "{headers}");
    }
}

#[test]
fn every_response_says_no_store_and_pages_carry_a_strict_policy() {
    let server = Served::start(&[]);
    let replies = [
        server.get("/", ""),
        server.get("/api/topics", ""),
        server.get("/nowhere", ""),
        server.post("topic=first-meeting", ""),
        server.post("topic=nothing-here", "Accept: text/html"),
        server.get("/", "Host: evil.example"),
    ];
    for r in &replies {
        assert_eq!(
            r.header("cache-control"),
            Some("no-store"),
            "status {}",
            r.status
        );
        assert_eq!(r.header("x-content-type-options"), Some("nosniff"));
        assert_eq!(r.header("x-frame-options"), Some("DENY"));
    }
    let csp = replies[0].header("content-security-policy").expect("a CSP");
    assert!(
        csp.starts_with("default-src 'none'; style-src 'sha256-"),
        "{csp}"
    );
    for part in [
        "form-action 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
    ] {
        assert!(csp.contains(part), "{csp}");
    }
    // Nothing is loaded from anywhere: no script, no outside address.
    let page = replies[0].text();
    assert!(!page.contains("<script"));
    assert!(!page.contains("src="));
    assert!(!page.contains("http://") && !page.contains("https://"));
}

/// The clinician copy (in the page's language) and the HTML twin, as the
/// form offers them: the same bytes as `handout render` makes.
#[test]
fn the_clinician_copy_and_the_html_twin_are_the_rendered_ones() {
    let server = Served::start(&[]);
    let base = [
        ("topic", TSM),
        ("locale", "ar"),
        ("concern", "religion"),
        ("paper", "a4"),
    ];
    let args = [
        "--topic",
        TSM,
        "--locale",
        "ar",
        "--concern",
        "religion",
        "--paper",
        "a4",
    ];
    let mut clinician = base.to_vec();
    clinician.push(("copy", "clinician"));
    let r = server.post(&form(&clinician), "Accept-Language: es");
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.header("content-type"), Some("application/pdf"));
    assert_eq!(
        r.header("content-disposition"),
        Some("inline; filename=\"twelve-step-meetings-ar-clinician.pdf\"")
    );
    let mut render = args.to_vec();
    render.extend(["--copy", "clinician", "--clinician-locale", "es"]);
    assert!(
        r.body == rendered(&render),
        "the served clinician copy differs"
    );

    let mut twin = base.to_vec();
    twin.push(("format", "html"));
    let r = server.post(&form(&twin), "");
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.header("content-type"), Some("text/html; charset=utf-8"));
    let policy = r.header("content-security-policy").expect("a policy");
    assert!(
        policy.starts_with("default-src 'none'; style-src 'sha256-"),
        "{policy}"
    );
    let mut render = args.to_vec();
    render.extend(["--format", "html"]);
    assert!(r.body == rendered(&render), "the served HTML twin differs");
}

#[test]
fn bad_input_gets_a_4xx_in_words_next_to_its_field() {
    let server = Served::start(&[]);
    let html = "Accept: text/html\r\nAccept-Language: en-US";
    // A copy or a format there is not is refused at its field.
    let r = server.post("topic=first-meeting&copy=nurse&format=docx", "");
    assert_eq!(r.status, 400);
    assert_eq!(
        r.text(),
        "copy: This copy cannot be made. Copies: \u{2068}patient, clinician\u{2069}.\n\
         format: This format cannot be made. Formats: \u{2068}pdf, html\u{2069}.\n"
            .replace(['\u{2068}', '\u{2069}'], "")
    );
    // Each mistake, with the words that point at the field.
    for (body, status, field, says) in [
        ("topic=no-such-topic", 400, "topic", "There is no such leaflet"),
        (
            "topic=twelve-step-meetings&concern=flying",
            400,
            "concern",
            "This leaflet has no worry “flying”",
        ),
        (
            "topic=twelve-step-meetings&locale=es-MX",
            400,
            "locale",
            "is printed from the translation “es”",
        ),
        ("topic=first-meeting&locale=fr", 400, "locale", "There is no translation in this language"),
        ("topic=first-meeting&paper=legal", 400, "paper", "Choose Letter or A4"),
        ("topic=first-meeting&colour=red", 400, "form", "a field this server does not know"),
        (
            "topic=first-meeting&patient_name=%F0%9F%98%80",
            400,
            "patient_name",
            "This name cannot be printed. No bundled font can draw character 1 of the patient name (U+1F600)",
        ),
    ] {
        let r = server.post(body, "");
        assert_eq!(r.status, status, "{body}: {}", r.text());
        assert!(
            r.text().starts_with(&format!("{field}: ")) && r.text().contains(says),
            "{body}: {}",
            r.text()
        );
        // A browser gets the form back, the problem next to the field.
        let page = server.post(body, html);
        assert_eq!(page.status, status);
        let page = page.text();
        assert!(page.contains("The leaflet was not made"), "{body}");
        assert!(page.contains(&html_escaped(says)), "{body}: {says} not on the page");
    }
    // The name's problem sits in the name's field, and the field says so.
    let page = server
        .post("topic=first-meeting&patient_name=Ana%F0%9F%98%80", html)
        .text();
    let error = page
        .find("<p class=\"error\" id=\"name-error\">")
        .expect("the name's error");
    let input = page
        .find("<input type=\"text\" id=\"patient_name\"")
        .expect("the name field");
    let label = page
        .find("<label for=\"patient_name\">")
        .expect("the name's label");
    assert!(
        label < error && error < input,
        "the error sits between label and field"
    );
    assert!(page.contains("aria-describedby=\"name-hint name-error\" aria-invalid=\"true\""));
    // The rest of the exchange.
    for (r, status) in [
        (server.post("topic=first-meeting", "").status, 200),
        (
            server
                .send("POST /leaflet?patient_name=Ana HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded", b"topic=first-meeting")
                .status,
            400,
        ),
        (server.send("POST /leaflet HTTP/1.1\r\nContent-Type: text/plain", b"topic=first-meeting").status, 415),
        (server.post(&"a".repeat(70 * 1024), "").status, 413),
        (server.get("/leaflet", "").status, 405),
        (server.get("/etc/passwd", "").status, 404),
        (server.post("topic=first-meeting&topic=twelve-step-meetings", "").status, 400),
        (server.post("topic=first-meeting&large_print=maybe", "").status, 400),
    ] {
        assert_eq!(r, status);
    }
}

fn html_escaped(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

#[test]
fn a_translation_that_lacks_a_message_is_named_at_the_language_field() {
    let tmp = TempDir::new("serve-missing");
    let (content, _) = overlay_line(
        &tmp,
        "locales/es/twelve-step-meetings.ftl",
        "tsm-religion-answer = ",
        "",
    );
    let server = Served::start(&["--content", s(&content)]);
    let r = server.post(
        "topic=twelve-step-meetings&locale=es&concern=religion",
        "Accept: text/html",
    );
    assert_eq!(r.status, 422);
    let page = r.text();
    let error = page
        .find("<p class=\"error\" id=\"locale-error\">")
        .expect("the locale's error");
    let select = page
        .find("<select id=\"locale\"")
        .expect("the language field");
    assert!(error < select);
    assert!(page.contains("The translation “es” cannot print this leaflet yet"));
    assert!(
        page.contains("tsm-religion-answer"),
        "names the missing message"
    );
    assert!(!page.contains("panicked") && !page.contains("RUST_BACKTRACE"));
    // Another worry of the same translation still prints.
    let ok = server.post(
        "topic=twelve-step-meetings&locale=es&concern=made-to-speak",
        "",
    );
    assert_eq!(ok.status, 200);
}

#[test]
fn a_planted_patient_name_is_in_no_output_header_or_address_of_the_server() {
    const NAME: &str = "Zebediah Quillfeather";
    let server = Served::start(&[]);
    let mut replies = Vec::new();
    for body in [
        form(&[("topic", TSM), ("locale", "es"), ("patient_name", NAME)]),
        form(&[
            ("topic", TSM),
            ("locale", "ru"),
            ("patient_name", NAME),
            ("action", "download"),
        ]),
        // Refused after the name was read: a bad concern, an emoji in it.
        form(&[("topic", TSM), ("concern", "nope"), ("patient_name", NAME)]),
        form(&[
            ("topic", TSM),
            ("patient_name", &format!("{NAME} \u{1F600}")),
        ]),
    ] {
        replies.push(server.post(&body, ""));
        replies.push(server.post(&body, "Accept: text/html"));
    }
    assert_eq!(replies[0].status, 200);
    assert_eq!(replies[2].status, 200);
    for r in &replies {
        for (k, v) in &r.headers {
            assert!(!v.contains("Zebediah"), "header {k}: {v}");
        }
        if r.status != 200 {
            // A plain-text refusal never repeats the name; the form sent
            // back to the browser holds it only in its own field.
            let text = r.text();
            let outside_field = text.replace(&format!("value=\"{}\"", html_escaped(NAME)), "");
            let outside_field =
                outside_field.replace(&format!("value=\"{} \u{1F600}\"", html_escaped(NAME)), "");
            assert!(!outside_field.contains("Zebediah"), "{text}");
        }
    }
    let (stdout, stderr) = server.stop();
    assert!(
        stderr.contains("POST /leaflet 200"),
        "one line per request:\n{stderr}"
    );
    for (what, text) in [("stdout", &stdout), ("stderr", &stderr)] {
        for part in ["Zebediah", "Quillfeather"] {
            assert!(!text.contains(part), "{what} holds the name:\n{text}");
        }
    }
    // One log line per request, and only method, route, status and time.
    for line in stderr.lines() {
        let fields: Vec<&str> = line.split(' ').collect();
        assert_eq!(fields.len(), 5, "{line}");
        assert_eq!(fields[4], "ms", "{line}");
    }
}

#[test]
fn a_busy_server_answers_every_one_of_many_clients() {
    let server = Arc::new(Served::start(&[]));
    let threads: Vec<_> = (0..8)
        .map(|i| {
            let server = server.clone();
            std::thread::spawn(move || {
                let locale = LOCALES[i % LOCALES.len()];
                let body = format!("topic=twelve-step-meetings&locale={locale}&paper=a4");
                let r = server.post(&body, "");
                assert_eq!(r.status, 200, "{locale}: {}", r.text());
                assert!(r.body.starts_with(b"%PDF-"));
            })
        })
        .collect();
    for t in threads {
        t.join().expect("a client");
    }
}

/// Chromium, node and the npm packages of tests/browser, or why not.
pub(crate) fn browser_tools() -> Result<(String, String), String> {
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    if !std::path::Path::new(&chromium).exists() {
        return Err(format!(
            "no Chromium at {chromium} (apt-get install chromium)"
        ));
    }
    let node = Command::new("node").arg("--version").output();
    if !node.is_ok_and(|o| o.status.success()) {
        return Err("no node (apt-get install nodejs npm)".into());
    }
    let modules = root().join("tests/browser/node_modules");
    for package in ["puppeteer-core", "axe-core"] {
        if !modules.join(package).exists() {
            return Err(format!(
                "no {package} in tests/browser (cd tests/browser && npm ci)"
            ));
        }
    }
    Ok((chromium, "node".into()))
}

#[test]
fn a_clinician_prints_a_leaflet_in_a_real_browser() {
    let (chromium, node) = match browser_tools() {
        Ok(t) => t,
        Err(why) => {
            assert!(
                std::env::var_os("HANDOUT_BROWSER_TESTS").is_none(),
                "HANDOUT_BROWSER_TESTS is set but the browser test cannot run: {why}"
            );
            eprintln!("skipped the browser test: {why}");
            return;
        }
    };
    let tmp = TempDir::new("browser");
    let server = Served::start(&[]);
    let en = ftl("locales/en-US/twelve-step-meetings.ftl");
    let worries = [
        msg(&en, "tsm-made-to-speak-worry").to_string(),
        msg(&en, "tsm-maintenance-medication-worry").to_string(),
    ];
    let out = Command::new(node)
        .arg(root().join("tests/browser/form.mjs"))
        .env("CHROMIUM", chromium)
        .env("FORM_URL", format!("http://{}/", server.addr))
        .env("OUT_DIR", tmp.path())
        .env("WORRIES", serde_json::to_string(&worries).unwrap())
        .env("LANGUAGE_NAME", "Español")
        .output()
        .expect("run node");
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "the browser script failed:\n{report}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    eprintln!("{report}");
    // Both ways through the page (mouse, keyboard only) download the same
    // leaflet: Spanish, the two worries ticked, nothing else, on the paper
    // the page chose for an en-US browser (Letter).
    let alone = rendered(&[
        "--topic",
        TSM,
        "--locale",
        "es",
        "--concern",
        "made-to-speak",
        "--concern",
        "maintenance-medication",
        "--paper",
        "letter",
    ]);
    for way in ["mouse", "keyboard"] {
        let dir = tmp.join(way);
        let pdf = std::fs::read(dir.join("twelve-step-meetings-es.pdf"))
            .unwrap_or_else(|e| panic!("{way}: the downloaded PDF: {e}"));
        assert_answers_exactly(&pdf, &["made-to-speak", "maintenance-medication"]);
        assert!(
            pdf == alone,
            "{way}: the PDF differs from `handout render`'s"
        );
    }
    for shot in [
        "form-en-US.png",
        "form-es.png",
        "form-ar.png",
        "form-problem.png",
    ] {
        let kept = std::env::var_os("SCREENSHOT_DIR").map(std::path::PathBuf::from);
        if let Some(dir) = kept {
            let _ = std::fs::create_dir_all(&dir);
            std::fs::copy(tmp.join(shot), dir.join(shot)).expect("keep a screenshot");
        }
        assert!(tmp.join(shot).exists(), "screenshot {shot}");
    }
}

#[test]
fn the_clinic_profile_sets_the_paper_and_shows_its_wording_choice() {
    let server = Served::start(&["--clinic", "examples/clinic.yaml"]);
    // The profile's paper beats the browser's region (Spain: A4).
    let page = server.get("/", "Accept-Language: es-ES").text();
    assert!(
        page.contains("value=\"letter\" checked"),
        "the clinic's Letter"
    );
    assert!(page.contains("Se eligió el papel de la clínica."));
    // The wording by its name in the clinician's language, not its id.
    assert!(page.contains(
        "Redacción de la respuesta elegida por la clínica: con reuniones acogedoras (la clínica puede indicar"
    ));
    assert!(!page.contains("welcoming-meetings-listed<"));
    // Without a profile: the topic's default wording, named.
    let plain = Served::start(&[]);
    let page = plain
        .get("/?topic=twelve-step-meetings", "Accept-Language: en-US")
        .text();
    assert!(
        page.contains("Standard answer wording: balanced (meetings differ, so try another;"),
        "the default wording's name"
    );
    let r = server.post(
        "topic=twelve-step-meetings&locale=vi&concern=maintenance-medication",
        "",
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let alone = rendered(&[
        "--topic",
        TSM,
        "--locale",
        "vi",
        "--concern",
        "maintenance-medication",
        "--clinic",
        "examples/clinic.yaml",
    ]);
    assert!(
        r.body == alone,
        "the served PDF differs from `handout render --clinic`'s"
    );
}

#[test]
fn a_client_that_never_finishes_its_headers_is_cut_off() {
    // A slow client (slowloris) holds no connection for long: 10 s to send
    // the headers, then the server hangs up.
    let server = Served::start(&[]);
    let mut s = TcpStream::connect(&server.addr).expect("connect");
    s.write_all(b"GET / HTTP/1.1\r\nHost: ").unwrap();
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    let started = std::time::Instant::now();
    let mut buf = [0u8; 64];
    let n = s.read(&mut buf).unwrap_or(0);
    let waited = started.elapsed();
    assert_eq!(n, 0, "the server closed the connection without an answer");
    assert!(
        waited >= Duration::from_secs(9) && waited < Duration::from_secs(20),
        "closed after {waited:?}"
    );
    // Meanwhile and after, the server serves others.
    assert_eq!(server.get("/", "").status, 200);
}
