//! The `whosaid` command: who said what in article files or a JSONL stream.
//!
//! ```text
//! whosaid ARTICLE.txt…                      readable list: speaker, cue, quote
//! whosaid --json ARTICLE.txt…               the Document of each file as JSON
//! whosaid --jsonl [--sentences] [FILE…]     JSONL in, JSONL out (FORMAT.md)
//! ```
//!
//! In `--jsonl` mode the input is streamed: a reader thread cuts lines, a
//! pool of `--jobs` workers parses and extracts them, and the main thread
//! writes the results in input order. The number of documents in flight
//! (queued, in work, or waiting for an earlier one to be written) is
//! bounded, and so is the length of a line, so memory stays constant
//! whatever the size of the input.

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use serde_json::{json, Value};
use std::borrow::Cow;
use std::collections::VecDeque;
use std::fmt;
use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Read, Write};
use std::num::NonZeroUsize;
use std::panic::{self, AssertUnwindSafe};
use std::process::ExitCode;
use std::sync::mpsc::{self, Receiver, SyncSender};
use std::sync::{Arc, Mutex};
use std::thread;
use whosaid::{Document, Extractor};

const USAGE: &str = "usage: whosaid [--json] [--transcripts] [--nested] ARTICLE.txt…
       whosaid --jsonl [--sentences] [--no-headline-quotes] [--transcripts] [--nested] [--jobs N] [FILE.jsonl…] < articles.jsonl > predictions.jsonl

  ARTICLE.txt…      article files (UTF-8 text); '-' reads standard input
  --json            print each file's Document as JSON
  --jsonl           read one JSON object per line with \"id\" and \"text\" and write
                    one line of predictions per input line, in order; reads the
                    files given, or standard input
  --sentences       with --jsonl, also write the sentence spans
  --no-headline-quotes
                    leave out quotes in a headline (they often repeat a quote
                    of the body)
  --transcripts     also read the speaker turns of interview and debate
                    transcripts (\"A: …\", \"MAYOR ROSA ORTIZ: …\"), speech
                    with no quote marks
  --nested          also report a quotation nested in another when a
                    reporting verb inside the outer one says whose it is
                    (\"“My father told me, ‘Never quit,’ …”\")
  --jobs N          with --jsonl, documents processed at once (default: all cores)
  --max-line-bytes N
                    with --jsonl, longest line accepted (default: 64 MiB); a longer
                    one gets an error line and is skipped without being held
  -h, --help        this text

Exit status: 0 when every input was processed, 1 when some input was bad (each
is named on standard error, and in --jsonl mode gets an error line), 2 on
wrong usage.";

/// The longest JSONL line accepted by default.
const DEFAULT_MAX_LINE: usize = 64 << 20;

struct Args {
    json: bool,
    jsonl: bool,
    sentences: bool,
    headline_quotes: bool,
    transcripts: bool,
    nested: bool,
    jobs: usize,
    max_line: usize,
    files: Vec<String>,
}

/// What the command line asked for, or why it cannot be done.
enum ArgsError {
    Help,
    Usage(String),
}

fn parse_args(args: impl IntoIterator<Item = String>) -> Result<Args, ArgsError> {
    let mut a = Args {
        json: false,
        jsonl: false,
        sentences: false,
        headline_quotes: true,
        transcripts: false,
        nested: false,
        jobs: thread::available_parallelism().map_or(1, NonZeroUsize::get),
        max_line: DEFAULT_MAX_LINE,
        files: Vec::new(),
    };
    let mut it = args.into_iter();
    let number = |opt: &str, v: Option<String>| -> Result<usize, ArgsError> {
        let v = v.ok_or_else(|| ArgsError::Usage(format!("{opt} needs a number")))?;
        match v.parse::<usize>() {
            Ok(n) if n > 0 => Ok(n),
            _ => Err(ArgsError::Usage(format!(
                "{opt} needs a positive number, not {v:?}"
            ))),
        }
    };
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--json" => a.json = true,
            "--jsonl" => a.jsonl = true,
            "--sentences" => a.sentences = true,
            "--no-headline-quotes" => a.headline_quotes = false,
            "--transcripts" => a.transcripts = true,
            "--nested" => a.nested = true,
            "--jobs" | "-j" => a.jobs = number("--jobs", it.next())?,
            "--max-line-bytes" => a.max_line = number("--max-line-bytes", it.next())?,
            "-h" | "--help" => return Err(ArgsError::Help),
            s if s.starts_with("--jobs=") => {
                a.jobs = number("--jobs", Some(s["--jobs=".len()..].to_string()))?
            }
            s if s.starts_with("--") => {
                return Err(ArgsError::Usage(format!("unknown option {s}")))
            }
            _ => a.files.push(arg),
        }
    }
    if !a.jsonl && a.files.is_empty() {
        return Err(ArgsError::Usage(
            "no input: give article files, or --jsonl with input on stdin".into(),
        ));
    }
    Ok(a)
}

fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(a) => a,
        Err(ArgsError::Help) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(ArgsError::Usage(e)) => {
            eprintln!("whosaid: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let ex = Extractor::builder()
        .sentences(args.sentences || !args.jsonl)
        .headline_quotes(args.headline_quotes)
        .transcripts(args.transcripts)
        .nested_quotes(args.nested)
        .build();
    let run = if args.jsonl {
        run_jsonl(&ex, &args)
    } else {
        run_files(&ex, &args)
    };
    match run {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        // A reader that went away (`whosaid --jsonl … | head`) is not an error.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("whosaid: {e}");
            ExitCode::FAILURE
        }
    }
}

/// One quote of a prediction line, serialised field by field (no map is
/// built: a line is written straight from the document).
#[derive(serde::Serialize)]
struct PredictedQuote<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    speaker: Option<&'a str>,
    speaker_kind: Option<whosaid::SpeakerKind>,
    speaker_referent: Option<&'a str>,
    speaker_mention: Option<&'a str>,
    mention_start: Option<usize>,
    mention_end: Option<usize>,
    cue: Option<&'a str>,
    cue_start: Option<usize>,
    cue_end: Option<usize>,
    kind: whosaid::QuoteKind,
    attribution: whosaid::Attribution,
    confidence: f32,
}

/// A sentence span of a prediction line.
#[derive(serde::Serialize)]
struct PredictedSentence {
    start: usize,
    end: usize,
}

/// One prediction line of the JSONL contract.
#[derive(serde::Serialize)]
struct Prediction<'a> {
    id: &'a Value,
    quotes: Vec<PredictedQuote<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sentences: Option<Vec<PredictedSentence>>,
}

/// The prediction line of a document, as JSON text.
fn prediction(id: &Value, text: &str, doc: &Document, sentences: bool) -> String {
    let quotes = doc
        .quotes
        .iter()
        .map(|q| {
            let speaker = doc.speaker_of(q);
            PredictedQuote {
                start: q.span.start,
                end: q.span.end,
                text: q.text(text),
                speaker: speaker.map(|s| s.name.as_str()),
                speaker_kind: speaker.map(|s| s.kind),
                speaker_referent: doc.referent_of(q).map(|s| s.name.as_str()),
                speaker_mention: q.mention.map(|m| m.as_str(text)),
                mention_start: q.mention.map(|m| m.start),
                mention_end: q.mention.map(|m| m.end),
                cue: q.cue.map(|c| c.as_str(text)),
                cue_start: q.cue.map(|c| c.start),
                cue_end: q.cue.map(|c| c.end),
                kind: q.kind,
                attribution: q.attribution,
                confidence: (q.confidence * 100.0).round() / 100.0,
            }
        })
        .collect();
    let line = Prediction {
        id,
        quotes,
        sentences: sentences.then(|| {
            doc.sentences
                .iter()
                .map(|s| PredictedSentence {
                    start: s.start,
                    end: s.end,
                })
                .collect()
        }),
    };
    // Serialising borrowed strings and numbers cannot fail.
    serde_json::to_string(&line).unwrap_or_default()
}

// ---------------------------------------------------------------------------
// Reading lines with a bound on their length.

/// One line of input as the reader cut it.
enum Line {
    /// The bytes of the line, without its line break.
    Bytes(Vec<u8>),
    /// A line longer than the limit: only its length was kept.
    TooLong(u64),
}

/// Reads the next line into `buf` (cleared first), keeping at most `max`
/// bytes; the rest of a longer line is read and dropped. `None` at the end
/// of the input.
fn read_line(input: &mut impl BufRead, buf: &mut Vec<u8>, max: usize) -> io::Result<Option<Line>> {
    buf.clear();
    let mut len: u64 = 0;
    let mut read_any = false;
    let mut too_long = false;
    loop {
        let chunk = match input.fill_buf() {
            Ok(c) => c,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if chunk.is_empty() {
            if !read_any {
                return Ok(None);
            }
            break;
        }
        read_any = true;
        let (part, done) = match chunk.iter().position(|&b| b == b'\n') {
            Some(i) => (&chunk[..i], i + 1),
            None => (chunk, chunk.len()),
        };
        let found = done > part.len();
        len += part.len() as u64;
        if !too_long {
            if buf.len() + part.len() > max {
                too_long = true;
                buf.clear();
                buf.shrink_to(max.min(1 << 20));
            } else {
                buf.extend_from_slice(part);
            }
        }
        input.consume(done);
        if found {
            break;
        }
    }
    if buf.last() == Some(&b'\r') {
        buf.pop();
    }
    Ok(Some(if too_long {
        Line::TooLong(len)
    } else {
        Line::Bytes(std::mem::take(buf))
    }))
}

// ---------------------------------------------------------------------------
// Parsing one JSONL line.

/// The fields of an input object whosaid reads; the text is borrowed from
/// the line when it has no escapes.
#[derive(Deserialize)]
struct InputDoc<'a> {
    #[serde(default)]
    id: Value,
    #[serde(default, borrow)]
    text: Option<TextField<'a>>,
}

/// The "text" field: a string, or the kind of JSON value found instead.
enum TextField<'a> {
    Str(Cow<'a, str>),
    Other(&'static str),
}

impl<'de: 'a, 'a> Deserialize<'de> for TextField<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = TextField<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
                Ok(TextField::Str(Cow::Borrowed(v)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(TextField::Str(Cow::Owned(v.to_string())))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
                Ok(TextField::Str(Cow::Owned(v)))
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
                Ok(TextField::Other("a boolean"))
            }
            fn visit_i64<E: de::Error>(self, _: i64) -> Result<Self::Value, E> {
                Ok(TextField::Other("a number"))
            }
            fn visit_u64<E: de::Error>(self, _: u64) -> Result<Self::Value, E> {
                Ok(TextField::Other("a number"))
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
                Ok(TextField::Other("a number"))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
                Ok(TextField::Other("null"))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut s: A) -> Result<Self::Value, A::Error> {
                while s.next_element::<IgnoredAny>()?.is_some() {}
                Ok(TextField::Other("an array"))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<Self::Value, A::Error> {
                while m.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(TextField::Other("an object"))
            }
        }
        d.deserialize_any(V)
    }
}

/// What went wrong with one input line.
#[derive(Debug, Clone, PartialEq, Eq)]
enum LineError {
    TooLong {
        len: u64,
        max: usize,
    },
    InvalidUtf8 {
        at: usize,
    },
    Nul {
        at: usize,
    },
    NotJson(String),
    NotObject,
    NoText,
    TextNotString(&'static str),
    /// The extractor failed on this document (a bug: it should not).
    Internal,
}

impl fmt::Display for LineError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            LineError::TooLong { len, max } => write!(
                f,
                "line of {len} bytes is longer than the limit of {max} bytes (--max-line-bytes)"
            ),
            LineError::InvalidUtf8 { at } => write!(f, "invalid UTF-8 at byte {at} of the line"),
            LineError::Nul { at } => write!(f, "NUL byte at byte {at} of the line"),
            LineError::NotJson(e) => write!(f, "not JSON ({e})"),
            LineError::NotObject => write!(f, "not a JSON object"),
            LineError::NoText => write!(f, "no \"text\" field"),
            LineError::TextNotString(kind) => write!(f, "\"text\" is {kind}, not a string"),
            LineError::Internal => write!(f, "internal error while extracting (please report)"),
        }
    }
}

/// What a worker makes of one line: the output line (empty for a blank
/// line) and the error if the line was bad. `place` names the line in
/// error messages ("line 3", "a.jsonl line 3").
fn process_line(
    ex: &Extractor,
    line: &Line,
    sentences: bool,
    max_line: usize,
    place: &str,
) -> (String, Option<LineError>) {
    let fail = |id: &Value, e: LineError| {
        let v = json!({"id": id, "error": format!("{place}: {e}")});
        (v.to_string(), Some(e))
    };
    match parse_line(line, max_line) {
        Err((id, e)) => fail(&id, e),
        Ok(None) => (String::new(), None),
        Ok(Some((id, text))) => {
            let text: &str = &text;
            match panic::catch_unwind(AssertUnwindSafe(|| ex.extract(text))) {
                Ok(doc) => (prediction(&id, text, &doc, sentences), None),
                Err(_) => fail(&id, LineError::Internal),
            }
        }
    }
}

/// The id and text of a line; `None` for a blank line.
#[allow(clippy::type_complexity)]
fn parse_line(
    line: &Line,
    max_line: usize,
) -> Result<Option<(Value, Cow<'_, str>)>, (Value, LineError)> {
    let bytes = match line {
        Line::TooLong(len) => {
            return Err((
                Value::Null,
                LineError::TooLong {
                    len: *len,
                    max: max_line,
                },
            ))
        }
        Line::Bytes(b) => b,
    };
    let s = std::str::from_utf8(bytes).map_err(|e| {
        (
            Value::Null,
            LineError::InvalidUtf8 {
                at: e.valid_up_to(),
            },
        )
    })?;
    if let Some(at) = s.bytes().position(|b| b == 0) {
        return Err((Value::Null, LineError::Nul { at }));
    }
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    if !s.starts_with('{') {
        return Err((
            Value::Null,
            match serde_json::from_str::<IgnoredAny>(s) {
                Ok(_) => LineError::NotObject,
                Err(e) => LineError::NotJson(e.to_string()),
            },
        ));
    }
    let doc: InputDoc = serde_json::from_str(s).map_err(|e| {
        (
            // The id, if the line is JSON with an id but something else failed.
            serde_json::from_str::<Value>(s)
                .ok()
                .and_then(|v| v.get("id").cloned())
                .unwrap_or(Value::Null),
            LineError::NotJson(e.to_string()),
        )
    })?;
    match doc.text {
        Some(TextField::Str(t)) => Ok(Some((doc.id, t))),
        Some(TextField::Other(kind)) => Err((doc.id, LineError::TextNotString(kind))),
        None => Err((doc.id, LineError::NoText)),
    }
}

// ---------------------------------------------------------------------------
// The streaming pipeline.

/// One line handed to the workers: its number in the whole run, the input
/// it came from, its line number there, and its bytes.
struct Job {
    seq: u64,
    source: Arc<str>,
    line_no: u64,
    line: Line,
}

/// A worker's result for one line.
struct Done {
    seq: u64,
    source: Arc<str>,
    line_no: u64,
    output: String,
    error: Option<LineError>,
}

fn run_jsonl(ex: &Extractor, args: &Args) -> io::Result<bool> {
    let jobs = args.jobs.max(1);
    // Documents in flight at most: queued, in work, or waiting in the
    // reorder buffer for an earlier one.
    let window = 4 * jobs;
    let (job_tx, job_rx) = mpsc::sync_channel::<Job>(window);
    let (done_tx, done_rx) = mpsc::channel::<Done>();
    let (credit_tx, credit_rx) = mpsc::sync_channel::<()>(window);
    for _ in 0..window {
        // Cannot fail: the receiver is alive and there is room.
        let _ = credit_tx.send(());
    }
    let job_rx = Arc::new(Mutex::new(job_rx));
    let sources: Vec<String> = if args.files.is_empty() {
        vec!["-".to_string()]
    } else {
        args.files.clone()
    };
    let max_line = args.max_line;
    let sentences = args.sentences;

    thread::scope(|scope| {
        let reader = scope.spawn(move || read_all(&sources, max_line, &job_tx, &credit_rx));
        for _ in 0..jobs {
            let job_rx = Arc::clone(&job_rx);
            let done_tx = done_tx.clone();
            scope.spawn(move || work(ex, sentences, max_line, &job_rx, &done_tx));
        }
        drop(done_tx);
        let written = write_in_order(&done_rx, &credit_tx);
        // Unblock the reader if the writer stopped early.
        drop(credit_tx);
        drop(done_rx);
        let read_ok = reader.join().unwrap_or(false);
        written.map(|lines_ok| lines_ok && read_ok)
    })
}

/// Reads every source line by line and queues the lines; reports bad
/// sources on standard error. Returns whether every source was readable
/// and not empty.
fn read_all(
    sources: &[String],
    max_line: usize,
    job_tx: &SyncSender<Job>,
    credit_rx: &Receiver<()>,
) -> bool {
    let mut ok = true;
    let mut seq = 0u64;
    let mut buf = Vec::new();
    for path in sources {
        let (name, mut input): (Arc<str>, Box<dyn BufRead>) = if path == "-" {
            (Arc::from("<stdin>"), Box::new(io::stdin().lock()))
        } else {
            match open_file(path) {
                Ok(f) => (Arc::from(path.as_str()), Box::new(BufReader::new(f))),
                Err(e) => {
                    eprintln!("whosaid: {e}");
                    ok = false;
                    continue;
                }
            }
        };
        let mut line_no = 0u64;
        loop {
            let line = match read_line(&mut input, &mut buf, max_line) {
                Ok(Some(l)) => l,
                Ok(None) => break,
                Err(e) => {
                    eprintln!("whosaid: {name}: read error after line {line_no}: {e}");
                    ok = false;
                    break;
                }
            };
            line_no += 1;
            if credit_rx.recv().is_err() {
                return false; // the writer has stopped
            }
            let job = Job {
                seq,
                source: Arc::clone(&name),
                line_no,
                line,
            };
            if job_tx.send(job).is_err() {
                return false;
            }
            seq += 1;
        }
        // An empty named file is an error; empty standard input is an
        // empty result (an empty partition of a streaming engine).
        if line_no == 0 && path != "-" {
            eprintln!("whosaid: {name}: empty file");
            ok = false;
        }
    }
    ok
}

/// Takes lines from the queue until it is closed.
fn work(
    ex: &Extractor,
    sentences: bool,
    max_line: usize,
    job_rx: &Mutex<Receiver<Job>>,
    done_tx: &mpsc::Sender<Done>,
) {
    loop {
        let job = {
            let Ok(rx) = job_rx.lock() else { return };
            match rx.recv() {
                Ok(j) => j,
                Err(_) => return,
            }
        };
        let place = if &*job.source == "<stdin>" {
            format!("line {}", job.line_no)
        } else {
            format!("{} line {}", job.source, job.line_no)
        };
        let (output, error) = process_line(ex, &job.line, sentences, max_line, &place);
        let done = Done {
            seq: job.seq,
            source: job.source,
            line_no: job.line_no,
            output,
            error,
        };
        if done_tx.send(done).is_err() {
            return;
        }
    }
}

/// Writes the results in input order; gives a credit back to the reader
/// for each line written. Returns whether every line was good.
fn write_in_order(done_rx: &Receiver<Done>, credit_tx: &SyncSender<()>) -> io::Result<bool> {
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut all_ok = true;
    let mut next = 0u64;
    // pending[k] holds the result of line `next + k`, once it is done.
    let mut pending: VecDeque<Option<Done>> = VecDeque::new();
    for done in done_rx {
        let k = (done.seq - next) as usize;
        if pending.len() <= k {
            pending.resize_with(k + 1, || None);
        }
        pending[k] = Some(done);
        while let Some(Some(_)) = pending.front() {
            let Some(Some(d)) = pending.pop_front() else {
                break;
            };
            if let Some(e) = &d.error {
                all_ok = false;
                eprintln!("whosaid: {}: line {}: {e}", d.source, d.line_no);
            }
            if !d.output.is_empty() {
                out.write_all(d.output.as_bytes())?;
                out.write_all(b"\n")?;
            }
            next += 1;
            let _ = credit_tx.send(());
        }
        if pending.is_empty() {
            out.flush()?;
        }
    }
    out.flush()?;
    Ok(all_ok)
}

// ---------------------------------------------------------------------------
// Article files.

/// Opens a file for reading, with a clear message for a directory.
fn open_file(path: &str) -> Result<File, String> {
    match std::fs::metadata(path) {
        Ok(m) if m.is_dir() => return Err(format!("{path}: is a directory, not a file")),
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            return Err(format!("{path}: no such file"))
        }
        _ => {}
    }
    File::open(path).map_err(|e| format!("{path}: {e}"))
}

fn read_input(path: &str) -> Result<String, String> {
    let mut bytes = Vec::new();
    let (name, res) = if path == "-" {
        ("<stdin>", io::stdin().read_to_end(&mut bytes).map(|_| ()))
    } else {
        let mut f = open_file(path)?;
        (path, f.read_to_end(&mut bytes).map(|_| ()))
    };
    res.map_err(|e| format!("{name}: {e}"))?;
    if bytes.is_empty() {
        return Err(format!("{name}: empty file"));
    }
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        return Err(format!("{name}: NUL byte at byte {at}: not a text file"));
    }
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{name}: invalid UTF-8 at byte {}",
            e.utf8_error().valid_up_to()
        )
    })
}

fn run_files(ex: &Extractor, args: &Args) -> io::Result<bool> {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut all_ok = true;
    for path in &args.files {
        let text = match read_input(path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("whosaid: {e}");
                all_ok = false;
                continue;
            }
        };
        let doc = match panic::catch_unwind(AssertUnwindSafe(|| ex.extract(&text))) {
            Ok(doc) => doc,
            Err(_) => {
                eprintln!("whosaid: {path}: {}", LineError::Internal);
                all_ok = false;
                continue;
            }
        };
        if args.json {
            let v = json!({"file": path, "document": doc});
            writeln!(out, "{v}")?;
            continue;
        }
        if args.files.len() > 1 {
            writeln!(out, "== {path}")?;
        }
        for q in &doc.quotes {
            let mut who = doc
                .speaker_of(q)
                .map_or("(unknown)", |s| s.name.as_str())
                .to_string();
            if let Some(r) = doc.referent_of(q) {
                who = format!("{who} ({})", r.name);
            }
            let cue = q.cue.map_or("-", |c| c.as_str(&text));
            writeln!(out, "{who}\t{cue}\t{}", one_line(q.text(&text)))?;
        }
    }
    out.flush()?;
    Ok(all_ok)
}

/// A quote's text on one line of the table: a quote wrapped over lines or
/// paragraphs, or holding tabs, has each run of white space read as one
/// space.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
